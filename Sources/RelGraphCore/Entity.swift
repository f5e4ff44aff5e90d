/// A node of the organisation network: a person, organisation, post, mechanism, event, document or place.
public struct Entity: Hashable, Sendable, Codable {
    public var id: String
    public var kind: EntityKind
    /// All names; the first is the display name.
    public var names: [Name]
    public var classification: String?
    /// ISO 3166 alpha-2 country code (`VN`, `LA`).
    public var country: String?
    public var description: String?
    public var attributes: [String: String]
    /// Sources that attest the entity itself (its existence, its names, its attributes).
    public var citations: [Citation]

    /// The same field names as the YAML dataset format.
    enum CodingKeys: String, CodingKey {
        case id, kind, names, classification, country, description, attributes, citations = "sources"
    }

    public init(id: String, kind: EntityKind, names: [Name], classification: String? = nil,
                country: String? = nil, description: String? = nil,
                attributes: [String: String] = [:], citations: [Citation] = []) {
        self.id = id
        self.kind = kind
        self.names = names
        self.classification = classification
        self.country = country
        self.description = description
        self.attributes = attributes
        self.citations = citations
    }

    /// The first name, or the id when the entity has none.
    public var displayName: String { names.first?.text ?? id }

    /// The first name in `lang`, if any.
    public func name(in lang: String) -> String? {
        names.first { $0.lang == lang }?.text
    }
}
