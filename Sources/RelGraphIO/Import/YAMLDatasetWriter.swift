import Foundation
import RelGraphCore

/// Writes a dataset in relgraph's YAML format (docs/data-format.md) as `sources.yaml` (with the
/// `dataset:` header), `entities.yaml` and `relations.yaml`, which `YAMLDatasetReader` reads back to
/// the same records. Every text value is double-quoted, so no name can turn into a number, a null or
/// YAML syntax.
public enum YAMLDatasetWriter {
    /// The three files by name.
    /// - Complexity: O(size of the records).
    public static func files(_ dataset: Dataset, origin: String) -> [(name: String, bytes: [UInt8])] {
        let header = "# Imported by relgraph from \(origin.split(whereSeparator: \.isNewline).joined(separator: " ")).\n"
        var sources = header
        if dataset.title != nil || dataset.description != nil {
            sources += "dataset:\n"
            if let title = dataset.title { sources += "  title: \(quote(title))\n" }
            if let description = dataset.description { sources += "  description: \(quote(description))\n" }
        }
        sources += "sources:" + (dataset.sources.isEmpty ? " []\n" : "\n")
        for source in dataset.sources {
            sources += "  - id: \(quote(source.id))\n    kind: \(source.kind.rawValue)\n"
            for (key, value) in [("title", source.title), ("publisher", source.publisher),
                                 ("date", source.date?.description), ("language", source.language), ("url", source.url)] {
                if let value { sources += "    \(key): \(quote(value))\n" }
            }
            if !source.attributes.isEmpty { sources += "    attributes: \(map(source.attributes))\n" }
        }
        var entities = header + "entities:" + (dataset.entities.isEmpty ? " []\n" : "\n")
        for entity in dataset.entities { entities += record(entity) }
        var relations = header + "relations:" + (dataset.relations.isEmpty ? " []\n" : "\n")
        for relation in dataset.relations { relations += record(relation) }
        return [("sources.yaml", Array(sources.utf8)), ("entities.yaml", Array(entities.utf8)),
                ("relations.yaml", Array(relations.utf8))]
    }

    private static func record(_ entity: Entity) -> String {
        var out = "  - id: \(quote(entity.id))\n    kind: \(quote(entity.kind.rawValue))\n"
        if let classification = entity.classification { out += "    classification: \(quote(classification))\n" }
        if let country = entity.country { out += "    country: \(quote(country))\n" }
        out += "    names:\n"
        for name in entity.names {
            var fields = ["text: \(quote(name.text))"]
            if let lang = name.lang { fields.append("lang: \(quote(lang))") }
            fields.append("kind: \(name.kind.rawValue)")
            if let from = name.from { fields.append("from: \(from)") }
            if let until = name.until { fields.append("until: \(until)") }
            if let source = name.source { fields.append("source: \(quote(source))") }
            out += "      - {\(fields.joined(separator: ", "))}\n"
        }
        if let description = entity.description { out += "    description: \(quote(description))\n" }
        if !entity.attributes.isEmpty { out += "    attributes: \(map(entity.attributes))\n" }
        out += citations(entity.citations)
        if !entity.statements.isEmpty {
            out += "    statements:\n" + entity.statements.map { statement in
                "      - {property: \(quote(statement.property)), value: \(quote(statement.value)), "
                    + citationFields(statement.citation) + "}\n"
            }.joined()
        }
        return out
    }

    private static func record(_ relation: Relation) -> String {
        var out = "  - id: \(quote(relation.id))\n    type: \(quote(relation.type.rawValue))\n"
        out += "    from: \(quote(relation.from))\n    to: \(quote(relation.to))\n"
        if let from = relation.fromDate { out += "    from_date: \(from)\n" }
        if let until = relation.untilDate { out += "    until_date: \(until)\n" }
        out += "    status: \(relation.status.rawValue)\n"
        if !relation.qualifiers.isEmpty { out += "    qualifiers: \(map(relation.qualifiers))\n" }
        if let note = relation.note { out += "    note: \(quote(note))\n" }
        if let speaker = relation.speaker { out += "    speaker: \(quote(speaker))\n" }
        out += citations(relation.citations)
        return out
    }

    private static func citations(_ citations: [Citation]) -> String {
        guard !citations.isEmpty else { return "" }
        return "    sources:\n" + citations.map { "      - {\(citationFields($0))}\n" }.joined()
    }

    private static func citationFields(_ citation: Citation) -> String {
        var fields = ["source: \(quote(citation.source))", "quote: \(quote(citation.quote))"]
        if let locator = citation.locator { fields.append("locator: \(quote(locator))") }
        if let asOf = citation.asOf { fields.append("as_of: \(asOf)") }
        return fields.joined(separator: ", ")
    }

    /// A flow mapping with sorted keys.
    private static func map(_ values: [String: String]) -> String {
        "{" + values.sorted { $0.key < $1.key }.map { "\(quote($0.key)): \(quote($0.value))" }
            .joined(separator: ", ") + "}"
    }

    /// A YAML double-quoted scalar: `\` and `"` escaped, and every character YAML would fold or
    /// reject (line breaks, tabs, controls, U+0085, U+2028, U+2029, the BOM) as an escape.
    public static func quote(_ text: String) -> String {
        BackslashEscapes.quoted(text, quote: "\"") { scalar in
            (0x7F...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0xFEFF].contains(scalar.value)
        }
    }
}
