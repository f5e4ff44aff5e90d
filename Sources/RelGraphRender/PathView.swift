import RelGraphAlgorithms
import RelGraphCore

/// The chains of relations that link two entities (the paths `Paths.shortest` or
/// `Paths.kShortest` found), left to right from the first entity to the second. Each relation is
/// labelled with its type, date and source, and keeps its own arrowhead even when the path walks
/// it backwards. Relations shared by several paths are drawn once; the two ends have heavy borders.
public struct PathView: Sendable {
    public let network: Network
    public let paths: [Path]

    public init(network: Network, paths: [Path]) {
        self.network = network
        self.paths = paths
    }

    /// - Complexity: O(total length of the paths).
    public func diagram() -> Diagram {
        var nodes: [Graph.Node] = []
        var seenNodes: Set<Graph.Node> = []
        var steps: [(edge: Graph.Edge, from: Graph.Node)] = []
        var seenEdges: Set<Graph.Edge> = []
        for path in paths {
            for node in path.nodes where seenNodes.insert(node).inserted { nodes.append(node) }
            for (i, edge) in path.edges.enumerated() where seenEdges.insert(edge).inserted {
                steps.append((edge, path.nodes[i]))
            }
        }
        let ends = Set(paths.flatMap { [$0.source, $0.target] })
        var writer = DOTWriter(name: "path")
        ViewFont.defaults(into: &writer)
        writer.attribute(DOTAttribute("rankdir", "LR"))
        writer.attribute(DOTAttribute("ranksep", "0.9"))
        let painter = EntityPainter(network: network)
        for node in nodes {
            painter.node(node, into: &writer, extra: ends.contains(node) ? [DOTAttribute("penwidth", "3")] : [])
        }
        for step in steps {
            // Drawn in walking order so that dot ranks the path left to right; `reversed` keeps
            // the arrowhead on the relation's own `to` end.
            let backwards = network.graph.edgeTarget[Int(step.edge)] == step.from
            painter.edge(step.edge, into: &writer, label: ViewText.pathLabel(of: step.edge, in: network),
                         reversed: backwards)
        }
        return Diagram(view: .path, dot: writer.finished(), nodeCount: nodes.count, edgeCount: steps.count)
    }
}
