import Foundation

/// What changed between two versions of a dataset: sources, entities and relations added, removed and
/// changed, matched by id. A changed date, status, quote or name is a change of the record (with the
/// fields that differ), not a removal and an addition; an entity gone because a judgement merged it
/// into another is a merge. The judgements themselves are compared too (`JudgementsDiff`).
public struct DatasetDiff: Sendable, Equatable, Codable {
    public struct Change: Sendable, Equatable, Codable {
        public var id: String
        /// The fields whose values differ, sorted.
        public var fields: [String]
    }

    public struct Merge: Sendable, Equatable, Codable {
        public var id: String
        public var into: String
    }

    public struct Section: Sendable, Equatable, Codable {
        public var added: [String] = []
        public var removed: [String] = []
        public var changed: [Change] = []
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    /// The dataset's own fields (`title`, `description`) that differ, sorted.
    public var header: [String] = []
    public var sources = Section()
    public var entities = Section()
    public var relations = Section()
    public var merged: [Merge] = []
    /// Entities back on their own because the judgement that merged them went (`into`: the one
    /// they had been merged into).
    public var split: [Merge] = []
    public var judgements = JudgementsDiff()

    public var isEmpty: Bool {
        header.isEmpty && sources.isEmpty && entities.isEmpty && relations.isEmpty && merged.isEmpty && split.isEmpty
            && judgements.isEmpty
    }

    /// The datasets as read (their `same` judgements applied), and the judgements of each.
    /// - Complexity: O(n log n) in the number of records, plus encoding each record once.
    public init(old: Dataset, new: Dataset, oldJudgements: [Judgement] = [], newJudgements: [Judgement] = []) {
        judgements = JudgementsDiff(old: oldJudgements, new: newJudgements)
        header = [("description", old.description, new.description), ("title", old.title, new.title)]
            .filter { $0.1 != $0.2 }.map(\.0)
        sources = Self.section(old.sources, new.sources, id: \.id)
        entities = Self.section(old.entities, new.entities, id: \.id)
        relations = Self.section(old.relations, new.relations, id: \.id)
        let into = Self.mergedInto(new), wasIn = Self.mergedInto(old)
        merged = entities.removed.compactMap { id in into[id].map { Merge(id: id, into: $0) } }
        entities.removed.removeAll { into[$0] != nil }
        split = entities.added.compactMap { id in wasIn[id].map { Merge(id: id, into: $0) } }
        entities.added.removeAll { wasIn[$0] != nil }
    }

    /// Each id merged into another entity of `dataset` (its `merged_from`), with that entity's id.
    static func mergedInto(_ dataset: Dataset) -> [String: String] {
        var into: [String: String] = [:]
        for entity in dataset.entities {
            for id in (entity.attributes["merged_from"] ?? "").split(separator: ",") {
                into[id.trimmingCharacters(in: .whitespaces)] = entity.id
            }
        }
        return into
    }

    static func section<T: Encodable>(_ old: [T], _ new: [T], id: (T) -> String) -> Section {
        let before = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { (id($0), $0) }, uniquingKeysWith: { a, _ in a })
        var section = Section()
        section.added = after.keys.filter { before[$0] == nil }.sorted()
        section.removed = before.keys.filter { after[$0] == nil }.sorted()
        for key in before.keys.filter({ after[$0] != nil }).sorted() {
            let (x, y) = (fields(before[key]!), fields(after[key]!))
            let differing = Set(x.keys).union(y.keys).filter { x[$0] != y[$0] }.sorted()
            if !differing.isEmpty { section.changed.append(Change(id: key, fields: differing)) }
        }
        return section
    }

    /// Each top-level field of a record as canonical JSON, so any field compares.
    static func fields<T: Encodable>(_ record: T) -> [String: Data] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(record),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var fields: [String: Data] = [:]
        for (key, value) in object {
            fields[key] = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        }
        return fields
    }
}
