import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO

/// Who, when and why: what every judgement records.
struct JudgementRecordOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The dataset folder whose judgements.yaml records the judgement.",
                                            valueName: "folder"))
    var data: String

    @Option(name: .long, help: "Who judges (default: $USER).")
    var by: String?

    @Option(name: .long, help: ArgumentHelp("When, as an ISO 8601 timestamp (default: now, UTC).", valueName: "time"))
    var at: String?

    @Option(name: .long, help: "Why: the evidence the judgement rests on.")
    var why: String?

    func judgement(_ verdict: Judgement.Verdict, _ first: String, _ second: String) -> Judgement {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return Judgement(verdict: verdict, first: first, second: second,
                         by: by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown",
                         at: at ?? formatter.string(from: Date()), why: why)
    }
}

struct JudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Record that two entities are different, so that xref never proposes them again.",
        discussion: """
            Appends {different: [A, B], by, at, why} to judgements.yaml in the dataset folder, after checking \
            that both entities exist and that no judgement about the pair exists yet.
            """)

    @Argument(help: "An entity id.") var a: String
    @Argument(help: "Another entity id.") var b: String
    @Flag(name: .long, help: "The two are different entities (the only judgement judge records; merge records sameness).")
    var different = false
    @OptionGroup var record: JudgementRecordOptions

    func validate() throws {
        guard different else { throw ValidationError("judge records only --different; use `relgraph merge A B` for one entity") }
    }

    func run() throws {
        try JudgementEditor(folder: record.data).add(record.judgement(.different, a, b))
        Output.line("recorded: \(a) and \(b) are different")
    }
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge entity B into entity A: A keeps its id and takes B's names, citations and relations.",
        discussion: """
            Appends {same: [A, B], by, at, why} to judgements.yaml in the dataset folder; the data files are \
            not touched. When the dataset is read, B's names become A's aliases, B's citations, statements \
            and attributes move to A (a field both set differently is kept as the attribute B.FIELD) and \
            every relation of B becomes A's. `relgraph split A B` undoes it.
            """)

    @Argument(help: "The entity that keeps its id.") var a: String
    @Argument(help: "The entity merged into it.") var b: String
    @OptionGroup var record: JudgementRecordOptions

    func run() throws {
        try JudgementEditor(folder: record.data).add(record.judgement(.same, a, b))
        Output.line("merged \(b) into \(a)")
    }
}

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Undo `relgraph merge A B`: remove its judgement, giving B its own record again.",
        discussion: """
            Removes the {same: [A, B]} judgement's lines from judgements.yaml, leaving every other byte as it \
            was (and the file itself gone when merge created it and nothing else is left in it).
            """)

    @Argument(help: "The entity that kept its id.") var a: String
    @Argument(help: "The entity merged into it.") var b: String
    @Option(name: .long, help: ArgumentHelp("The dataset folder whose judgements.yaml holds the merge.",
                                            valueName: "folder"))
    var data: String

    func run() throws {
        try JudgementEditor(folder: data).removeMerge(a, b)
        Output.line("split \(b) from \(a)")
    }
}
