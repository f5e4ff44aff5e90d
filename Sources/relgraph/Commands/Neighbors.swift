import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities within N hops of one entity, level by level, with the relations that reach them.",
        discussion: """
            Each entity is listed once, at its distance from the start, under the entity it was first reached \
            from; every relation between the two that the filters allow is shown with its date and source.

            --entities FILE (or - for standard input) answers for many entities in one run: one id or name \
            per line, each answered as soon as it is read by one line of JSON, {"line", "query", "answer"} \
            with what --format json prints for that entity, or {"line", "query", "error": {"exit", "message"}}.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An entity id or name.")
    var entity: String?

    @Option(help: ArgumentHelp("The neighbours of every entity named in this file (- for standard input), one JSON line each.",
                               valueName: "file"))
    var entities: String?

    @Option(help: "How many hops to go out.")
    var depth: Int = 1

    @OptionGroup var traversal: TraversalOptions

    @OptionGroup var relationIDs: RelationIDOption

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        guard (entity == nil) != (entities == nil) else {
            throw ValidationError(entity == nil ? "give an entity, or --entities FILE" : "give either an entity or --entities, not both")
        }
    }

    struct Report: Encodable {
        struct Neighbor: Encodable {
            var entity: EntitySummary
            var depth: Int
            var via: EntitySummary
            var relations: [Relation]
        }
        var entity: EntitySummary
        var depth: Int
        var neighbors: [Neighbor]
    }

    /// The entities within `depth` hops of `start`, each with the relations that reach it.
    static func report(from start: Graph.Node, depth: Int, filter: TraversalFilter, in network: Network) -> Report {
        let reached = Traversal.breadthFirst(in: network.graph, from: start, filter: filter, maxDepth: depth).dropFirst()
        return Report(entity: network.summary(start), depth: depth, neighbors: reached.map { item in
            .init(entity: network.summary(item.node), depth: item.depth, via: network.summary(item.parent!),
                  relations: filter.edges(from: item.parent!, to: item.node, in: network.graph).map(network.relation))
        })
    }

    func run() throws {
        let network = try options.network()
        if let entities {
            let filter = try traversal.filter(in: network)
            try BatchQueries(input: entities, fields: ["entity"]).run { query in
                report(neighbours(of: try network.resolve(query[0]), filter, network), network)
            }
            return
        }
        let start = try network.resolve(entity!)
        let found = neighbours(of: start, try traversal.filter(in: network), network)
        switch options.format {
        case .json:
            try Output.json(report(found, network))
        case .text:
            let hops = depth == 1 ? "1 hop" : "\(depth) hops"
            Output.line("\(network.summary(start).label): \(found.links.count) entit\(found.links.count == 1 ? "y" : "ies") within \(hops)")
            var level = 0
            for (item, edges) in found.links {
                if item.depth != level {
                    level = item.depth
                    Output.line("depth \(level)")
                }
                for edge in edges { Output.line("  \(network.explainedHop(edge, from: item.parent!, ids: relationIDs.ids))") }
            }
        }
    }

    /// Every entity within `depth` hops of `start`, with the relations from the entity that reached it.
    private func neighbours(of start: Graph.Node, _ filter: TraversalFilter,
                            _ network: Network) -> (start: Graph.Node, links: [(Traversal.Reached, [Graph.Edge])]) {
        let reached = Traversal.breadthFirst(in: network.graph, from: start, filter: filter, maxDepth: depth).dropFirst()
        return (start, reached.map { item in (item, filter.edges(from: item.parent!, to: item.node, in: network.graph)) })
    }

    private func report(_ found: (start: Graph.Node, links: [(Traversal.Reached, [Graph.Edge])]), _ network: Network) -> Report {
        Report(entity: network.summary(found.start), depth: depth, neighbors: found.links.map { item, edges in
            .init(entity: network.summary(item.node), depth: item.depth, via: network.summary(item.parent!),
                  relations: edges.map(network.relation))
        })
    }
}
