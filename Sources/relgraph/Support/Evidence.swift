import ArgumentParser
import RelGraphCore

/// How text output cites a relation: `(2024-10-22; proposed; speaker: phan-van-giang; src ¶3, "quote")`.
/// Beyond `Network.evidence` (which the diagrams' tooltips use), it names the qualifiers that change what
/// a relation means, so that a reader of the text sees them without the JSON.
enum Evidence {
    /// Qualifiers that change a relation's meaning, in the order they are printed.
    static let meaningfulQualifiers = ["as_of", "proposed_by", "invited_by", "on_behalf_of"]

    static func text(of relation: Relation, ids: Bool = false) -> String {
        var parts: [String] = []
        if let date = relation.dateText { parts.append(date) }
        if relation.status != .reported { parts.append(relation.status.rawValue) }
        for key in meaningfulQualifiers {
            guard let value = relation.qualifiers[key] else { continue }
            parts.append(key == "as_of" ? "as of \(value)" : "\(key): \(value)")
        }
        if let speaker = relation.speaker { parts.append("speaker: \(speaker)") }
        parts += relation.citations.map(cited)
        let evidence = parts.isEmpty ? "" : "(\(parts.joined(separator: "; ")))"
        guard ids else { return evidence }
        return evidence.isEmpty ? "[\(relation.id)]" : "\(evidence) [\(relation.id)]"
    }

    /// `a-2024 ¶1 as of 2024-10-21, "quote"`
    static func cited(_ citation: Citation) -> String {
        let locator = citation.locator.map { " \($0)" } ?? ""
        let asOf = citation.asOf.map { " as of \($0)" } ?? ""
        return "\(citation.source)\(locator)\(asOf), \"\(citation.quote)\""
    }
}

/// `--ids`: relation ids in text output, to cite or extend a relation without searching the files for it.
struct RelationIDOption: ParsableArguments {
    @Flag(name: .long, help: "Print each relation's id after it (text output).")
    var ids = false
}
