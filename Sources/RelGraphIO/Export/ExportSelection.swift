import RelGraphCore

/// Which part of a dataset an export writes: entities of some kinds, relations of some types and
/// statuses, and only the relations that may hold on a day. The analysis commands' relation filters.
public struct ExportSelection: Sendable {
    /// Entity kinds to keep; nil keeps every kind.
    public var kinds: Set<EntityKind>?
    /// Relation types to keep; nil keeps every type.
    public var types: Set<RelationType>?
    /// Relation types to leave out.
    public var excludedTypes: Set<RelationType>
    /// Relation statuses to keep.
    public var statuses: Set<RelationStatus>
    /// Keep only relations that may hold on this day (`Relation.mayHold(on:)`).
    public var at: PartialDate?

    public init(kinds: Set<EntityKind>? = nil, types: Set<RelationType>? = nil, excludedTypes: Set<RelationType> = [],
                statuses: Set<RelationStatus> = Set(RelationStatus.allCases), at: PartialDate? = nil) {
        self.kinds = kinds
        self.types = types
        self.excludedTypes = excludedTypes
        self.statuses = statuses
        self.at = at
    }

    /// The selected entities, and the selected relations whose two ends are both selected; sources
    /// stay whole, since citations of the kept records refer to them.
    /// - Complexity: O(V + E).
    public func apply(to dataset: Dataset) -> Dataset {
        var result = dataset
        if let kinds { result.entities.removeAll { !kinds.contains($0.kind) } }
        let kept = Set(result.entities.map(\.id))
        result.relations.removeAll { relation in
            if let types, !types.contains(relation.type) { return true }
            if excludedTypes.contains(relation.type) || !statuses.contains(relation.status) { return true }
            if let at, !relation.mayHold(on: at) { return true }
            return !kept.contains(relation.from) || !kept.contains(relation.to)
        }
        return result
    }
}
