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

    /// The paths as DOT text, for `engine` (auto: dot).
    /// - Complexity: O(total length of the paths).
    public func diagram(engine: LayoutEngine = .auto) -> Diagram {
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
        let engine = engine.resolved(for: .path, nodes: nodes.count)
        var writer = DOTWriter.view("path", engine: engine, nodes: nodes.count,
                                    dotAttributes: [DOTAttribute("rankdir", "LR"), DOTAttribute("ranksep", "0.9")])
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
        return Diagram(dot: writer.finished(), engine: engine, nodeCount: nodes.count, edgeCount: steps.count,
                       edges: steps.map {
                           Diagram.Line($0.edge, reversed: network.graph.edgeTarget[Int($0.edge)] == $0.from)
                       })
    }
}
