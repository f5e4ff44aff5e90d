/// What changed in a dataset's judgements (`judgements.yaml`): judgements added, removed and
/// changed, matched by their pair of entities in either order. A pair judged `same` before and
/// `different` now is a change of its verdict, not a removal and an addition.
public struct JudgementsDiff: Sendable, Equatable, Codable {
    public struct Change: Sendable, Equatable, Codable {
        public var old: Judgement
        public var new: Judgement
        /// What differs, sorted: `verdict`, `order` (which of the two keeps its id), `by`, `at`, `why`.
        public var fields: [String]
    }

    public var added: [Judgement] = []
    public var removed: [Judgement] = []
    public var changed: [Change] = []

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    public init() {}

    /// Each list in the order of the pairs' ids.
    /// - Complexity: O(J log J) for J judgements.
    public init(old: [Judgement], new: [Judgement]) {
        func byPair(_ judgements: [Judgement]) -> [EntityPair: Judgement] {
            Dictionary(judgements.map { (EntityPair($0.first, $0.second), $0) }, uniquingKeysWith: { a, _ in a })
        }
        let (before, after) = (byPair(old), byPair(new))
        func ordered(_ pairs: some Sequence<EntityPair>) -> [EntityPair] {
            pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        }
        added = ordered(after.keys.filter { before[$0] == nil }).map { after[$0]! }
        removed = ordered(before.keys.filter { after[$0] == nil }).map { before[$0]! }
        for pair in ordered(before.keys.filter { after[$0] != nil }) {
            let (x, y) = (before[pair]!, after[pair]!)
            var fields: [String] = []
            if x.at != y.at { fields.append("at") }
            if x.by != y.by { fields.append("by") }
            if x.first != y.first { fields.append("order") }
            if x.verdict != y.verdict { fields.append("verdict") }
            if x.why != y.why { fields.append("why") }
            if !fields.isEmpty { changed.append(Change(old: x, new: y, fields: fields)) }
        }
    }
}

extension Judgement {
    /// The judgement as a reader says it: `a same as b (by who, at when, why: because)`.
    public var sentence: String {
        let relation = verdict == .same ? "same as" : "different from"
        let details = [by.map { "by \($0)" }, at.map { "at \($0)" }, why.map { "why: \($0)" }].compactMap { $0 }
        return "\(first) \(relation) \(second)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }
}
