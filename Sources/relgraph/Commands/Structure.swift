import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct Structure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Show connected components, bridges, articulation points and communities.",
        discussion: """
            All four use the undirected simple view (entities linked by any relation, either way, counted once), \
            as networkx's connected_components, bridges and articulation_points do. A bridge is a link whose \
            removal disconnects its two ends; an articulation point an entity whose removal splits its part \
            of the network. Communities come from semi-synchronous label propagation (Cordasco & Gargano 2010, \
            networkx label_propagation_communities): deterministic, no seed; modularity says how well they \
            separate (0 none, towards 1 strong).
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "List at most this many members of each component and community (0: all).")
    var members: Int = 12

    @OptionGroup var relations: RelationFilterOptions

    @OptionGroup var results: ResultsOptions

    func validate() throws {
        guard members >= 0 else { throw ValidationError("--members must be 0 (all) or more") }
        try results.rejectFilters(relations)
    }

    struct Report: Encodable {
        struct Bridge: Encodable {
            var ends: [EntitySummary]
            var relations: [Relation]
        }
        struct Group: Encodable {
            var size: Int
            var members: [EntitySummary]
        }
        var entities: Int
        var links: Int
        var components: [Group]
        var bridges: [Bridge]
        var articulationPoints: [EntitySummary]
        var communities: [Group]
        var modularity: Double

        enum CodingKeys: String, CodingKey {
            case entities, links, components, bridges, communities, modularity
            case articulationPoints = "articulation_points"
        }
    }

    func run() throws {
        let network = try options.network()
        if let loaded = try results.load(in: network) { return try printResults(loaded, in: network) }
        let filter = TraversalFilter(network, TraversalCriteria(relations: try relations.criteria(in: network)))
        let view = SimpleGraph(network.graph, filter: filter)
        let summary = options.progress.phase("components, bridges, communities") { _ in StructureSummary(view) }
        let (components, cuts, communities, modularity) = (summary.components, summary.cuts, summary.communities, summary.modularity)
        let bridgeEdges = cuts.bridges.map { u, v in filter.edges(from: u, to: v, in: network.graph) }
        switch options.format {
        case .json:
            func group(_ nodes: [Int32]) -> Report.Group {
                .init(size: nodes.count, members: nodes.map(network.summary))
            }
            try Output.json(Report(
                entities: view.nodeCount, links: view.linkCount, components: components.map(group),
                bridges: zip(cuts.bridges, bridgeEdges).map { pair, edges in
                    .init(ends: [network.summary(pair.0), network.summary(pair.1)], relations: edges.map(network.relation))
                },
                articulationPoints: cuts.articulationPoints.map(network.summary),
                communities: communities.map(group), modularity: modularity))
        case .text:
            Output.line("\(view.nodeCount) entities, \(view.linkCount) linked pairs (undirected view)")
            Output.line()
            Output.line("components: \(components.count)")
            list(components, in: network)
            Output.line()
            Output.line("bridges: \(cuts.bridges.count)")
            for ((u, _), edges) in zip(cuts.bridges, bridgeEdges) {
                for edge in edges { Output.line("  \(network.explainedHop(edge, from: u))") }
            }
            Output.line()
            Output.line("articulation points: \(cuts.articulationPoints.count)")
            for node in cuts.articulationPoints { Output.line("  \(network.summary(node).label)") }
            Output.line()
            Output.line("communities (label propagation, modularity \(Ranking.format(modularity))): \(communities.count)")
            list(communities, in: network)
        }
    }

    /// `  1. 12 entities: A [a], B [b], … and 3 more`
    func list(_ groups: [[Int32]], in network: Network) {
        for (i, nodes) in groups.enumerated() {
            let shown = members == 0 ? nodes[...] : nodes.prefix(members)
            var names = shown.map { network.summary($0).label }.joined(separator: ", ")
            if shown.count < nodes.count { names += " and \(nodes.count - shown.count) more" }
            Output.line("  \(i + 1). \(nodes.count) entit\(nodes.count == 1 ? "y" : "ies"): \(names)")
        }
    }
}
