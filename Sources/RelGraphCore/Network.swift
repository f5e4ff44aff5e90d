/// A dataset together with its frozen graph and name index: what every command works on.
///
/// Algorithms take `graph` alone; explanations (names, dates, citations) come back through
/// `entity(_:)` and `relation(_:)`.
public struct Network: Sendable {
    public let dataset: Dataset
    public let graph: Graph
    public let names: NameIndex
    let relationOfEdge: [Int32]

    /// - Complexity: O(V + E) plus the name index, O(total name length · log).
    public init(_ dataset: Dataset) {
        self.dataset = dataset
        (graph, relationOfEdge) = dataset.freeze()
        names = NameIndex(entities: dataset.entities)
    }

    public func entity(_ node: Graph.Node) -> Entity { dataset.entities[Int(node)] }
    public func relation(_ edge: Graph.Edge) -> Relation { dataset.relations[Int(relationOfEdge[Int(edge)])] }

    /// The entity with that id.
    /// - Complexity: O(1) on average.
    public func entity(id: String) -> Entity? { graph.node(id: id).map(entity) }

    /// Finds one entity by id or name (see `NameIndex.resolve`), or throws `LookupError`.
    public func resolve(_ query: String) throws(LookupError) -> Graph.Node {
        if let node = graph.node(id: query) { return node }
        return try names.resolve(query, entities: dataset.entities)
    }

    /// Entities matching `query`: the entity whose id it is first, then `NameIndex.search`'s ranking.
    public func search(_ query: String, limit: Int = .max) -> [NameMatch] {
        var matches = names.search(query, entities: dataset.entities, limit: limit)
        if let node = graph.node(id: query) {
            matches.removeAll { $0.node == node }
            matches.insert(NameMatch(node: node, entityID: query, name: query, quality: .id, extraWords: 0), at: 0)
        }
        return Array(matches.prefix(limit))
    }
}
