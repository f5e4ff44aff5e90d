/// When claims held, by their sources: a citation is evidence for the day its source says (`as_of`),
/// else for the source's own date (docs/data-format.md, "Citations").
extension Dataset {
    /// The date a citation says its claim held: its `as_of`, else its source's date.
    /// - Complexity: O(sources).
    public func asOf(_ citation: Citation) -> PartialDate? {
        citation.asOf ?? source(citation.source)?.date
    }

    /// The earliest and latest date the citations attest (by first day, then by last day); nil when
    /// none is dated.
    public func seen(_ citations: [Citation]) -> (first: PartialDate, last: PartialDate)? {
        let dates = citations.compactMap(asOf)
        guard let first = dates.min(by: { ($0.firstDay, $0.lastDay) < ($1.firstDay, $1.lastDay) }),
              let last = dates.max(by: { ($0.lastDay, $0.firstDay) < ($1.lastDay, $1.firstDay) }) else { return nil }
        return (first, last)
    }

    /// Whether `source` states the relation (cites it).
    public static func states(_ relation: Relation, source: String) -> Bool {
        relation.citations.contains { $0.source == source }
    }
}
