extension Dataset {
    /// The frozen graph of this dataset, node i being `entities[i]`, and for each edge the index of
    /// its relation. Relations whose ends are not entities of the dataset (which the validator
    /// reports as errors) have no edge.
    /// - Complexity: O(V + E).
    public func freeze() -> (graph: Graph, relationOfEdge: [Int32]) {
        var kindIndex: [EntityKind: UInt16] = [:]
        var kinds: [EntityKind] = []
        var nodeKind: [UInt16] = []
        nodeKind.reserveCapacity(entities.count)
        for entity in entities {
            nodeKind.append(Self.intern(entity.kind, in: &kindIndex, table: &kinds))
        }
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(entities.count)
        for (i, entity) in entities.enumerated() where ids[entity.id] == nil { ids[entity.id] = Int32(i) }

        var typeIndex: [RelationType: UInt16] = [:]
        var types: [RelationType] = []
        var sources: [Int32] = [], targets: [Int32] = [], edgeTypes: [UInt16] = [], relationOfEdge: [Int32] = []
        sources.reserveCapacity(relations.count)
        targets.reserveCapacity(relations.count)
        edgeTypes.reserveCapacity(relations.count)
        relationOfEdge.reserveCapacity(relations.count)
        for (r, relation) in relations.enumerated() {
            guard let from = ids[relation.from], let to = ids[relation.to] else { continue }
            sources.append(from)
            targets.append(to)
            edgeTypes.append(Self.intern(relation.type, in: &typeIndex, table: &types))
            relationOfEdge.append(Int32(r))
        }
        let graph = Graph(nodeIDs: entities.map(\.id), nodeKind: nodeKind, kinds: kinds,
                     edgeSource: sources, edgeTarget: targets, edgeType: edgeTypes, types: types)
        return (graph, relationOfEdge)
    }

    private static func intern<T: Hashable>(_ value: T, in index: inout [T: UInt16], table: inout [T]) -> UInt16 {
        if let known = index[value] { return known }
        let next = UInt16(table.count)
        index[value] = next
        table.append(value)
        return next
    }
}
