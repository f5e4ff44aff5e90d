import RelGraphCore

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
    public var restrictsRelations: Bool { edgeOpen != nil }
}
