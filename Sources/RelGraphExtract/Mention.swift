import RelGraphCore

/// A span of a sentence that names an entity: one of the dataset's (`entityID` set), or a new
/// candidate that resolution did not place (`entityID` nil; `name` is how the article writes it).
public struct Mention: Sendable, Equatable {
    public var kind: EntityKind
    /// Scalars of the article.
    public var range: Range<Int>
    /// Indices into the sentence's tokens.
    public var tokens: Range<Int>
    public var name: String
    public var entityID: String?
    /// How sure the finder is that this span names that entity (1 for an exact dataset name).
    public var confidence: Double
    /// The finder's rule: `dataset-name`, `rank-name`, `post-phrase`, `round-ordinal` …
    public var rule: String
    /// A round's number, for events found with an ordinal.
    public var ordinal: Int?
    /// The mechanism a round belongs to.
    public var mechanismID: String?
    /// A document's period (`2025-2029`).
    public var period: String?
    /// For an event the article introduces without a name or an ordinal ("their meeting", "hội đàm"):
    /// the noun as the article writes it, which heads the name the extractor gives it.
    public var introducedAs: String?

    public init(kind: EntityKind, range: Range<Int>, tokens: Range<Int>, name: String, entityID: String?,
                confidence: Double, rule: String) {
        self.kind = kind
        self.range = range
        self.tokens = tokens
        self.name = name
        self.entityID = entityID
        self.confidence = confidence
        self.rule = rule
    }

    /// The id a new candidate gets: its name as a slug, prefixed by nothing (ids are unique per kind
    /// once the dataset validates them).
    public var key: String { entityID ?? "new:" + kind.rawValue + ":" + Slug.make(name) }
}

/// A slug from a name: folded words joined by `-` (`Sivixay Phengsantisouk` → `sivixay-phengsantisouk`).
public enum Slug {
    public static func make(_ name: String) -> String {
        let words = NameFolding.tokens(name).map { String(String.UnicodeScalarView($0.unicodeScalars.filter(\.isASCII))) }
        let slug = words.filter { !$0.isEmpty }.prefix(8).joined(separator: "-")
        return slug.isEmpty ? "entity" : slug
    }
}
