import RelGraphCore

/// Neo4j's bulk-import CSV (`neo4j-admin database import --nodes=nodes.csv --relationships=edges.csv`):
/// `nodes.csv` with `id:ID` and `:LABEL` (the entity kind), `edges.csv` with `:START_ID`, `:END_ID`,
/// `:TYPE` (the relation type), then every `FlatRecord` field as a string column; plus `sources.csv`
/// with the dataset's sources, which the importer may skip. RFC 4180 quoting: fields holding a comma,
/// quote, or line break are quoted and quotes doubled (Neo4j reads them with `--multiline-fields`).
public enum CSVExporter {
    public static let nodesFile = "nodes.csv"
    public static let edgesFile = "edges.csv"
    public static let sourcesFile = "sources.csv"

    /// The three files by name.
    /// - Complexity: O(V + E) in the size of the records.
    public static func export(_ dataset: Dataset) -> [(name: String, bytes: [UInt8])] {
        let nodeColumns = (FlatRecord.entityKeys + FlatRecord.nameKeys(dataset.entities))
            .map(\.name).filter { $0 != "kind" }
        var nodes = [["id:ID", ":LABEL"] + nodeColumns]
        for entity in dataset.entities {
            let fields = Dictionary(FlatRecord.fields(of: entity), uniquingKeysWith: { first, _ in first })
            nodes.append([entity.id, entity.kind.rawValue] + nodeColumns.map { fields[$0] ?? "" })
        }
        let edgeColumns = FlatRecord.relationKeys.filter { $0.name != "type" }.map(column)
        var edges = [[":START_ID", ":END_ID", ":TYPE"] + edgeColumns]
        for relation in dataset.relations {
            let fields = Dictionary(FlatRecord.fields(of: relation), uniquingKeysWith: { first, _ in first })
            edges.append([relation.from, relation.to, relation.type.rawValue]
                + FlatRecord.relationKeys.filter { $0.name != "type" }.map { fields[$0.name] ?? "" })
        }
        var sources = [["id", "kind", "title", "publisher", "date", "language", "url", "attributes"]]
        for source in dataset.sources {
            sources.append([source.id, source.kind.rawValue, source.title ?? "", source.publisher ?? "",
                            source.date?.description ?? "", source.language ?? "", source.url ?? "",
                            source.attributes.isEmpty ? "" : FlatRecord.json(source.attributes)])
        }
        return [(nodesFile, table(nodes)), (edgesFile, table(edges)), (sourcesFile, table(sources))]
    }

    /// Neo4j's header syntax `name:type` for typed columns.
    private static func column(_ key: FlatRecord.Key) -> String {
        key.type == .boolean ? "\(key.name):boolean" : key.name
    }

    static func table(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendField(cell, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    private static func appendField(_ cell: String, to out: inout [UInt8]) {
        let needsQuotes = cell.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { out += cell.utf8; return }
        out.append(UInt8(ascii: "\""))
        for byte in cell.utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }
}
