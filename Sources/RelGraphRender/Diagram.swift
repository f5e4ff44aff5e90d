import RelGraphAlgorithms
import RelGraphCore

/// A view drawn as DOT text, with what choosing its layout engine needs to know.
public struct Diagram: Sendable, Equatable {
    public var view: ViewKind
    public var dot: String
    public var nodeCount: Int
    public var edgeCount: Int

    public init(view: ViewKind, dot: String, nodeCount: Int, edgeCount: Int) {
        self.view = view
        self.dot = dot
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
    }

    /// The engine that lays this diagram out when `engine` is asked for (see `LayoutEngine.resolved`).
    public func engine(_ engine: LayoutEngine) -> LayoutEngine {
        engine.resolved(for: view, nodes: nodeCount)
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
