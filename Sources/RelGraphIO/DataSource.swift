import Foundation
import RelGraphCore

/// The formats `--data PATH` accepts.
public enum DataFormat: String, CaseIterable, Sendable {
    /// A dataset folder of YAML files (or one YAML file): relgraph's own format.
    case yaml
    /// Graphviz DOT, read by cgraph (through the `DOTParser` a `DataSource` is given).
    case dot
    /// A folder with nodes.csv and edges.csv, or one CSV file of nodes or edges.
    case csv
    /// networkx node-link JSON.
    case json
    case graphml
    /// A binary snapshot written by `relgraph snapshot` (.rgs).
    case snapshot

    /// The format of `path`: folders by their files, files by extension, else by their first bytes.
    public static func detect(path: String) throws(InputError) -> DataFormat {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        if isDirectory.boolValue { return CSVGraphReader.isGraphFolder(path) ? .csv : .yaml }
        // A pipe would block the read forever and a device has no end: data is a file or a folder.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: path, reason: "not a regular file or folder (a device, pipe or socket cannot be read as data)")
        }
        if SnapshotReader.isSnapshot(path: path) { return .snapshot }
        switch (path as NSString).pathExtension.lowercased() {
        case "dot", "gv": return .dot
        case "csv": return .csv
        case "json": return .json
        case "graphml": return .graphml
        case "yaml", "yml": return .yaml
        case "rgs": return .snapshot
        default: break
        }
        // `read(upToCount:)` throws where `readData(ofLength:)` traps (as on /proc/self/mem).
        let head = FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: 512) } ?? Data()
        let text = String(decoding: head, as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        if text.hasPrefix("{") { return .json }
        if text.hasPrefix("<") { return .graphml }
        if ["digraph", "graph", "strict", "/*", "//"].contains(where: { text.hasPrefix($0) }) { return .dot }
        throw .unreadable(path: path, reason: """
            unknown data format (expected a dataset folder of .yaml files, .dot/.gv, .csv or a folder with \
            nodes.csv and edges.csv, .json, .graphml or a .rgs snapshot)
            """)
    }
}

/// What `--data` holds: records with their diagnostics, or a network made straight from columns
/// (a snapshot, the benchmark's CSV), whose records are made only when asked for.
public enum LoadedData: Sendable {
    case records(LoadedDataset)
    case network(Network)
}

/// Parses DOT text read from `file` into an attributed graph, or throws the syntax error at its
/// place. relgraph's parser is Graphviz's own (`DOTGraphReader` in RelGraphGraphviz); a `DataSource`
/// is handed it once, so that RelGraphIO itself needs no C library.
public typealias DOTParser = @Sendable (_ text: [UInt8], _ file: String) throws(Diagnostic) -> AttributedGraph

/// Opens what `--data PATH` names, in any format of `DataFormat`.
///
/// relgraph's own YAML datasets are validated in full; the other formats are checked for structure
/// (syntax, duplicate ids, edges to unknown nodes, malformed fields), since they have no citations
/// or kinds of ours to check: `relgraph import` then `relgraph validate` lists what they lack.
public struct DataSource: Sendable {
    /// How DOT is parsed; nil refuses DOT input.
    public let dotParser: DOTParser?

    public init(dotParser: DOTParser?) {
        self.dotParser = dotParser
    }

    /// The data at `path` in the form that opens fastest: columns for a snapshot and for CSV of the
    /// benchmark's plain columns, records otherwise.
    public func load(path: String, format: DataFormat? = nil) throws(InputError) -> LoadedData {
        let resolved: DataFormat
        if let format { resolved = format } else { resolved = try DataFormat.detect(path: path) }
        switch resolved {
        case .snapshot: return .network(try Self.snapshot(path))
        case .csv:
            if let network = try CSVGraphReader.network(path: path) { return .network(network) }
            return .records(try CSVGraphReader.read(path: path))
        default: return .records(try read(path: path, format: resolved))
        }
    }

    /// Reads the data at `path` in `format` (detected when nil) as records.
    public func read(path: String, format: DataFormat? = nil) throws(InputError) -> LoadedDataset {
        let resolved: DataFormat
        if let format { resolved = format } else { resolved = try DataFormat.detect(path: path) }
        switch resolved {
        case .dot: return try readDOT(path: path)
        case .csv: return try CSVGraphReader.read(path: path)
        case .snapshot: return LoadedDataset(dataset: try Self.snapshot(path).dataset)
        case .json: return try NodeLinkJSONReader.read(path: path)
        case .graphml: return try GraphMLReader.read(path: path)
        case .yaml:
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue { return try YAMLDatasetReader.read(folder: path) }
            return YAMLDatasetReader.read(files: [.init(name: path, bytes: [UInt8](try Self.contents(of: path)))])
        }
    }

    private func readDOT(path: String) throws(InputError) -> LoadedDataset {
        guard let dotParser else {
            throw .unreadable(path: path, reason: "DOT input needs Graphviz's parser, which this program was not given")
        }
        var text = [UInt8](try Self.contents(of: path))
        // Graphviz's scanner takes a byte order mark for the start of an identifier.
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        if let long = DOTTokens.firstOverLimit(text, file: path) { throw .malformed(long) }
        do {
            return try dotParser(text, path).records()
        } catch {
            throw .malformed(error)
        }
    }

    /// The bytes of the file at `path`.
    public static func contents(of path: String) throws(InputError) -> Data {
        InputFiles.note(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot read the file")
        }
        return data
    }

    private static func snapshot(_ path: String) throws(InputError) -> Network {
        do {
            return try SnapshotReader.read(path: path)
        } catch {
            throw .snapshot(error)
        }
    }

    /// The network of a dataset without errors; a dataset with errors throws `InputError.invalid`.
    public static func network(from result: LoadedDataset) throws(InputError) -> Network {
        guard !result.hasErrors else { throw .invalid(diagnostics: result.diagnostics) }
        return Network(result.dataset)
    }
}
