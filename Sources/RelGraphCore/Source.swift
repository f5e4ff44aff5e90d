/// A document that relations cite: a news article, a reference work, or a statement of background
/// knowledge that an article relies on without stating.
public struct Source: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case article, background, reference
    }

    public var id: String
    public var kind: Kind
    public var title: String?
    public var publisher: String?
    public var date: PartialDate?
    public var language: String?
    public var url: String?
    public var attributes: [String: String]

    public init(id: String, kind: Kind = .article, title: String? = nil, publisher: String? = nil,
                date: PartialDate? = nil, language: String? = nil, url: String? = nil,
                attributes: [String: String] = [:]) {
        self.id = id
        self.kind = kind
        self.title = title
        self.publisher = publisher
        self.date = date
        self.language = language
        self.url = url
        self.attributes = attributes
    }
}
