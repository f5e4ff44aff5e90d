/// What an entity is: a person, an organisation, a post, a mechanism, an event, a document or a place.
///
/// A kind is an open string so that graphs imported from other tools keep their own vocabulary;
/// the nine kinds below are the ones the dataset format knows and the validator accepts.
public struct EntityKind: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let person = EntityKind("person")
    public static let organization = EntityKind("organization")
    public static let post = EntityKind("post")
    public static let mechanism = EntityKind("mechanism")
    public static let event = EntityKind("event")
    public static let document = EntityKind("document")
    public static let place = EntityKind("place")
    /// A cooperation area: training, military law, search for the remains of fallen soldiers …
    public static let topic = EntityKind("topic")
    /// A military rank, one entity whatever language names it.
    public static let rank = EntityKind("rank")

    /// The kinds of the dataset format, in the order reports list them.
    public static let known: [EntityKind] = [.person, .organization, .post, .mechanism, .event, .document, .place,
                                             .topic, .rank]

    public var isKnown: Bool { Self.known.contains(self) }
    public var description: String { rawValue }
    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
