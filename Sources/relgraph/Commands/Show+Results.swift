import RelGraphCore

/// One entity's answers from the Spark job (`show --from-results`): its component, its PageRank and
/// degree with their ranks, and the distances of the job's pairs it is an end of.
struct ResultsReport: Encodable {
    struct Distance: Encodable {
        var from: EntitySummary
        var to: EntitySummary
        /// Hops in the undirected view; nil when there is no path.
        var length: Int?
    }
    var computedBy: String
    var entities: Int
    /// 1 for the largest component, as `structure` numbers them.
    var component: Int
    var componentSize: Int
    var pagerank: Double
    var pagerankRank: Int
    var degree: Int
    var degreeRank: Int
    var distances: [Distance]

    enum CodingKeys: String, CodingKey {
        case entities, component, pagerank, degree, distances
        case computedBy = "computed_by", componentSize = "component_size"
        case pagerankRank = "pagerank_rank", degreeRank = "degree_rank"
    }

    /// - Precondition: `node` has results (an entity the export left out has none: fields are 0).
    init(_ loaded: LoadedResults, node: Graph.Node, in network: Network) {
        let entities = loaded.results.entities
        let index = loaded.nodes.firstIndex(of: node)
        computedBy = loaded.provenance
        self.entities = entities.count
        let components = loaded.components()
        let position = components.firstIndex { $0.contains(node) }
        component = position.map { $0 + 1 } ?? 0
        componentSize = position.map { components[$0].count } ?? 0
        pagerank = index.map { entities[$0].pagerank } ?? 0
        degree = index.map { entities[$0].degree } ?? 0
        pagerankRank = index.map { Self.rank(of: $0, by: entities.map(\.pagerank)) } ?? 0
        degreeRank = index.map { Self.rank(of: $0, by: entities.map { Double($0.degree) }) } ?? 0
        let id = network.entity(node).id
        distances = loaded.results.distances.filter { $0.source == id || $0.target == id }.compactMap { distance in
            guard let from = network.entity(id: distance.source), let to = network.entity(id: distance.target) else { return nil }
            return Distance(from: EntitySummary(from), to: EntitySummary(to), length: distance.length)
        }
    }

    /// The position `centrality` gives: higher values first, ties in export order.
    private static func rank(of index: Int, by values: [Double]) -> Int {
        var ahead = 0
        for (i, value) in values.enumerated() where value > values[index] || (value == values[index] && i < index) { ahead += 1 }
        return ahead + 1
    }

    func printText() {
        Output.line("from the Spark job (\(computedBy)):")
        var rows = [
            ["component", component == 0 ? "not in the export" : "\(component), \(componentSize) entities"],
            ["pagerank", "\(Ranking.format(pagerank)) (rank \(pagerankRank) of \(entities))"],
            ["degree", "\(degree) (rank \(degreeRank) of \(entities))"],
        ]
        for distance in distances {
            let hops = distance.length.map { "\($0) hop\($0 == 1 ? "" : "s")" } ?? "no path"
            rows.append(["distance", "\(distance.from.label) – \(distance.to.label): \(hops)"])
        }
        Output.table(rows.map { [$0[0] + ":", $0[1]] }, indent: "  ")
    }
}
