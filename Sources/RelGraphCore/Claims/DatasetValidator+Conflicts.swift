/// One warning per conflict, at the first claim of its second side: conflicts are never errors, since
/// the sources' disagreement is itself a finding, but never go unmentioned either.
extension DatasetValidator {
    static func conflictWarnings(_ dataset: Dataset, locations: DatasetLocations) -> [Diagnostic] {
        Conflicts.find(in: dataset).map { conflict in
            let claim = conflict.sides[1].claims[0]
            let place: SourceLocation?
            switch claim.origin {
            case let .statement(entity, index): place = locations.entity(entity).statement(index, "value")
            case let .relation(relation, citation): place = locations.relation(relation).citation(citation, "source")
            }
            return .warning("conflict: sources disagree on \(conflict.summary)", at: place)
        }
    }
}

extension Conflict {
    /// `the date of 'talks': 2024-10-22 (a-2024) vs 2024-10-21 (b-2025)`
    public var summary: String {
        let what = kind == .date ? "the \(property) of relation '\(subject)'" : "the \(property) of '\(subject)'"
        let values = sides.map { side in
            var sources: [String] = []
            for claim in side.claims where !sources.contains(claim.citation.source) { sources.append(claim.citation.source) }
            return "\(side.value) (\(sources.joined(separator: ", ")))"
        }
        return "\(what): \(values.joined(separator: " vs "))"
    }
}
