import RelGraphCore
import RelGraphIO

/// The review file `extract -o` writes: the proposals in the dataset's YAML format (`entities`,
/// `relations`, and `extend` for citations of relations the dataset has), each with `review: pending`
/// and its `evidence` (rule, confidence, quote, offsets). The analyst sets `review` to `accept` or
/// `reject` (and may edit any field); `merge-proposals` applies the accepted ones.
public enum ReviewFile {
    static func q(_ text: String) -> String { YAMLDatasetWriter.quote(text) }

    public static func text(_ proposals: Proposals, article file: String) -> String {
        var out = """
            # Proposals of `relgraph extract` for source \(proposals.source), from \(file) (language \(proposals.language)).
            # Set each `review:` to accept or reject (pending ones are left for later), edit what needs it,
            # then apply them: relgraph merge-proposals THIS-FILE --data DATASET
            source: \(q(proposals.source))

            """
        let new = proposals.relations.filter { !$0.existing }, cited = proposals.relations.filter(\.existing)
        out += "entities:" + (proposals.entities.isEmpty ? " []\n" : "\n")
        for entity in proposals.entities {
            let e = entity.evidence
            out += "  - id: \(q(entity.id))\n    kind: \(entity.kind.rawValue)\n"
            out += "    names: [{text: \(q(entity.name)), lang: \(entity.lang), source: \(q(proposals.source))}]\n"
            if !entity.statements.isEmpty {
                out += "    statements:\n" + entity.statements.sorted { $0.key < $1.key }.map {
                    "      - {property: \($0.key), value: \(q($0.value)), source: \(q(proposals.source)), quote: \(q(e.quote)), locator: \(q(e.locator))}\n"
                }.joined()
            }
            out += "    sources: [\(citation(proposals.source, e))]\n"
            out += review(e)
        }
        out += "relations:" + (new.isEmpty ? " []\n" : "\n")
        for relation in new {
            out += "  - id: \(q(relation.id))\n    type: \(relation.type.rawValue)\n"
            out += "    from: \(q(relation.from))\n    to: \(q(relation.to))\n"
            if let date = relation.fromDate { out += "    from_date: \(date)\n" }
            if relation.status != .reported { out += "    status: \(relation.status.rawValue)\n" }
            if let speaker = relation.speaker { out += "    speaker: \(q(speaker))\n" }
            if !relation.qualifiers.isEmpty {
                out += "    qualifiers: {" + relation.qualifiers.sorted { $0.key < $1.key }.map { "\($0.key): \(q($0.value))" }
                    .joined(separator: ", ") + "}\n"
            }
            out += "    sources: [\(citation(proposals.source, relation.evidence))]\n"
            out += review(relation.evidence)
        }
        out += "extend:" + (cited.isEmpty ? " []\n" : "\n")
        for relation in cited {
            out += "  - relation: \(q(relation.id))\n"
            out += "    # \(relation.type.rawValue): \(relation.from) → \(relation.to)\n"
            out += "    sources: [\(citation(proposals.source, relation.evidence))]\n"
            out += review(relation.evidence)
        }
        return out
    }

    static func citation(_ source: String, _ e: Evidence) -> String {
        "{source: \(q(source)), quote: \(q(e.quote)), locator: \(q(e.locator))}"
    }

    static func review(_ e: Evidence) -> String {
        "    review: pending\n"
            + "    evidence: {rule: \(e.rule), confidence: \(e.confidence), start: \(e.start), end: \(e.end)}\n"
    }
}
