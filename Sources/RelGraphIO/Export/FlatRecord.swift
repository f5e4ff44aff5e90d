import Foundation
import RelGraphCore

/// The one vocabulary in which every attribute-based format (DOT, GraphML, GEXF, CSV, Cypher) stores
/// our records: scalar fields as they are, nested ones (names, attributes, qualifiers, citations, statements)
/// as compact JSON text, so that a format made of string attributes still carries everything.
///
/// `FlatRecordDecoder` reads the same fields back.
public enum FlatRecord {
    /// A field's value type, for formats that declare typed keys (GraphML, GEXF).
    public enum ValueType: String, Sendable { case string, boolean }

    public struct Key: Hashable, Sendable {
        public let name: String
        public let type: ValueType
        /// A convenience copy (display label, per-language name, symmetry) that readers may ignore.
        public let isDerived: Bool
    }

    public typealias Field = (key: String, value: String)

    public static let entityKeys: [Key] = [
        .init(name: "label", type: .string, isDerived: true),
        .init(name: "kind", type: .string, isDerived: false),
        .init(name: "classification", type: .string, isDerived: false),
        .init(name: "country", type: .string, isDerived: false),
        .init(name: "description", type: .string, isDerived: false),
        .init(name: "names", type: .string, isDerived: false),
        .init(name: "attributes", type: .string, isDerived: false),
        .init(name: "sources", type: .string, isDerived: false),
        .init(name: "statements", type: .string, isDerived: false),
    ]

    public static let relationKeys: [Key] = [
        .init(name: "id", type: .string, isDerived: false),
        .init(name: "type", type: .string, isDerived: false),
        .init(name: "from_date", type: .string, isDerived: false),
        .init(name: "until_date", type: .string, isDerived: false),
        .init(name: "status", type: .string, isDerived: false),
        .init(name: "qualifiers", type: .string, isDerived: false),
        .init(name: "sources", type: .string, isDerived: false),
        .init(name: "note", type: .string, isDerived: false),
        .init(name: "speaker", type: .string, isDerived: false),
        .init(name: "symmetric", type: .boolean, isDerived: true),
    ]

    /// `name_vi`, `name_en` …: the first name in each language, so that tools showing one column
    /// per attribute show the bilingual names readably.
    public static func nameKeys(_ entities: [Entity]) -> [Key] {
        var langs: [String] = []
        for entity in entities {
            for name in entity.names { if let lang = name.lang, !langs.contains(lang) { langs.append(lang) } }
        }
        return langs.sorted().map { Key(name: "name_\($0)", type: .string, isDerived: true) }
    }

    /// The entity's non-empty fields, in `entityKeys` order then its `name_*` fields.
    public static func fields(of entity: Entity) -> [Field] {
        var fields: [Field] = [("label", entity.displayName), ("kind", entity.kind.rawValue)]
        if let classification = entity.classification { fields.append(("classification", classification)) }
        if let country = entity.country { fields.append(("country", country)) }
        if let description = entity.description { fields.append(("description", description)) }
        fields.append(("names", json(entity.names)))
        if !entity.attributes.isEmpty { fields.append(("attributes", json(entity.attributes))) }
        if !entity.citations.isEmpty { fields.append(("sources", json(entity.citations))) }
        if !entity.statements.isEmpty { fields.append(("statements", json(entity.statements))) }
        var seen: Set<String> = []
        for name in entity.names {
            guard let lang = name.lang, seen.insert(lang).inserted else { continue }
            fields.append(("name_\(lang)", name.text))
        }
        return fields
    }

    /// The relation's non-empty fields (ends excluded: every format has its own place for them).
    public static func fields(of relation: Relation) -> [Field] {
        var fields: [Field] = [("id", relation.id), ("type", relation.type.rawValue)]
        if let from = relation.fromDate { fields.append(("from_date", from.description)) }
        if let until = relation.untilDate { fields.append(("until_date", until.description)) }
        fields.append(("status", relation.status.rawValue))
        if !relation.qualifiers.isEmpty { fields.append(("qualifiers", json(relation.qualifiers))) }
        if !relation.citations.isEmpty { fields.append(("sources", json(relation.citations))) }
        if let note = relation.note { fields.append(("note", note)) }
        if let speaker = relation.speaker { fields.append(("speaker", speaker)) }
        fields.append(("symmetric", relation.type.isSymmetric ? "true" : "false"))
        return fields
    }

    /// The dataset's own fields: title, description and its sources (as JSON).
    public static func fields(of dataset: Dataset) -> [Field] {
        var fields: [Field] = []
        if let title = dataset.title { fields.append(("title", title)) }
        if let description = dataset.description { fields.append(("description", description)) }
        if !dataset.sources.isEmpty { fields.append(("sources", json(dataset.sources))) }
        return fields
    }

    /// Compact JSON with sorted keys and unescaped slashes: stable bytes for stable exports.
    public static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value types cannot fail.
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}
