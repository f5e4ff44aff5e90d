import RelGraphAlgorithms
import RelGraphCore

/// Every entity and relation that the filter lets through: shape and colour by kind, colour by
/// relation family, dashed when proposed and dotted when planned, with a legend.
///
/// The filter closes entities (by kind, country, avoided) and relations (by type, status, date
/// via `Relation.mayHold(on:)`); a relation is drawn when it is open and both its ends are. When
/// relations are filtered, entities left with none are left out: a diagram of `--types holds`
/// shows who holds what, not every entity of the dataset.
public struct NetworkView: Sendable {
    public let network: Network
    public let filter: TraversalFilter
    /// Draw each relation's type on its line. Off by default: in a network of a hundred-odd
    /// relations the labels pile up where lines meet and cannot be read; the colour gives the
    /// family and the tooltip the exact type.
    public var edgeLabels: Bool

    public init(network: Network, filter: TraversalFilter = .undirected, edgeLabels: Bool = false) {
        self.network = network
        self.filter = filter
        self.edgeLabels = edgeLabels
    }

    /// The network as DOT text, for `engine` (auto: by size, see `LayoutEngine.resolved`).
    /// - Complexity: O(V + E).
    public func diagram(engine: LayoutEngine = .auto) -> Diagram {
        let (nodes, edges) = selection()
        let engine = engine.resolved(for: .network, nodes: nodes.count)
        var writer = DOTWriter.view("network", engine: engine, nodes: nodes.count, dotAttributes: Self.dotAttributes)
        let painter = EntityPainter(network: network)
        for node in nodes { painter.node(node, into: &writer) }
        for edge in edges {
            painter.edge(edge, into: &writer, label: edgeLabels ? network.graph.type(of: edge).rawValue : nil)
        }
        Legend(network: network, nodes: nodes, edges: edges).write(into: &writer)
        return Diagram(dot: writer.finished(), engine: engine, nodeCount: nodes.count, edgeCount: edges.count,
                       edges: edges.map { Diagram.Line($0) })
    }

    /// The entities and relations drawn, in dataset order.
    func selection() -> (nodes: [Graph.Node], edges: [Graph.Edge]) {
        let graph = network.graph
        var shown = (0..<graph.nodeCount).map { filter.canPass(Graph.Node($0)) }
        var edges: [Graph.Edge] = []
        var touched = [Bool](repeating: false, count: graph.nodeCount)
        for index in 0..<graph.edgeCount {
            let edge = Graph.Edge(index)
            let from = Int(graph.edgeSource[index]), to = Int(graph.edgeTarget[index])
            guard filter.allows(edge), shown[from], shown[to] else { continue }
            edges.append(edge)
            touched[from] = true
            touched[to] = true
        }
        if filter.restrictsRelations { shown = zip(shown, touched).map { $0 && $1 } }
        return ((0..<graph.nodeCount).filter { shown[$0] }.map { Graph.Node($0) }, edges)
    }

    /// How dot lays out a network (or a neighbourhood): left to right, people first and places
    /// last as the relations run, packed close (the bundled network: 3,685 × 2,733 px as PNG).
    static let dotAttributes = [DOTAttribute("rankdir", "LR"), DOTAttribute("nodesep", "0.15"),
                                DOTAttribute("ranksep", "0.45")]
}
