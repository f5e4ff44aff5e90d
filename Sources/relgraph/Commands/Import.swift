import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO

enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, csv, json, graphml

    var dataFormat: DataFormat {
        switch self {
        case .dot: .dot
        case .csv: .csv
        case .json: .json
        case .graphml: .graphml
        }
    }
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a DOT, CSV, node-link JSON or GraphML graph into a dataset folder of YAML files.",
        discussion: """
            Ids that are not slugs become slugs (the original is kept as the original_id attribute). The \
            summary says whether the new dataset passes 'relgraph validate'; what a foreign graph lacks \
            (kinds, relation types, citations) is listed by that command. Exit 65 when the input cannot be read.
            """)

    @Option(name: .long, help: "The input format: dot, csv, json or graphml (default: from the file).")
    var from: ImportFormat?

    @Argument(help: ArgumentHelp("The graph file (csv: nodes.csv, edges.csv or their folder).", valueName: "file"))
    var input: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The dataset folder to write.", valueName: "folder"))
    var output: String

    @Flag(help: "Replace the YAML files of an existing non-empty folder.")
    var force = false

    func run() throws {
        try checkOutput()
        let result = try DataOptions.dataSource.read(path: input, format: from?.dataFormat)
        guard !result.hasErrors else { throw InputError.invalid(diagnostics: result.diagnostics) }
        let dataset = ImportedIDs.slugged(result.dataset)
        // The new YAML files replace all the old ones at once; other files in the folder stay.
        try AtomicFolder.write(YAMLDatasetWriter.files(dataset, origin: input),
                               to: output, dropping: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") })
        Output.line("wrote \(dataset.entities.count) entities, \(dataset.relations.count) relations, "
            + "\(dataset.sources.count) sources to \(output)")
        let check = try YAMLDatasetReader.read(folder: output)
        let errors = check.diagnostics.filter { $0.severity == .error }.count
        let warnings = check.diagnostics.count - errors
        Output.line(errors == 0
            ? "the dataset passes validation (\(warnings) \(warnings == 1 ? "warning" : "warnings"))"
            : "the dataset does not pass validation yet: 'relgraph validate --data \(output)' lists \(errors) "
                + "\(errors == 1 ? "error" : "errors") and \(warnings) \(warnings == 1 ? "warning" : "warnings")")
    }

    /// Never into the input, and never over a non-empty folder without --force.
    private func checkOutput() throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory)
        let insideInput = isDirectory.boolValue && target.hasPrefix(source.path + "/")
        if target == source.path || insideInput {
            throw CommandFailure(.usage, "will not write into the input: choose an output folder other than \(output)")
        }
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw CommandFailure(.usage, "\(output) is a file, not a folder") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if !contents.isEmpty && !force {
            throw CommandFailure(.usage, "\(output) is not empty; use --force to replace its dataset")
        }
    }
}
