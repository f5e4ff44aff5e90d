import RelGraphCore

/// Where a proposal comes from: the rule, how sure it is, and the words of the article it reads.
public struct Evidence: Codable, Sendable, Equatable {
    public var rule: String
    public var confidence: Double
    public var quote: String
    /// Unicode scalar offsets in the article's text, `end` exclusive.
    public var start: Int
    public var end: Int
    public var locator: String
}

/// A new entity: a name the dataset has no entity for.
public struct EntityProposal: Codable, Sendable, Equatable {
    public var id: String
    public var kind: EntityKind
    public var name: String
    public var lang: String
    public var statements: [String: String]
    public var evidence: Evidence
}

/// A relation the article states: new, or one the dataset has (`existing`), which the article then
/// cites once more.
public struct RelationProposal: Codable, Sendable, Equatable {
    public var id: String
    public var existing: Bool
    public var type: RelationType
    public var from: String
    public var to: String
    public var fromDate: PartialDate?
    public var status: RelationStatus
    public var speaker: String?
    public var qualifiers: [String: String]
    public var evidence: Evidence

    enum CodingKeys: String, CodingKey {
        case id, existing, type, from, to, status, speaker, qualifiers, evidence, fromDate = "from_date"
    }
}

/// What `relgraph extract` proposes for one article.
public struct Proposals: Codable, Sendable, Equatable {
    public var source: String
    public var language: String
    public var date: PartialDate?
    public var entities: [EntityProposal]
    public var relations: [RelationProposal]
    /// Proposals left out because an earlier review rejected them for this article.
    public var rejectedBefore: Int

    enum CodingKeys: String, CodingKey {
        case source, language, date, entities, relations, rejectedBefore = "rejected_before"
    }
}
