import RelGraphAlgorithms
import RelGraphCore

/// A view drawn as DOT text, with the engine that lays it out.
public struct Diagram: Sendable, Equatable {
    public var dot: String
    /// The engine the DOT was written for; `auto` for DOT from elsewhere, which Graphviz then lays
    /// out by its `layout` attribute, or with dot.
    public var engine: LayoutEngine
    public var nodeCount: Int
    public var edgeCount: Int

    public init(dot: String, engine: LayoutEngine, nodeCount: Int, edgeCount: Int) {
        self.dot = dot
        self.engine = engine
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
    }
}

extension TraversalFilter {
    /// This filter, also closed to entities whose country is not one of `countries` (and to
    /// entities without a country).
    /// - Complexity: O(V).
    public func keeping(countries: Set<String>, in network: Network) -> TraversalFilter {
        let open = network.dataset.entities.indices.map { index in
            canPass(Graph.Node(index)) && network.dataset.entities[index].country.map(countries.contains) == true
        }
        return TraversalFilter(direction: direction, edgeOpen: edgeOpen, nodeOpen: open)
    }

    /// Whether the filter closes any relation (by type, status or date).
    var restrictsRelations: Bool { edgeOpen != nil }
}
