import Foundation
import RelGraphCore

/// Reads a graph from CSV: `nodes.csv` and `edges.csv` side by side (with an optional `sources.csv`),
/// or a single file of nodes or of edges.
///
/// Headers decide the meaning of columns: the benchmark's `id,kind,name` / `source,target,type`,
/// Neo4j's bulk-import `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` (a `:type` suffix on any
/// other column is dropped), and every `FlatRecord` field relgraph's own export writes. Files of the
/// three plain columns take a fast path that builds records straight from the field bytes.
public enum CSVGraphReader {
    /// Reads `nodes.csv` + `edges.csv` (+ `sources.csv`) of `folder`.
    public static func read(folder: String) throws(InputError) -> LoadedDataset {
        let nodes = folder + "/nodes.csv", edges = folder + "/edges.csv", sources = folder + "/sources.csv"
        var reader = CSVTableReader()
        var dataset = Dataset()
        if FileManager.default.fileExists(atPath: sources) { try reader.readSources(sources, into: &dataset) }
        try reader.readNodes(nodes, into: &dataset)
        try reader.readEdges(edges, into: &dataset, addingMissingNodes: false)
        return reader.result(dataset)
    }

    /// Reads one CSV file: a node table (it has an id column) or an edge table (source and target
    /// columns), whose ends then become entities of kind `unspecified` named by their id.
    /// A `nodes.csv` or `edges.csv` with its partner beside it reads the pair.
    public static func read(file: String) throws(InputError) -> LoadedDataset {
        let folder = (file as NSString).deletingLastPathComponent
        let name = (file as NSString).lastPathComponent
        let partner = ["nodes.csv": "edges.csv", "edges.csv": "nodes.csv"][name]
        if let partner, FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(partner)) {
            return try read(folder: folder.isEmpty ? "." : folder)
        }
        var reader = CSVTableReader()
        var dataset = Dataset()
        if try CSVTableReader.header(of: file).contains(where: { CSVColumns.role($0) == .source }) {
            try reader.readEdges(file, into: &dataset, addingMissingNodes: true)
        } else {
            try reader.readNodes(file, into: &dataset)
        }
        return reader.result(dataset)
    }

    /// A folder or single file, as `read(folder:)` or `read(file:)`.
    public static func read(path: String) throws(InputError) -> LoadedDataset {
        try isFolder(path) ? read(folder: path) : read(file: path)
    }

    /// The network of a folder (or `nodes.csv` / `edges.csv` with its partner) whose two tables have
    /// only the plain columns (`CSVColumnReader`); nil for any other CSV, which `read` takes.
    public static func network(path: String) throws(InputError) -> Network? {
        let folder = isFolder(path) ? path : (path as NSString).deletingLastPathComponent
        guard isFolder(path) || ["nodes.csv", "edges.csv"].contains((path as NSString).lastPathComponent),
              isGraphFolder(folder.isEmpty ? "." : folder) else { return nil }
        let nodes = (folder as NSString).appendingPathComponent("nodes.csv")
        let edges = (folder as NSString).appendingPathComponent("edges.csv")
        let sources = (folder as NSString).appendingPathComponent("sources.csv")
        guard !FileManager.default.fileExists(atPath: sources),
              try CSVColumnReader.isPlain(CSVTableReader.header(of: nodes)),
              try CSVColumnReader.isPlain(CSVTableReader.header(of: edges)) else { return nil }
        var reader = CSVColumnReader()
        return try reader.network(nodes: nodes, edges: edges)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether `folder` holds a CSV graph (`nodes.csv` and `edges.csv`).
    public static func isGraphFolder(_ folder: String) -> Bool {
        ["nodes.csv", "edges.csv"].allSatisfy {
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0))
        }
    }
}

/// What a CSV column holds, from its header.
enum CSVColumns {
    enum Role: Equatable { case id, kind, name, source, target, type, field(String) }

    /// `id`, `kind`, `name`, `source`, `target`, `type` (the benchmark's header), or Neo4j's
    /// `name:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, and `name:type` for a typed field.
    static func role(_ header: String) -> Role {
        let parts = header.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        if parts.count == 2 {
            let suffix = parts[1].lowercased()
            if suffix.hasPrefix("id") { return .id }
            if suffix.hasPrefix("start_id") { return .source }
            if suffix.hasPrefix("end_id") { return .target }
            if suffix == "label" { return .kind }
            if suffix == "type" && base.isEmpty { return .type }
        }
        switch base.lowercased() {
        case "id": return .id
        case "kind": return .kind
        case "name": return .name
        case "source": return .source
        case "target": return .target
        case "type": return .type
        default: return .field(base)
        }
    }
}
