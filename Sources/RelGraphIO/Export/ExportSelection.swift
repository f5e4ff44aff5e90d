import RelGraphCore

/// Which part of a dataset an export writes: entities of some kinds, and the relations that the
/// analysis commands' relation rule (`RelationCriteria`) keeps.
public struct ExportSelection: Sendable {
    /// Entity kinds to keep; nil keeps every kind.
    public var kinds: Set<EntityKind>?
    public var relations: RelationCriteria

    public init(kinds: Set<EntityKind>? = nil, relations: RelationCriteria) {
        self.kinds = kinds
        self.relations = relations
    }

    /// The selection with the relation rule's fields spelled out.
    public init(kinds: Set<EntityKind>? = nil, types: Set<RelationType>? = nil, excludedTypes: Set<RelationType> = [],
                statuses: Set<RelationStatus> = Set(RelationStatus.allCases), at: PartialDate? = nil) {
        self.init(kinds: kinds, relations: RelationCriteria(types: types, excludedTypes: excludedTypes,
                                                            statuses: statuses, at: at))
    }

    /// The selected entities, and the selected relations whose two ends are both selected; sources
    /// stay whole, since citations of the kept records refer to them.
    /// - Complexity: O(V + E).
    public func apply(to dataset: Dataset) -> Dataset {
        var result = dataset
        if let kinds { result.entities.removeAll { !kinds.contains($0.kind) } }
        let kept = Set(result.entities.map(\.id))
        result.relations.removeAll { relation in
            !relations.admits(relation) || !kept.contains(relation.from) || !kept.contains(relation.to)
        }
        return result
    }
}
