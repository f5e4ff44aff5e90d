import RelGraphCore

/// Counts of a dataset: entities by kind, relations by type and status, sources by kind.
public struct Statistics: Sendable, Codable, Equatable {
    public struct Counts: Sendable, Codable, Equatable {
        public var total: Int
        /// Ordered by count (descending), then name.
        public var by: [Count]
    }
    public struct Count: Sendable, Codable, Equatable {
        public var name: String
        public var count: Int
    }

    public var title: String?
    public var entities: Counts
    public var relations: Counts
    public var relationStatus: Counts
    public var sources: Counts
    /// Relations with at least one known date.
    public var datedRelations: Int

    enum CodingKeys: String, CodingKey {
        case title, entities, relations, sources
        case relationStatus = "relation_status", datedRelations = "dated_relations"
    }

    /// - Complexity: O(V + E).
    public init(_ dataset: Dataset) {
        title = dataset.title
        entities = Self.count(dataset.entities.map(\.kind.rawValue))
        relations = Self.count(dataset.relations.map(\.type.rawValue))
        relationStatus = Self.count(dataset.relations.map(\.status.rawValue))
        sources = Self.count(dataset.sources.map(\.kind.rawValue))
        datedRelations = dataset.relations.filter { $0.fromDate != nil || $0.untilDate != nil }.count
    }

    private static func count(_ names: [String]) -> Counts {
        var tally: [String: Int] = [:]
        for name in names { tally[name, default: 0] += 1 }
        let ordered = tally.map { Count(name: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        return Counts(total: names.count, by: ordered)
    }
}
