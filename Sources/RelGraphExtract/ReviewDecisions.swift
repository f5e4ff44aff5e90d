import RelGraphCore
import Yams

/// A review file as the analyst left it: every item with its `review` (accept, reject, pending).
public struct ReviewDecisions: Decodable, Sendable {
    public enum Review: String, Decodable, Sendable { case accept, reject, pending }

    public struct Citation: Decodable, Sendable {
        public var source: String
        public var quote: String
        public var locator: String?
    }

    public struct Statement: Decodable, Sendable {
        public var property: String
        public var value: String
        public var source: String
        public var quote: String
        public var locator: String?
    }

    public struct NameItem: Decodable, Sendable {
        public var text: String
        public var lang: String?
    }

    public struct EntityItem: Decodable, Sendable {
        public var id: String
        public var kind: String
        public var names: [NameItem]
        public var statements: [Statement]?
        public var sources: [Citation]?
        public var review: Review
    }

    public struct RelationItem: Decodable, Sendable {
        public var id: String
        public var type: String
        public var from: String
        public var to: String
        public var fromDate: String?
        public var status: String?
        public var speaker: String?
        public var qualifiers: [String: String]?
        public var sources: [Citation]
        public var review: Review
        enum CodingKeys: String, CodingKey {
            case id, type, from, to, status, speaker, qualifiers, sources, review, fromDate = "from_date"
        }
    }

    public struct ExtendItem: Decodable, Sendable {
        public var relation: String
        public var sources: [Citation]
        public var review: Review
    }

    public var source: String
    public var entities: [EntityItem]
    public var relations: [RelationItem]
    public var extend: [ExtendItem]

    enum CodingKeys: String, CodingKey { case source, entities, relations, extend }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        entities = try c.decodeIfPresent([EntityItem].self, forKey: .entities) ?? []
        relations = try c.decodeIfPresent([RelationItem].self, forKey: .relations) ?? []
        extend = try c.decodeIfPresent([ExtendItem].self, forKey: .extend) ?? []
    }

    /// Parses a review file's text; the error names the field that is wrong.
    public static func parse(_ text: String) throws -> ReviewDecisions {
        try YAMLDecoder().decode(ReviewDecisions.self, from: text)
    }
}
