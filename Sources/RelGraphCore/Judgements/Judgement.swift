/// An analyst's decision about two entities: they are one (`same`: the first keeps its id and takes
/// the second's names, citations and relations) or they are different (never proposed again).
/// Judgements are data, kept in the dataset folder's `judgements.yaml` with who, when and why.
public struct Judgement: Hashable, Sendable, Codable {
    public enum Verdict: String, Sendable, Codable, CaseIterable {
        case same, different
    }

    public var verdict: Verdict
    /// The entity that keeps its id (for `same`).
    public var first: String
    /// The entity merged into `first` (for `same`).
    public var second: String
    public var by: String?
    /// An ISO 8601 timestamp.
    public var at: String?
    public var why: String?

    public init(verdict: Verdict, first: String, second: String, by: String? = nil, at: String? = nil,
                why: String? = nil) {
        self.verdict = verdict
        self.first = first
        self.second = second
        self.by = by
        self.at = at
        self.why = why
    }
}
