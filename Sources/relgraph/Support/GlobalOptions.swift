import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO
import RelGraphGraphviz

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

    /// Every format `--data` and `import` read, DOT through Graphviz's own parser.
    static let dataSource = DataSource(dotParser: DOTGraphReader.read)

    /// The dataset's records and diagnostics, from `--data` or the bundled copy.
    func readDataset() throws -> LoadedDataset {
        if let data { return try progress.phase("reading \(data)") { _ in try Self.dataSource.read(path: data) } }
        return BundledDataset.read()
    }

    /// The network to query; a dataset with errors stops the command with exit 65. Snapshots and
    /// the benchmark's CSV open straight into columns.
    func network() throws -> Network {
        guard let data else { return try BundledDataset.network() }
        switch try progress.phase("reading \(data)", { _ in try Self.dataSource.load(path: data) }) {
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
