import RelGraphCore

/// The hand merges of a dataset undone, to measure duplicate detection against them.
///
/// An analyst who merged a source's rendering into an entity wrote it as a name with `source: S`
/// (`Chăn-sạ-mỏn Chăn-nha-lạt`, source u19). `explode` gives each (entity, source) group of such
/// names back its own entity `ID@S`, as if S had been imported without the merge: the names, the
/// entity citations and statements of S, and S's citations of the entity's relations (a relation S
/// alone states moves; one that other sources state too is copied with S's citations only).
public enum AliasGroundTruth {
    public struct Exploded: Sendable {
        public var dataset: Dataset
        /// Each new entity's id and the id of the entity it was split from.
        public var variants: [(variant: String, original: String)]
    }

    /// The dataset with every sourced alias group split off (an entity all of whose names one source
    /// gives keeps them).
    /// - Complexity: O(V·n + E·c) for n names per entity and c citations per relation.
    public static func explode(_ dataset: Dataset) -> Exploded {
        var result = dataset
        result.entities = []
        var variants: [(String, String)] = []
        var moved: [String: Set<String>] = [:]  // original id -> sources split off
        for entity in dataset.entities {
            let sourced = Dictionary(grouping: entity.names.filter { $0.source != nil }, by: { $0.source! })
            var kept = entity
            var split: [Entity] = []
            for source in sourced.keys.sorted() {
                let names = sourced[source]!
                let remaining = kept.names.filter { !names.contains($0) }
                guard !remaining.isEmpty else { continue }
                kept.names = remaining
                let variant = Entity(id: "\(entity.id)@\(source)", kind: entity.kind, names: names,
                                     classification: entity.classification, country: entity.country,
                                     citations: entity.citations.filter { $0.source == source },
                                     statements: entity.statements.filter { $0.citation.source == source })
                kept.citations.removeAll { $0.source == source }
                kept.statements.removeAll { $0.citation.source == source }
                split.append(variant)
                variants.append((variant.id, entity.id))
                moved[entity.id, default: []].insert(source)
            }
            result.entities.append(kept)
            result.entities += split
        }
        result.relations = []
        for relation in dataset.relations {
            let sources = Set(relation.citations.map(\.source))
            let splitting = sources.filter { source in
                [relation.from, relation.to].contains { moved[$0]?.contains(source) == true }
            }
            var rest = relation
            rest.citations.removeAll { splitting.contains($0.source) }
            if !rest.citations.isEmpty { result.relations.append(rest) }
            for source in splitting.sorted() {
                var copy = relation
                copy.id = "\(relation.id)@\(source)"
                copy.citations = relation.citations.filter { $0.source == source }
                if moved[relation.from]?.contains(source) == true { copy.from = "\(relation.from)@\(source)" }
                if moved[relation.to]?.contains(source) == true { copy.to = "\(relation.to)@\(source)" }
                result.relations.append(copy)
            }
        }
        return Exploded(dataset: result, variants: variants)
    }

    /// The entity a (possibly exploded) id stands for.
    public static func original(_ id: String) -> String {
        id.firstIndex(of: "@").map { String(id[..<$0]) } ?? id
    }

    /// Precision and recall of the best `k` candidates: a candidate is right when both ends stand for
    /// one original entity; a variant is found when a right candidate among the best k pairs it.
    public static func measure(_ report: DuplicateReport, in network: Network, variants: [String], k: Int)
        -> (precision: Double, recall: Double, right: Int, found: Int) {
        let top = report.candidates.prefix(k)
        var right = 0
        var found = Set<String>()
        for candidate in top {
            let (a, b) = (network.graph.nodeIDs[Int(candidate.a)], network.graph.nodeIDs[Int(candidate.b)])
            guard original(a) == original(b) else { continue }
            right += 1
            found.formUnion([a, b].filter { $0.contains("@") })
        }
        let wanted = Set(variants)
        let hits = found.intersection(wanted).count
        return (top.isEmpty ? 1 : Double(right) / Double(top.count),
                wanted.isEmpty ? 1 : Double(hits) / Double(wanted.count), right, hits)
    }
}
