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
    /// Dated single-valued attributes, each with its source (sources may disagree on them).
    public var statements: [Statement]

    /// The same field names as the YAML dataset format.
    enum CodingKeys: String, CodingKey {
        case id, kind, names, classification, country, description, attributes, citations = "sources", statements
    }

    public init(id: String, kind: EntityKind, names: [Name], classification: String? = nil,
                country: String? = nil, description: String? = nil,
                attributes: [String: String] = [:], citations: [Citation] = [], statements: [Statement] = []) {
        self.id = id
        self.kind = kind
        self.names = names
        self.classification = classification
        self.country = country
        self.description = description
        self.attributes = attributes
        self.citations = citations
        self.statements = statements
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(EntityKind.self, forKey: .kind)
        names = try container.decode([Name].self, forKey: .names)
        classification = try container.decodeIfPresent(String.self, forKey: .classification)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        attributes = try container.decode([String: String].self, forKey: .attributes)
        citations = try container.decode([Citation].self, forKey: .citations)
        statements = try container.decodeIfPresent([Statement].self, forKey: .statements) ?? []
    }

    /// `statements` only when there are some, so that records without them (and snapshots of them)
    /// encode as they did before statements existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(names, forKey: .names)
        try container.encodeIfPresent(classification, forKey: .classification)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(citations, forKey: .citations)
        if !statements.isEmpty { try container.encode(statements, forKey: .statements) }
    }

    /// The first name, or the id when the entity has none.
    public var displayName: String { names.first?.text ?? id }

    /// The first name in `lang`, if any.
    public func name(in lang: String) -> String? {
        names.first { $0.lang == lang }?.text
    }
}
