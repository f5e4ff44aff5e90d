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
        let (format, members) = (options.format, members)
        // The text of components, bridges and articulation points is made on the search's thread as
        // soon as they are known, while label propagation goes on: made after it (a hundred thousand
        // lines at a million entities), it was a tenth of the process with one core idle.
        let searched = SearchedText()
        let summary = options.progress.phase("components, bridges, communities") { _ in
            StructureSummary(view) { components, cuts in
                guard format == .text else { return }
                searched.lines = Self.searchedLines(components, cuts, of: view, filter: filter, in: network, members: members)
            }
        }
        let (components, cuts, communities, modularity) = (summary.components, summary.cuts, summary.communities, summary.modularity)
        switch format {
        case .json:
            func group(_ nodes: [Int32]) -> Report.Group {
                .init(size: nodes.count, members: nodes.map(network.summary))
            }
            let bridgeEdges = cuts.bridges.map { u, v in filter.edges(from: u, to: v, in: network.graph) }
            try Output.json(Report(
                entities: view.nodeCount, links: view.linkCount, components: components.map(group),
                bridges: zip(cuts.bridges, bridgeEdges).map { pair, edges in
                    .init(ends: [network.summary(pair.0), network.summary(pair.1)], relations: edges.map(network.relation))
                },
                articulationPoints: cuts.articulationPoints.map(network.summary),
                communities: communities.map(group), modularity: modularity))
        case .text:
            Output.lines(searched.lines)
            Output.line()
            Output.line("communities (label propagation, modularity \(Ranking.format(modularity))): \(communities.count)")
            Output.lines(Self.listed(communities, members: members, in: network))
        }
    }

    /// The text report up to the communities: counts, components, bridges, articulation points.
    static func searchedLines(_ components: [[Int32]], _ cuts: CutPoints.Result, of view: SimpleGraph,
                              filter: TraversalFilter, in network: Network, members: Int) -> [String] {
        var lines = ["\(view.nodeCount) entities, \(view.linkCount) linked pairs (undirected view)", ""]
        lines.append("components: \(components.count)")
        lines += listed(components, members: members, in: network)
        lines += ["", "bridges: \(cuts.bridges.count)"]
        for (u, v) in cuts.bridges {
            for edge in filter.edges(from: u, to: v, in: network.graph) { lines.append("  \(network.explainedHop(edge, from: u))") }
        }
        lines += ["", "articulation points: \(cuts.articulationPoints.count)"]
        for node in cuts.articulationPoints { lines.append("  \(network.summary(node).label)") }
        return lines
    }

    /// `  1. 12 entities: A [a], B [b], … and 3 more`, one line per group.
    static func listed(_ groups: [[Int32]], members: Int, in network: Network) -> [String] {
        groups.enumerated().map { i, nodes in
            let shown = members == 0 ? nodes[...] : nodes.prefix(members)
            var names = shown.map { network.summary($0).label }.joined(separator: ", ")
            if shown.count < nodes.count { names += " and \(nodes.count - shown.count) more" }
            return "  \(i + 1). \(nodes.count) entit\(nodes.count == 1 ? "y" : "ies"): \(names)"
        }
    }

    /// Where the search's thread leaves the text it made: written before `StructureSummary` returns,
    /// read after.
    private final class SearchedText: @unchecked Sendable {
        var lines: [String] = []
    }
}
