import Foundation
import RelGraphCore

/// `relgraph export --format spark`: the network as a folder Spark reads as it is, for the batch
/// analyses of `Spark/relgraph_spark.py` on graphs beyond one machine.
///
///     DIR/manifest.json           counts, columns, relation types, each part's rows, bytes and SHA-256
///     DIR/nodes/part-NNNNN.csv    id,key,kind,name,country
///     DIR/edges/part-NNNNN.csv    id,src,dst,type,symmetric,status,from_date,until_date,key
///
/// `id`, `src` and `dst` are dense int64 ids, 0..<count in the network's order (the GraphFrames
/// convention: `id` on vertices, `src`/`dst` on edges); `key` is relgraph's id (for edges the
/// relation id, empty for a bare edge list, whose relations have none). The rows are read from the
/// network's columns one at a time, so a snapshot of a million entities exports without its records
/// being made.
///
/// The parts are written into a staging folder inside DIR and moved into place only when all of
/// them are complete; the old manifest goes first and the new one comes last, so DIR holds a
/// manifest only when its parts match it. Other files in DIR (the job's `parquet/` and `results/`)
/// are left alone: they carry the digest of the manifest they came from.
public enum SparkExporter {
    /// Rows per part file: Spark's readers work well with parts of one to two million rows.
    public static let defaultRowsPerPart = 1_000_000

    /// Writes the export of `network` restricted to `selection` into `folder` (made when missing).
    /// `options` is recorded in the manifest as the selection.
    /// - Complexity: O(V + E) time; memory O(V) for the renumbering, plus a megabyte of buffer.
    @discardableResult
    public static func write(_ network: Network, selection: ExportSelection, options: [String: String] = [:],
                             to folder: String, rowsPerPart: Int = defaultRowsPerPart) throws -> SparkManifest {
        let root = URL(fileURLWithPath: folder)
        try prepare(root)
        let staging = root.appendingPathComponent(".relgraph-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        let graph = network.graph
        // Dense ids of the kept entities, in network order; -1 for the left-out ones.
        var dense = [Int64](repeating: -1, count: graph.nodeCount)
        var nodes = CSVPartWriter(folder: staging, table: "nodes", header: SparkManifest.nodeColumns.map(\.name),
                                  rowsPerPart: rowsPerPart)
        var nodeCount: Int64 = 0
        let kindKept = graph.kinds.map { selection.kinds?.contains($0) ?? true }
        for node in 0..<graph.nodeCount where kindKept[Int(graph.nodeKind[node])] {
            dense[node] = nodeCount
            let entity = network.entity(Graph.Node(node))
            nodes.field(Int(nodeCount))
            nodes.field(entity.id)
            nodes.field(entity.kind.rawValue)
            nodes.field(entity.names.first?.text ?? "")
            nodes.field(entity.country ?? "")
            try nodes.endRow()
            nodeCount += 1
        }
        var edges = CSVPartWriter(folder: staging, table: "edges", header: SparkManifest.edgeColumns.map(\.name),
                                  rowsPerPart: rowsPerPart)
        var edgeCount = 0
        let criteria = selection.relations
        let typeKept = graph.types.map(criteria.admits)
        for edge in 0..<graph.edgeCount where typeKept[Int(graph.edgeType[edge])] {
            let (src, dst) = (dense[Int(graph.edgeSource[edge])], dense[Int(graph.edgeTarget[edge])])
            guard src >= 0, dst >= 0 else { continue }
            // A bare edge list's relations are reported and undated: no record is made for them.
            let relation = network.hasRecords ? network.relation(Graph.Edge(edge)) : nil
            if let relation, !criteria.admitsStatusAndDate(of: relation) { continue }
            if relation == nil, criteria.statuses.contains(.reported) == false { continue }
            edges.field(edgeCount)
            edges.field(Int(src))
            edges.field(Int(dst))
            edges.field(graph.type(of: Graph.Edge(edge)).rawValue)
            edges.field(graph.isSymmetric(Graph.Edge(edge)) ? "true" : "false")
            edges.field((relation?.status ?? .reported).rawValue)
            edges.field(relation?.fromDate?.description ?? "")
            edges.field(relation?.untilDate?.description ?? "")
            edges.field(relation?.id ?? "")
            try edges.endRow()
            edgeCount += 1
        }
        let types = Set(graph.types.indices.filter { typeKept[$0] }.map { graph.types[$0] })
        let manifest = SparkManifest(
            title: network.hasRecords ? network.dataset.title : nil,
            nodes: .init(count: Int(nodeCount), columns: SparkManifest.nodeColumns, parts: try nodes.finish()),
            edges: .init(count: edgeCount, columns: SparkManifest.edgeColumns, parts: try edges.finish()),
            relationTypes: types.sorted { $0.rawValue < $1.rawValue }.map { .init(name: $0.rawValue, symmetric: $0.isSymmetric) },
            selection: options)
        try install(staging, into: root, manifest: manifest)
        return manifest
    }

    /// Makes the folder, or checks that an existing one is empty of our tables or is an export.
    private static func prepare(_ root: URL) throws(SparkExportError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .cannotWrite(path: root.path, reason: "it is a file; --format spark writes a folder")
            }
            let hasTables = ["nodes", "edges"].contains { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
            if hasTables && !manager.fileExists(atPath: root.appendingPathComponent("manifest.json").path) {
                throw .cannotWrite(path: root.path, reason: "it has nodes/ or edges/ but no manifest.json: not a relgraph Spark export, left alone")
            }
            return
        }
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: root.path, reason: error.localizedDescription)
        }
    }

    /// Old manifest out, new tables in, new manifest last.
    private static func install(_ staging: URL, into root: URL, manifest: SparkManifest) throws {
        let manager = FileManager.default
        let manifestPath = root.appendingPathComponent("manifest.json").path
        do {
            if manager.fileExists(atPath: manifestPath) { try manager.removeItem(atPath: manifestPath) }
            for table in ["nodes", "edges"] {
                let target = root.appendingPathComponent(table)
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
                try manager.moveItem(at: staging.appendingPathComponent(table), to: target)
            }
        } catch {
            throw SparkExportError.cannotWrite(path: root.path, reason: error.localizedDescription)
        }
        try AtomicFile.write(manifest.encoded(), to: manifestPath)
    }
}
