import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO
import RelGraphRender

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--data`: where the dataset comes from, for commands that have a `--format` of their own.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("""
        The dataset: a folder of YAML files, a snapshot (.rgs), or a graph in DOT (.dot, .gv), CSV (.csv, \
        or a folder with nodes.csv and edges.csv), node-link JSON (.json) or GraphML (.graphml) \
        (default: the bundled dataset).
        """, valueName: "path"))
    var data: String?

    @OptionGroup var progress: ProgressOptions

    /// The dataset's records and diagnostics, from `--data` or the bundled copy.
    func readDataset() throws -> LoadedDataset {
        if let data { return try progress.phase("reading \(data)") { _ in try DataSource.read(path: data, readDOT: DOTDataSource.read) } }
        return BundledDataset.read()
    }

    /// The network to query; a dataset with errors stops the command with exit 65. Snapshots and
    /// the benchmark's CSV open straight into columns.
    func network() throws -> Network {
        guard let data else { return try DataSource.network(from: BundledDataset.read()) }
        switch try progress.phase("reading \(data)", { _ in try DataSource.load(path: data, readDOT: DOTDataSource.read) }) {
        case let .network(network): return network
        case let .records(result): return try DataSource.network(from: result)
        }
    }
}

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
    @OptionGroup var source: DataOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    var data: String? { source.data }
    func readDataset() throws -> LoadedDataset { try source.readDataset() }
    func network() throws -> Network { try source.network() }
}

/// DOT for `--data` and `import`: Graphviz parses it (RelGraphRender), RelGraphIO makes the records.
enum DOTDataSource {
    static func read(path: String) throws(InputError) -> LoadedDataset {
        let text = [UInt8](try DataSource.contents(of: path))
        let document: DOTDocument
        do {
            document = try DOTReader.read(text)
        } catch {
            throw .malformed(.error(error.message, at: location(of: error, in: text, file: path)))
        }
        var attributes = document.attributes
        if attributes["title"] == nil, let label = attributes["label"] { attributes["title"] = label }
        let graph = AttributedGraph(
            file: path, attributes: attributes,
            nodes: document.nodes.map { .init(id: $0.name, attributes: $0.attributes) },
            edges: document.edges.map { .init(source: $0.tail, target: $0.head, key: $0.key, attributes: $0.attributes) })
        return graph.read()
    }

    /// Graphviz says "syntax error in line N near 'TOKEN'": the line is N, the column where TOKEN
    /// first stands on it.
    static func location(of error: GraphvizError, in text: [UInt8], file: String) -> SourceLocation {
        let message = error.message
        guard let range = message.range(of: #"line (\d+)"#, options: .regularExpression),
              let line = Int(message[range].dropFirst(5)) else { return SourceLocation(file: file, line: 1, column: 1) }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var column = 1
        if let near = message.range(of: #"near '([^']*)'"#, options: .regularExpression), line <= lines.count {
            let token = message[near].dropFirst(6).dropLast()
            if let found = lines[line - 1].range(of: token) {
                column = lines[line - 1].unicodeScalars[..<found.lowerBound].count + 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension GraphvizError {
    /// Graphviz's message alone.
    var message: String {
        switch self {
        case let .syntax(message), let .layout(_, message), let .render(_, message): return message
        }
    }
}
