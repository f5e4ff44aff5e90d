extension Network {
    /// One relation seen from one of its ends.
    public struct Incidence: Sendable {
        public var edge: Graph.Edge
        public var relation: Relation
        /// True when the relation points away from the entity it is seen from.
        public var isOutgoing: Bool
        public var neighbor: Graph.Node
    }

    /// The relations of `node`: out-going first, then in-coming, each in dataset order.
    /// - Complexity: O(degree).
    public func incidences(of node: Graph.Node) -> [Incidence] {
        var result: [Incidence] = []
        for edge in graph.outgoing(node) {
            result.append(Incidence(edge: edge, relation: relation(edge), isOutgoing: true,
                                    neighbor: graph.edgeTarget[Int(edge)]))
        }
        for edge in graph.incoming(node) {
            result.append(Incidence(edge: edge, relation: relation(edge), isOutgoing: false,
                                    neighbor: graph.edgeSource[Int(edge)]))
        }
        return result
    }

    /// How a relation reads from `node`: "holds", or for an in-coming one the inverse, "is held by".
    /// Symmetric relations read the same both ways.
    public func phrase(of edge: Graph.Edge, from node: Graph.Node) -> String {
        let type = graph.type(of: edge)
        let forward = graph.edgeSource[Int(edge)] == node
        guard let spec = type.spec else { return forward ? type.phrase : "← \(type.phrase)" }
        return forward || spec.isSymmetric ? spec.phrase : spec.inversePhrase
    }

    /// `—type→` for an edge walked along its direction from `node`, `←type—` against it, `—type—`
    /// for a symmetric type.
    public func arrow(_ edge: Graph.Edge, from node: Graph.Node) -> String {
        let type = graph.type(of: edge).rawValue
        if graph.isSymmetric(edge) { return "—\(type)—" }
        return graph.edgeSource[Int(edge)] == node ? "—\(type)→" : "←\(type)—"
    }

    /// `Name —type→ Name` for an edge walked from `node`.
    public func hop(_ edge: Graph.Edge, from node: Graph.Node) -> String {
        let other = graph.otherEnd(of: edge, from: node)
        return "\(entity(node).displayName) \(arrow(edge, from: node)) \(entity(other).displayName)"
    }

    /// `(2024-10-22; proposed; vtc-2024-10-22 ¶3, "quote")`: the relation's date, status when not
    /// reported, and its first citation.
    public func evidence(of relation: Relation) -> String {
        var parts: [String] = []
        if let date = relation.dateText { parts.append(date) }
        if relation.status != .reported { parts.append(relation.status.rawValue) }
        for citation in relation.citations {
            let locator = citation.locator.map { " \($0)" } ?? ""
            parts.append("\(citation.source)\(locator), \"\(citation.quote)\"")
        }
        return parts.isEmpty ? "" : "(\(parts.joined(separator: "; ")))"
    }
}
