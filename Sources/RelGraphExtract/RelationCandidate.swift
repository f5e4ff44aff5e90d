import RelGraphCore

/// A relation a rule read in one sentence, between two mentions (their `key`s: a dataset id or a new
/// candidate), before it is matched against the dataset's relations.
struct RelationCandidate {
    var type: RelationType
    var from: Mention
    var to: Mention
    var sentence: Sentence
    /// The words that made the rule fire ("co-chaired", "tham dự"), part of the quote when present.
    var trigger: Range<Int>?
    var confidence: Double
    var rule: String
    var fromDate: PartialDate?
    var status: RelationStatus = .reported
    var speaker: Mention?
    var qualifiers: [String: String] = [:]
    /// Whose post a `holds` names, when the sentence says it ("his Lao counterpart"): a country code.
    var country: String?
    /// A signing by "the two sides" / "hai bên": those words (the sides are the event's co-chairs'
    /// organisations, `SignedDocuments.completed`).
    var sides: Range<Int>?

    /// The article's words the proposal quotes: from the first to the last of the mentions and the
    /// trigger, within the sentence (so always verbatim and within one paragraph).
    var quoteRange: Range<Int> {
        var ranges = [from.range, to.range]
        if let trigger { ranges.append(trigger) }
        if let speaker { ranges.append(speaker.range) }
        // The article's main event, named in an earlier sentence, is not quoted from this one.
        let inside = ranges.filter { sentence.range.contains($0.lowerBound) }
        if !inside.isEmpty { ranges = inside }
        let lower = max(sentence.range.lowerBound, ranges.map(\.lowerBound).min()!)
        let upper = min(sentence.range.upperBound, ranges.map(\.upperBound).max()!)
        return lower..<max(lower, upper)
    }
}
