import Foundation

/// `manifest.json` of a Spark export: what the folder holds, for the job (`Spark/relgraph_spark.py`)
/// and for `relgraph import-results`. Written last, so a folder with a manifest is complete; each part
/// file is named with its row count, size and SHA-256.
public struct SparkManifest: Codable, Equatable, Sendable {
    public struct Column: Codable, Equatable, Sendable {
        public var name: String
        /// The Spark SQL type to read the column as: `long`, `string` or `boolean`.
        public var type: String
    }

    /// One part file of a table.
    public struct Part: Codable, Equatable, Sendable {
        /// The file, relative to the export folder (`nodes/part-00000.csv`).
        public var path: String
        public var rows: Int
        public var bytes: Int
        public var sha256: String
    }

    public struct Table: Codable, Equatable, Sendable {
        public var count: Int
        public var columns: [Column]
        public var parts: [Part]
    }

    public struct TypeInfo: Codable, Equatable, Sendable {
        public var name: String
        /// Symmetric relations (`cooperates_with` …) link both ways: the directed view of PageRank
        /// has an arc each way.
        public var symmetric: Bool
    }

    public static let formatName = "relgraph-spark"
    public static let currentVersion = 1

    public var format = formatName
    public var version = currentVersion
    /// Edges go from `src` to `dst`; `symmetric` says which also go back.
    public var directed = true
    public var title: String?
    public var nodes: Table
    public var edges: Table
    public var relationTypes: [TypeInfo]
    /// The relgraph options that chose the rows (`--types`, `--kinds` …), as given; empty for all.
    public var selection: [String: String]

    enum CodingKeys: String, CodingKey {
        case format, version, directed, title, nodes, edges, selection
        case relationTypes = "relation_types"
    }

    public static let nodeColumns = [
        Column(name: "id", type: "long"), Column(name: "key", type: "string"), Column(name: "kind", type: "string"),
        Column(name: "name", type: "string"), Column(name: "country", type: "string"),
    ]
    public static let edgeColumns = [
        Column(name: "id", type: "long"), Column(name: "src", type: "long"), Column(name: "dst", type: "long"),
        Column(name: "type", type: "string"), Column(name: "symmetric", type: "boolean"),
        Column(name: "status", type: "string"), Column(name: "from_date", type: "string"),
        Column(name: "until_date", type: "string"), Column(name: "key", type: "string"),
    ]

    /// Pretty JSON with sorted keys: the same export gives the same bytes.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and booleans cannot fail.
        return Array((try? encoder.encode(self)) ?? Data()) + [10]
    }

    /// The manifest in `folder`, or the reason it cannot be read.
    public static func read(folder: String) throws(SparkExportError) -> (manifest: SparkManifest, sha256: String) {
        let path = folder + "/manifest.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .notAnExport(path: folder, reason: "it has no manifest.json (write one with relgraph export --format spark)")
        }
        let manifest: SparkManifest
        do {
            manifest = try JSONDecoder().decode(SparkManifest.self, from: data)
        } catch {
            throw .notAnExport(path: path, reason: "not a relgraph Spark manifest (\(error))")
        }
        guard manifest.format == formatName, manifest.version == currentVersion else {
            throw .notAnExport(path: path, reason: "format \(manifest.format) version \(manifest.version); relgraph reads \(formatName) version \(currentVersion)")
        }
        var hash = SHA256()
        hash.update(Array(data))
        return (manifest, hash.hexDigest())
    }
}

/// What can go wrong writing or reading a Spark export or the job's results.
public enum SparkExportError: Error, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case notAnExport(path: String, reason: String)
    case badResults(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason): return "\(path): error: cannot write: \(reason)"
        case let .notAnExport(path, reason): return "\(path): error: \(reason)"
        case let .badResults(path, reason): return "\(path): error: \(reason)"
        }
    }
}
