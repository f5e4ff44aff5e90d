/// One source's value for one single-valued attribute of an entity: an event's `date`, a document's
/// `period`, a round's `ordinal`. Sources may disagree on such values, so each keeps its own source
/// (a statement in the sense of FollowTheMoney); the entity's `attributes` keep the analyst's
/// resolved value, if any.
public struct Statement: Hashable, Sendable, Codable {
    /// A slug: `date`, `period`, `ordinal`.
    public var property: String
    public var value: String
    public var citation: Citation

    public init(property: String, value: String, citation: Citation) {
        self.property = property
        self.value = value
        self.citation = citation
    }

    /// Flat, as the YAML format writes it: `{property, value, source, quote, locator, as_of}`.
    enum CodingKeys: String, CodingKey { case property, value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        property = try container.decode(String.self, forKey: .property)
        value = try container.decode(String.self, forKey: .value)
        citation = try Citation(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(property, forKey: .property)
        try container.encode(value, forKey: .value)
        try citation.encode(to: encoder)
    }
}
