import RelGraphCore
import Yams

/// Turns the YAML mappings of the dataset format (docs/data-format.md) into records.
enum YAMLRecords {
    static func source(_ fields: inout YAMLFields) -> Source? {
        let what = "source"
        fields.rejectUnknown(["id", "kind", "title", "publisher", "date", "language", "url", "attributes"], in: what)
        guard let id = fields.required("id", in: what) else { return nil }
        return Source(id: id, kind: fields.choice("kind", in: what, default: Source.Kind.article),
                      title: fields.text("title", in: what), publisher: fields.text("publisher", in: what),
                      date: fields.date("date", in: what), language: fields.text("language", in: what),
                      url: fields.text("url", in: what), attributes: fields.scalarMap("attributes", in: what))
    }

    static func entity(_ fields: inout YAMLFields, record: inout DatasetLocations.Record,
                       problems: inout [Diagnostic]) -> Entity? {
        let what = "entity"
        fields.rejectUnknown(["id", "kind", "names", "classification", "country", "description", "attributes",
                              "sources", "statements"], in: what)
        let id = fields.required("id", in: what)
        let kind = fields.required("kind", in: what)
        let names = self.names(fields.items("names", in: what), file: fields.file, problems: &problems)
        let citations = self.citations(fields.items("sources", in: what), file: fields.file, record: &record,
                                       problems: &problems)
        let statements = self.statements(fields.items("statements", in: what), file: fields.file, record: &record,
                                         problems: &problems)
        guard let id, let kind else { return nil }
        return Entity(id: id, kind: EntityKind(kind), names: names,
                      classification: fields.text("classification", in: what),
                      country: fields.text("country", in: what), description: fields.text("description", in: what),
                      attributes: fields.scalarMap("attributes", in: what), citations: citations,
                      statements: statements)
    }

    static func relation(_ fields: inout YAMLFields, record: inout DatasetLocations.Record,
                         problems: inout [Diagnostic]) -> Relation? {
        let what = "relation"
        fields.rejectUnknown(["id", "type", "from", "to", "from_date", "until_date", "status", "qualifiers",
                              "sources", "note", "speaker"], in: what)
        let id = fields.text("id", in: what)
        let type = fields.required("type", in: what)
        let from = fields.required("from", in: what)
        let to = fields.required("to", in: what)
        let fromDate = fields.date("from_date", in: what)
        let untilDate = fields.date("until_date", in: what)
        let status = fields.choice("status", in: what, default: RelationStatus.reported)
        let qualifiers = fields.scalarMap("qualifiers", in: what)
        let note = fields.text("note", in: what)
        let speaker = fields.text("speaker", in: what)
        let citations = self.citations(fields.items("sources", in: what), file: fields.file, record: &record,
                                       problems: &problems)
        guard let type, let from, let to else { return nil }
        let relationType = RelationType(type)
        // An empty id is filled in by `YAMLDatasetReader.deriveMissingIDs` once all relations are read.
        return Relation(id: id ?? "", type: relationType,
                        from: from, to: to, fromDate: fromDate, untilDate: untilDate, status: status,
                        qualifiers: qualifiers, citations: citations, note: note, speaker: speaker)
    }

    static func names(_ nodes: [Node], file: String, problems: inout [Diagnostic]) -> [Name] {
        nodes.compactMap { name($0, file: file, problems: &problems) }
    }

    /// A name: a plain string, or a mapping `{text, lang, kind, from, until, source}`.
    private static func name(_ node: Node, file: String, problems: inout [Diagnostic]) -> Name? {
        if case let .scalar(scalar) = node {
            // Only a plain `null`/`~` is null: a quoted "null" is a name like any other.
            guard scalar.style != .plain || !YAMLFields.isNull(scalar.string) else {
                problems.append(.error("empty name", at: YAMLFields.location(of: node, in: file)))
                return nil
            }
            return Name(text: scalar.string.precomposedStringWithCanonicalMapping)
        }
        guard var fields = YAMLFields.mapping(node, file: file, what: "name", problems: &problems) else { return nil }
        defer { problems += fields.problems }
        fields.rejectUnknown(["text", "lang", "kind", "from", "until", "source"], in: "name")
        guard let text = fields.required("text", in: "name") else { return nil }
        return Name(text: text, lang: fields.text("lang", in: "name"),
                    kind: fields.choice("kind", in: "name", default: Name.Kind.official),
                    from: fields.date("from", in: "name"), until: fields.date("until", in: "name"),
                    source: fields.text("source", in: "name"))
    }

    /// Citations `{source, quote, locator, as_of}`, recording each one's field positions in `record`.
    static func citations(_ nodes: [Node], file: String, record: inout DatasetLocations.Record,
                          problems: inout [Diagnostic]) -> [Citation] {
        var citations: [Citation] = []
        for node in nodes {
            guard var fields = YAMLFields.mapping(node, file: file, what: "citation", problems: &problems) else {
                continue
            }
            defer { problems += fields.problems }
            fields.rejectUnknown(["source", "quote", "locator", "as_of"], in: "citation")
            guard let citation = citation(&fields, what: "citation") else { continue }
            record.citations.append(fields.placesWithStart)
            citations.append(citation)
        }
        return citations
    }

    /// Statements `{property, value, source, quote, locator, as_of}`, recording their positions in `record`.
    static func statements(_ nodes: [Node], file: String, record: inout DatasetLocations.Record,
                           problems: inout [Diagnostic]) -> [Statement] {
        var statements: [Statement] = []
        for node in nodes {
            guard var fields = YAMLFields.mapping(node, file: file, what: "statement", problems: &problems) else {
                continue
            }
            defer { problems += fields.problems }
            fields.rejectUnknown(["property", "value", "source", "quote", "locator", "as_of"], in: "statement")
            let property = fields.required("property", in: "statement")
            let value = fields.required("value", in: "statement")
            guard let citation = citation(&fields, what: "statement"), let property, let value else { continue }
            record.statements.append(fields.placesWithStart)
            statements.append(Statement(property: property, value: value, citation: citation))
        }
        return statements
    }

    /// The citation fields of a citation or statement mapping; nil when it names no source.
    private static func citation(_ fields: inout YAMLFields, what: String) -> Citation? {
        guard let source = fields.required("source", in: what) else { return nil }
        if fields.value("quote") == nil {
            fields.problems.append(.error("\(what) has no 'quote'", at: fields.start))
        }
        return Citation(source: source, quote: fields.text("quote", in: what) ?? "",
                        locator: fields.text("locator", in: what), asOf: fields.date("as_of", in: what))
    }
}
