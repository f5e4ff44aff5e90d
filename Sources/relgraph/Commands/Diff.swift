import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two datasets: records added, removed, changed and merged.",
        discussion: """
            OLD and NEW are dataset folders (their judgements applied) or snapshots; with --rev OLD..NEW they \
            are one dataset folder at two git revisions (default folder: \(DiffInputs.bundledFolder) of the \
            current git work tree). The dataset's title and description are compared (~ dataset), and its \
            records matched by id: a changed date, status, quote or name is a change of the record, with the \
            fields that differ; an entity merged into another is a merge (>), one split off again a split (<). \
            The judgements (judgements.yaml) of two folders or revisions are compared by their pair of \
            entities (a snapshot has its judgements applied but keeps no list of them). Exit status 0 when \
            the two are equal, 1 when they differ.
            """)

    @Argument(help: ArgumentHelp("OLD NEW: the two datasets; with --rev, the dataset folder (optional).",
                                 valueName: "dataset"))
    var paths: [String] = []
    @Option(name: .long, help: ArgumentHelp("Compare the folder at two git revisions.", valueName: "old..new"))
    var rev: String?
    @Option(name: .long, help: "Output format: text or json.") var format: OutputFormat = .text

    func validate() throws {
        try DiffInputs.validate(paths: paths, range: rev, usage: "relgraph diff")
    }

    func run() throws {
        let diff = try DiffInputs.load(paths: paths, range: rev).diff
        switch format {
        case .json: try Output.json(diff)
        case .text: Self.printText(diff)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    static func printText(_ diff: DatasetDiff) {
        if diff.isEmpty { Output.line("no differences"); return }
        if !diff.header.isEmpty { Output.line("~ dataset: \(diff.header.joined(separator: ", "))") }
        for (name, section) in [("source", diff.sources), ("entity", diff.entities), ("relation", diff.relations)] {
            for id in section.added { Output.line("+ \(name) \(id)") }
            for id in section.removed { Output.line("- \(name) \(id)") }
            for change in section.changed { Output.line("~ \(name) \(change.id): \(change.fields.joined(separator: ", "))") }
            guard name == "entity" else { continue }
            for merge in diff.merged { Output.line("> entity \(merge.id) merged into \(merge.into)") }
            for split in diff.split { Output.line("< entity \(split.id) split from \(split.into)") }
        }
        for judgement in diff.judgements.added { Output.line("+ judgement \(judgement.sentence)") }
        for judgement in diff.judgements.removed { Output.line("- judgement \(judgement.sentence)") }
        for change in diff.judgements.changed {
            Output.line("~ judgement \(change.new.sentence): \(change.fields.joined(separator: ", "))")
        }
    }
}
