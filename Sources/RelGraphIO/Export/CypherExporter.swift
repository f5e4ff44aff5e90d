import RelGraphCore

/// A Cypher script that recreates the dataset in Neo4j (cypher-shell < graph.cypher).
///
/// Data never becomes code: every value is a string literal with Cypher's escapes, every label,
/// relationship type and property key a backtick-quoted identifier, and rows travel in `UNWIND` lists
/// of literal maps, so a name like `'}) DETACH DELETE n //` stays a name. Entities become
/// `(:Entity:<kind> {id, …})`, relations `-[:<type> {id, …}]->`, sources `(:Source {id, …})`; nested
/// fields are JSON text as in `FlatRecord`.
public enum CypherExporter {
    /// Rows per statement: small enough for the server's transaction memory, large enough to be fast.
    static let batch = 500

    /// - Complexity: O(V + E) in the size of the records.
    public static func export(_ dataset: Dataset) -> [UInt8] {
        var out = "// relgraph export\(dataset.title.map { ": " + $0.replacingNewlines() } ?? "")\n"
        out += "CREATE CONSTRAINT relgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
        out += "CREATE CONSTRAINT relgraph_source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;\n"
        let sourceRows = dataset.sources.map { source -> String in
            var fields: [FlatRecord.Field] = [("kind", source.kind.rawValue)]
            for (key, value) in [("title", source.title), ("publisher", source.publisher),
                                 ("date", source.date?.description), ("language", source.language),
                                 ("url", source.url)] {
                if let value { fields.append((key, value)) }
            }
            if !source.attributes.isEmpty { fields.append(("attributes", FlatRecord.json(source.attributes))) }
            return "{id: \(literal(source.id)), props: \(map(fields))}"
        }
        out += statements(sourceRows, "MERGE (s:Source {id: row.id}) SET s += row.props")
        for kind in Set(dataset.entities.map(\.kind)).sorted() {
            let rows = dataset.entities.filter { $0.kind == kind }.map { entity in
                "{id: \(literal(entity.id)), props: \(map(FlatRecord.fields(of: entity)))}"
            }
            out += statements(rows, "MERGE (n:Entity {id: row.id}) SET n += row.props, n:\(identifier(kind.rawValue))")
        }
        for type in Set(dataset.relations.map(\.type)).sorted() {
            let rows = dataset.relations.filter { $0.type == type }.map { relation in
                "{from: \(literal(relation.from)), to: \(literal(relation.to)), props: \(map(FlatRecord.fields(of: relation)))}"
            }
            out += statements(rows, "MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) "
                + "CREATE (a)-[r:\(identifier(type.rawValue))]->(b) SET r = row.props")
        }
        return Array(out.utf8)
    }

    private static func statements(_ rows: [String], _ body: String) -> String {
        stride(from: 0, to: rows.count, by: batch).map { start in
            "UNWIND [\n  " + rows[start..<min(start + batch, rows.count)].joined(separator: ",\n  ")
                + "\n] AS row\n\(body);\n"
        }.joined()
    }

    private static let booleanKeys = Set(FlatRecord.relationKeys.filter { $0.type == .boolean }.map(\.name))

    private static func map(_ fields: [FlatRecord.Field]) -> String {
        "{" + fields.map { field in
            let value = booleanKeys.contains(field.key) && ["true", "false"].contains(field.value)
                ? field.value : literal(field.value)
            return "\(identifier(field.key)): \(value)"
        }.joined(separator: ", ") + "}"
    }

    /// A backtick-quoted identifier; a backtick inside is doubled.
    static func identifier(_ name: String) -> String {
        "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// A single-quoted Cypher string literal.
    static func literal(_ text: String) -> String { BackslashEscapes.quoted(text, quote: "'") }
}

private extension String {
    func replacingNewlines() -> String { split(whereSeparator: \.isNewline).joined(separator: " ") }
}
