/// Applies `same` judgements to a dataset: the second entity's names, citations, statements,
/// attributes and relations move to the first, and the second's record goes. Nothing is lost: a
/// field both set differently keeps the first's value and the second's as the attribute
/// `SECOND-ID.FIELD`; the first lists the ids merged into it in the attribute `merged_from`.
/// The files are untouched, so removing the judgement (`relgraph split`) gives the dataset back.
public enum JudgementMerge {
    /// A judgement that cannot stand, with the index of the judgement.
    public struct Problem: Sendable, Equatable {
        public var index: Int
        public var message: String
    }

    /// Checks every judgement against the dataset and applies the merges that stand; returns the
    /// problems and, for each removed entity, its old index (so that callers can drop its location).
    /// - Complexity: O(V + E + J·(names + citations)) for J judgements.
    public static func apply(_ judgements: [Judgement], to dataset: inout Dataset)
        -> (problems: [Problem], removed: [Int]) {
        var index: [String: Int] = [:]
        for (i, entity) in dataset.entities.enumerated() { index[entity.id] = i }
        var problems: [Problem] = []
        var absorbedInto: [String: String] = [:]
        var verdicts: [EntityPair: Judgement.Verdict] = [:]
        var merges: [(keep: Int, absorb: Int)] = []
        for (n, judgement) in judgements.enumerated() {
            let ids = [judgement.first, judgement.second]
            if let unknown = ids.first(where: { index[$0] == nil }) {
                problems.append(Problem(index: n, message: "unknown entity '\(unknown)' in a judgement"))
                continue
            }
            if judgement.first == judgement.second {
                problems.append(Problem(index: n, message: "a judgement about '\(judgement.first)' and itself"))
                continue
            }
            let pair = EntityPair(judgement.first, judgement.second)
            if let earlier = verdicts[pair] {
                let message = earlier == judgement.verdict ? "judged twice"
                    : "judged both the same and different"
                problems.append(Problem(index: n, message: "'\(pair.first)' and '\(pair.second)' are \(message)"))
                continue
            }
            verdicts[pair] = judgement.verdict
            guard judgement.verdict == .same else { continue }
            let (keep, absorb) = (index[judgement.first]!, index[judgement.second]!)
            let (k, a) = (dataset.entities[keep], dataset.entities[absorb])
            if k.kind != a.kind {
                problems.append(Problem(index: n, message: "cannot merge '\(a.id)' (\(a.kind)) into '\(k.id)' (\(k.kind)): kinds differ"))
                continue
            }
            if let into = absorbedInto[a.id] ?? absorbedInto[k.id] {
                let which = absorbedInto[a.id] != nil ? a.id : k.id
                problems.append(Problem(index: n, message: "'\(which)' is already merged into '\(into)'"))
                continue
            }
            absorbedInto[a.id] = k.id
            merges.append((keep, absorb))
        }
        var renamed: [String: String] = [:]
        for (keep, absorb) in merges {
            merge(dataset.entities[absorb], into: &dataset.entities[keep])
            renamed[dataset.entities[absorb].id] = dataset.entities[keep].id
        }
        // A kept entity later merged into another: follow the chain to its end.
        func target(_ id: String) -> String {
            var id = id
            var steps = 0
            while let next = renamed[id], steps < renamed.count { id = next; steps += 1 }
            return id
        }
        if !renamed.isEmpty {
            for i in dataset.relations.indices {
                dataset.relations[i].from = target(dataset.relations[i].from)
                dataset.relations[i].to = target(dataset.relations[i].to)
                if let speaker = dataset.relations[i].speaker { dataset.relations[i].speaker = target(speaker) }
            }
        }
        let removed = merges.map(\.absorb).sorted()
        for i in removed.reversed() { dataset.entities.remove(at: i) }
        return (problems, removed)
    }

    static func merge(_ other: Entity, into entity: inout Entity) {
        for name in other.names where !entity.names.contains(name) { entity.names.append(name) }
        for citation in other.citations where !entity.citations.contains(citation) { entity.citations.append(citation) }
        for statement in other.statements where !entity.statements.contains(statement) {
            entity.statements.append(statement)
        }
        func keep(_ field: String, _ mine: inout String?, _ theirs: String?) {
            guard let theirs else { return }
            if mine == nil { mine = theirs } else if mine != theirs { entity.attributes["\(other.id).\(field)"] = theirs }
        }
        keep("classification", &entity.classification, other.classification)
        keep("country", &entity.country, other.country)
        keep("description", &entity.description, other.description)
        for (key, value) in other.attributes.sorted(by: { $0.key < $1.key }) {
            if let mine = entity.attributes[key] {
                if mine != value { entity.attributes["\(other.id).\(key)"] = value }
            } else {
                entity.attributes[key] = value
            }
        }
        let merged = (entity.attributes["merged_from"].map { [$0] } ?? []) + [other.id]
        entity.attributes["merged_from"] = merged.joined(separator: ", ")
    }
}

/// An unordered pair of entity ids, as judgements name them.
public struct EntityPair: Hashable, Sendable {
    public let first: String
    public let second: String
    public init(_ a: String, _ b: String) {
        (first, second) = a < b ? (a, b) : (b, a)
    }
}
