import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two datasets: records added, removed, changed and merged.",
        discussion: """
            OLD and NEW are dataset folders (their judgements applied) or snapshots. Records are matched by id: \
            a changed date, status, quote or name is a change of the record, with the fields that differ; an \
            entity merged into another is a merge. Exit status 0 when the two are equal, 1 when they differ.
            """)

    @Argument(help: "The old dataset.") var old: String
    @Argument(help: "The new dataset.") var new: String
    @Option(name: .long, help: "Output format: text or json.") var format: OutputFormat = .text

    func run() throws {
        let diff = DatasetDiff(old: try Self.dataset(old), new: try Self.dataset(new))
        switch format {
        case .json: try Output.json(diff)
        case .text: Self.printText(diff)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    static func dataset(_ path: String) throws -> Dataset {
        let loaded = try DataOptions.dataSource.read(path: path)
        guard !loaded.hasErrors else { throw InputError.invalid(diagnostics: loaded.diagnostics) }
        return loaded.dataset
    }

    static func printText(_ diff: DatasetDiff) {
        if diff.isEmpty { Output.line("no differences"); return }
        for (name, section) in [("source", diff.sources), ("entity", diff.entities), ("relation", diff.relations)] {
            for id in section.added { Output.line("+ \(name) \(id)") }
            for id in section.removed { Output.line("- \(name) \(id)") }
            for change in section.changed { Output.line("~ \(name) \(change.id): \(change.fields.joined(separator: ", "))") }
            if name == "entity" { for merge in diff.merged { Output.line("> entity \(merge.id) merged into \(merge.into)") } }
        }
    }
}
