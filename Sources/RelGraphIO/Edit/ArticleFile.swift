import Foundation
import RelGraphCore

/// One article's file, `articles/<source-id>.yaml`, edited as text so that its comments and layout stay
/// as the analyst wrote them: a new item goes at the end of its section (`sources`, `entities`,
/// `relations`, `extend`), with the indentation the section's items already have, or in a new section at
/// the end of the file.
public struct ArticleFile: Sendable {
    public var text: String

    public init(text: String = "") { self.text = text }

    /// The file's path relative to the dataset folder.
    public static func path(for sourceID: String) -> String { "articles/\(sourceID).yaml" }

    /// Appends `item` — YAML lines of one list item starting `- `, indented as if the item were at column
    /// 0 — to `section`.
    public mutating func append(_ item: String, to section: String) {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let itemLines = item.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.isEmpty }
        guard let header = lines.firstIndex(where: { $0.hasPrefix("\(section):") }) else {
            if !lines.isEmpty && !(lines.last ?? "").isEmpty { lines.append("") }
            lines.append("\(section):")
            lines += itemLines.map { "  " + $0 }
            text = lines.joined(separator: "\n") + "\n"
            return
        }
        // `section: []` (or any flow value) becomes a block list.
        let rest = lines[header].dropFirst(section.count + 1).trimmingCharacters(in: .whitespaces)
        if rest == "[]" { lines[header] = "\(section):" }
        var end = header + 1
        var indent: String?
        while end < lines.count {
            let line = lines[end]
            let isTopLevel = !line.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("\t") && !line.hasPrefix("#")
                && !line.hasPrefix("-")
            if isTopLevel { break }
            if indent == nil, let dash = line.firstIndex(of: "-"), line[..<dash].allSatisfy({ $0 == " " }),
               line[line.index(after: dash)...].hasPrefix(" ") {
                indent = String(line[..<dash])
            }
            end += 1
        }
        // New lines go after the section's last non-blank line, before the blank lines that end it.
        var insertAt = end
        while insertAt > header + 1 && lines[insertAt - 1].trimmingCharacters(in: .whitespaces).isEmpty { insertAt -= 1 }
        lines.insert(contentsOf: itemLines.map { (indent ?? "  ") + $0 }, at: insertAt)
        text = lines.joined(separator: "\n") + "\n"
    }
}

/// YAML for the items the edit commands write: every text double-quoted, as `import` writes them.
public enum EditSnippets {
    static func q(_ text: String) -> String { YAMLDatasetWriter.quote(text) }

    public static func citation(_ citation: Citation) -> String {
        var fields = ["source: \(q(citation.source))", "quote: \(q(citation.quote))"]
        if let locator = citation.locator { fields.append("locator: \(q(locator))") }
        if let asOf = citation.asOf { fields.append("as_of: \(asOf)") }
        return "{\(fields.joined(separator: ", "))}"
    }

    /// `- entity: ID` / `- relation: ID` with one more citation.
    public static func cite(entity: String? = nil, relation: String? = nil, _ citation: Citation) -> String {
        let target = entity.map { "entity: \(q($0))" } ?? "relation: \(q(relation ?? ""))"
        return "- \(target)\n  sources:\n    - \(self.citation(citation))\n"
    }

    /// `- entity: ID` with one more name.
    public static func alias(entity: String, _ name: Name) -> String {
        var fields = ["text: \(q(name.text))"]
        if let lang = name.lang { fields.append("lang: \(q(lang))") }
        fields.append("kind: \(name.kind.rawValue)")
        if let source = name.source { fields.append("source: \(q(source))") }
        return "- entity: \(q(entity))\n  names:\n    - {\(fields.joined(separator: ", "))}\n"
    }

    public static func relation(_ relation: Relation) -> String {
        var out = "- id: \(q(relation.id))\n  type: \(relation.type.rawValue)\n"
        out += "  from: \(q(relation.from))\n  to: \(q(relation.to))\n"
        if let from = relation.fromDate { out += "  from_date: \(from)\n" }
        if let until = relation.untilDate { out += "  until_date: \(until)\n" }
        if relation.status != .reported { out += "  status: \(relation.status.rawValue)\n" }
        if let speaker = relation.speaker { out += "  speaker: \(q(speaker))\n" }
        if !relation.qualifiers.isEmpty {
            out += "  qualifiers: {" + relation.qualifiers.sorted { $0.key < $1.key }
                .map { "\($0.key): \(q($0.value))" }.joined(separator: ", ") + "}\n"
        }
        out += "  sources:\n" + relation.citations.map { "    - \(citation($0))\n" }.joined()
        return out
    }

    public static func source(_ source: Source) -> String {
        var out = "- id: \(q(source.id))\n  kind: \(source.kind.rawValue)\n"
        for (key, value) in [("title", source.title), ("publisher", source.publisher), ("date", source.date?.description),
                             ("language", source.language), ("url", source.url)] {
            if let value { out += "  \(key): \(key == "date" ? value : q(value))\n" }
        }
        if !source.attributes.isEmpty {
            out += "  attributes:\n" + source.attributes.sorted { $0.key < $1.key }
                .map { "    \($0.key): \(q($0.value))\n" }.joined()
        }
        return out
    }
}
