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

    /// Kinds and types are counted on the graph's interned columns, so a bare edge list of millions
    /// of relations is counted without making its records; statuses, dates and sources come from
    /// the records when the network has them (a bare edge list has only reported, undated relations).
    /// - Complexity: O(V + E).
    public init(_ network: Network) {
        let graph = network.graph
        entities = Self.count(graph.nodeKind, names: graph.kinds.map(\.rawValue))
        relations = Self.count(graph.edgeType, names: graph.types.map(\.rawValue))
        if network.hasRecords {
            let dataset = network.dataset
            title = dataset.title
            relationStatus = Self.count(dataset.relations.map(\.status.rawValue))
            sources = Self.count(dataset.sources.map(\.kind.rawValue))
            datedRelations = dataset.relations.filter { $0.fromDate != nil || $0.untilDate != nil }.count
        } else {
            title = nil
            relationStatus = Counts(total: graph.edgeCount,
                                    by: graph.edgeCount == 0 ? [] : [Count(name: "reported", count: graph.edgeCount)])
            sources = Counts(total: 0, by: [])
            datedRelations = 0
        }
    }

    private static func count(_ names: [String]) -> Counts {
        var tally: [String: Int] = [:]
        for name in names { tally[name, default: 0] += 1 }
        return ordered(tally, total: names.count)
    }

    /// Counts interned values `codes` whose names are `names[code]`.
    private static func count(_ codes: [UInt16], names: [String]) -> Counts {
        var tally = [Int](repeating: 0, count: names.count)
        for code in codes { tally[Int(code)] += 1 }
        var byName: [String: Int] = [:]
        for (code, count) in tally.enumerated() where count > 0 { byName[names[code], default: 0] += count }
        return ordered(byName, total: codes.count)
    }

    /// By count, descending, then name.
    private static func ordered(_ tally: [String: Int], total: Int) -> Counts {
        let ordered = tally.map { Count(name: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        return Counts(total: total, by: ordered)
    }
}
