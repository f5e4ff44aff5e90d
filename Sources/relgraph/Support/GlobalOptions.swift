import ArgumentParser
import RelGraphCore
import RelGraphIO

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The dataset: a folder of YAML files (default: the bundled dataset).",
                                            valueName: "path"))
    var data: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    /// The dataset's records and diagnostics, from `--data` or the bundled copy.
    func readDataset() throws -> YAMLDatasetReader.Result {
        if let data { return try DataSource.read(path: data) }
        return BundledDataset.read()
    }

    /// The network to query; a dataset with errors stops the command with exit 65.
    func network() throws -> Network {
        try DataSource.network(from: readDataset())
    }
}
