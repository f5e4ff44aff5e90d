import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities within N hops of one entity, level by level, with the relations that reach them.",
        discussion: """
            Each entity is listed once, at its distance from the start, under the entity it was first reached \
            from; every relation between the two that the filters allow is shown with its date and source.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An entity id or name.")
    var entity: String

    @Option(help: "How many hops to go out.")
    var depth: Int = 1

    @OptionGroup var traversal: TraversalOptions

    @OptionGroup var relationIDs: RelationIDOption

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
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

    func run() throws {
        let network = try options.network()
        let start = try network.resolve(entity)
        let filter = try traversal.filter(in: network)
        let reached = Traversal.breadthFirst(in: network.graph, from: start, filter: filter, maxDepth: depth).dropFirst()
        let links = reached.map { item in (item, filter.edges(from: item.parent!, to: item.node, in: network.graph)) }
        switch options.format {
        case .json:
            try Output.json(Report(entity: network.summary(start), depth: depth, neighbors: links.map { item, edges in
                .init(entity: network.summary(item.node), depth: item.depth, via: network.summary(item.parent!),
                      relations: edges.map(network.relation))
            }))
        case .text:
            let hops = depth == 1 ? "1 hop" : "\(depth) hops"
            Output.line("\(network.summary(start).label): \(reached.count) entit\(reached.count == 1 ? "y" : "ies") within \(hops)")
            var level = 0
            for (item, edges) in links {
                if item.depth != level {
                    level = item.depth
                    Output.line("depth \(level)")
                }
                for edge in edges { Output.line("  \(network.explainedHop(edge, from: item.parent!, ids: relationIDs.ids))") }
            }
        }
    }
}
