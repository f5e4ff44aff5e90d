import RelGraphAlgorithms
import RelGraphCore

/// The neighbourhood of one entity: everything within `radius` relations of it (walked as the
/// filter allows, `Traversal.breadthFirst`), with every open relation among those entities, each
/// labelled with its type. The centre is drawn with a heavy border.
public struct EgoView: Sendable {
    public let network: Network
    public let center: Graph.Node
    public let radius: Int
    public let filter: TraversalFilter

    public init(network: Network, center: Graph.Node, radius: Int = 1, filter: TraversalFilter = .undirected) {
        self.network = network
        self.center = center
        self.radius = radius
        self.filter = filter
    }

    /// The neighbourhood as DOT text, for `engine` (auto: by size, see `LayoutEngine.resolved`).
    /// - Complexity: O(V' + E') for the part of the graph within `radius`.
    public func diagram(engine: LayoutEngine = .auto) -> Diagram {
        let graph = network.graph
        let nodes = Traversal.breadthFirst(in: graph, from: center, filter: filter, maxDepth: radius).map(\.node)
        let inside = Set(nodes)
        var edges: [Graph.Edge] = []
        for node in nodes {
            edges += graph.outgoing(node).filter { filter.allows($0) && inside.contains(graph.edgeTarget[Int($0)]) }
        }
        edges.sort()
        let engine = engine.resolved(for: .ego, nodes: nodes.count)
        var writer = DOTWriter.view("ego", engine: engine, nodes: nodes.count, dotAttributes: NetworkView.dotAttributes)
        let painter = EntityPainter(network: network)
        for node in nodes {
            painter.node(node, into: &writer, extra: node == center ? [DOTAttribute("penwidth", "3")] : [])
        }
        for edge in edges { painter.edge(edge, into: &writer, label: graph.type(of: edge).rawValue) }
        Legend(network: network, nodes: nodes, edges: edges).write(into: &writer)
        return Diagram(dot: writer.finished(), engine: engine, nodeCount: nodes.count, edgeCount: edges.count,
                       edges: edges.map { Diagram.Line($0) })
    }
}
