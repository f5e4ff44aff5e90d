/// Which relations an analysis, a view or an export keeps: by type, status, date and source. The one rule
/// behind every `--types`, `--exclude-types`, `--reported-only`, `--at` and `--source`, embedded by the
/// traversal filter's criteria (Algorithms) and the export's selection (IO).
///
/// - statuses: every status by default (reported, proposed, planned); `[.reported]` keeps what the
///   sources report as fact.
/// - `at`: keeps relations that may hold on that date (`Relation.mayHold(on:)`): a known bound
///   excludes the dates outside it, an unknown bound excludes nothing, and a momentary relation (a
///   meeting, a signing) holds during its own date's period only.
public struct RelationCriteria: Sendable, Equatable {
    /// Only these relation types (nil: all types).
    public var types: Set<RelationType>?
    /// Never these relation types.
    public var excludedTypes: Set<RelationType>
    /// Relation statuses kept; all of them by default.
    public var statuses: Set<RelationStatus>
    /// Keep only relations that may hold on this date.
    public var at: PartialDate?
    /// Keep only relations this source states (cites).
    public var source: String?

    public init(types: Set<RelationType>? = nil, excludedTypes: Set<RelationType> = [],
                statuses: Set<RelationStatus> = Set(RelationStatus.allCases), at: PartialDate? = nil,
                source: String? = nil) {
        self.types = types
        self.excludedTypes = excludedTypes
        self.statuses = statuses
        self.at = at
        self.source = source
    }

    /// Whether any relation can be left out.
    public var restrictsRelations: Bool {
        types != nil || !excludedTypes.isEmpty || at != nil || source != nil
            || statuses.count < RelationStatus.allCases.count
    }

    /// Whether relations of `type` may be kept (the rest of the rule asks the relation itself).
    public func admits(_ type: RelationType) -> Bool {
        (types?.contains(type) ?? true) && !excludedTypes.contains(type)
    }

    /// Whether `relation`'s status, dates and source are kept (its type is asked separately: callers check a
    /// type once for all the relations of that type).
    public func admitsStatusAndDate(of relation: Relation) -> Bool {
        guard statuses.contains(relation.status) else { return false }
        if let at, !relation.mayHold(on: at) { return false }
        if let source, !Dataset.states(relation, source: source) { return false }
        return true
    }

    /// Whether `relation` is kept.
    public func admits(_ relation: Relation) -> Bool {
        admits(relation.type) && admitsStatusAndDate(of: relation)
    }
}
