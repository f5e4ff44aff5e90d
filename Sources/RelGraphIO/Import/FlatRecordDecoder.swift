import Foundation
import RelGraphCore

/// Reads `FlatRecord` fields back into records. Fields the vocabulary does not know are kept: on a
/// node as an entity attribute, on an edge as a relation qualifier, so a foreign graph's data
/// survives an import. A node without `names` is named by its `label`, its `name_<lang>` fields, or
/// else its id; one without `kind` is of kind `unspecified`, and an edge without `type` of type
/// `unspecified` (what `relgraph validate` then lists as missing).
struct FlatRecordDecoder {
    static let unspecified = "unspecified"

    let file: String
    var problems: [Diagnostic] = []

    init(file: String) { self.file = file }

    private static let entityFields = Set(FlatRecord.entityKeys.map(\.name))
    private static let relationFields = Set(FlatRecord.relationKeys.map(\.name))

    mutating func dataset(_ fields: [String: String]) -> Dataset {
        let sources = fields["sources"].flatMap { decode([Source].self, $0, field: "sources", of: "the graph", at: nil) }
        return Dataset(title: fields["title"], description: fields["description"], sources: sources ?? [])
    }

    mutating func entity(id: String, _ fields: [String: String], at location: SourceLocation?) -> Entity {
        let what = "node '\(id)'"
        var names = fields["names"].flatMap { decode([Name].self, $0, field: "names", of: what, at: location) } ?? []
        if names.isEmpty {
            if let label = fields["label"], !label.isEmpty { names.append(Name(text: label)) }
            for (key, text) in fields.sorted(by: { $0.key < $1.key }) where key.hasPrefix("name_") && !text.isEmpty {
                let lang = String(key.dropFirst(5))
                if let i = names.firstIndex(where: { $0.text == text && $0.lang == nil }) {
                    names[i].lang = lang
                } else {
                    names.append(Name(text: text, lang: lang))
                }
            }
            if names.isEmpty { names.append(Name(text: id)) }
        }
        var attributes = fields["attributes"].flatMap {
            decode([String: String].self, $0, field: "attributes", of: what, at: location)
        } ?? [:]
        for (key, value) in fields where !Self.entityFields.contains(key) && !key.hasPrefix("name_") {
            attributes[key] = value
        }
        return Entity(id: id, kind: EntityKind(fields["kind"] ?? Self.unspecified), names: names,
                      classification: fields["classification"], country: fields["country"],
                      description: fields["description"], attributes: attributes,
                      citations: fields["sources"].flatMap {
                          decode([Citation].self, $0, field: "sources", of: what, at: location)
                      } ?? [],
                      statements: fields["statements"].flatMap {
                          decode([Statement].self, $0, field: "statements", of: what, at: location)
                      } ?? [])
    }

    mutating func relation(from: String, to: String, key: String?, _ fields: [String: String],
                           at location: SourceLocation?) -> Relation {
        let what = "edge \(from) -> \(to)"
        var qualifiers = fields["qualifiers"].flatMap {
            decode([String: String].self, $0, field: "qualifiers", of: what, at: location)
        } ?? [:]
        for (name, value) in fields where !Self.relationFields.contains(name) {
            // An edge label names the type in our own exports; elsewhere it is data.
            if name == "label" && fields["type"] != nil { continue }
            qualifiers[name] = value
        }
        var status = RelationStatus.reported
        if let text = fields["status"] {
            if let known = RelationStatus(rawValue: text) {
                status = known
            } else {
                problems.append(.error("\(what): unknown status '\(text)' (allowed: reported, proposed, planned)",
                                       at: location ?? fileStart))
            }
        }
        return Relation(id: fields["id"] ?? key ?? "", type: RelationType(fields["type"] ?? Self.unspecified),
                        from: from, to: to, fromDate: date(fields["from_date"], "from_date", of: what, at: location),
                        untilDate: date(fields["until_date"], "until_date", of: what, at: location),
                        status: status, qualifiers: qualifiers,
                        citations: fields["sources"].flatMap {
                            decode([Citation].self, $0, field: "sources", of: what, at: location)
                        } ?? [],
                        note: fields["note"], speaker: fields["speaker"].flatMap { $0.isEmpty ? nil : $0 })
    }

    private var fileStart: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    private mutating func date(_ text: String?, _ field: String, of what: String,
                               at location: SourceLocation?) -> PartialDate? {
        guard let text, !text.isEmpty else { return nil }
        guard let date = PartialDate(text) else {
            problems.append(.error("\(what): '\(field)' is not a valid date: '\(text)' (use YYYY, YYYY-MM or YYYY-MM-DD)",
                                   at: location ?? fileStart))
            return nil
        }
        return date
    }

    /// A nested field: JSON text in the shape our exporters write.
    private mutating func decode<T: Decodable>(_ type: T.Type, _ text: String, field: String, of what: String,
                                               at location: SourceLocation?) -> T? {
        guard !text.isEmpty else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            problems.append(.error("\(what): cannot read '\(field)' (JSON as relgraph exports it): \(JSONProblem.describe(error))",
                                   at: location ?? fileStart))
            return nil
        }
    }
}

/// A JSON decoding error in one line: the path to the faulty value and what is wrong with it.
enum JSONProblem {
    static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let steps = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return steps.isEmpty ? "" : "at \(steps.hasPrefix(".") ? String(steps.dropFirst()) : steps): "
        }
        switch error as? DecodingError {
        case let .keyNotFound(key, context)?: return "\(path(context))missing '\(key.stringValue)'"
        case let .typeMismatch(_, context)?: return "\(path(context))\(context.debugDescription)"
        case let .valueNotFound(_, context)?: return "\(path(context))\(context.debugDescription)"
        case let .dataCorrupted(context)?:
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(path(context))\(underlying ?? context.debugDescription)"
        default: return "\(error)"
        }
    }
}
