import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO
import RelGraphGraphviz

/// The `relgraph` command: its subcommands are the table of contents of the tool.
@main
struct RelGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Analyse and draw relationship graphs of organisations: typed, dated, cited relations.",
        discussion: """
            Without --data, every command works on the bundled Vietnam–Laos defence cooperation dataset.
            Exit codes: 0 ok, 1 not found or no result, 64 usage, 65 bad data, 70 internal or Graphviz failure.
            """,
        version: "0.1.0",
        // Each subcommand spells its commandName: without it ArgumentParser derives the name from
        // the type's through String(describing:), whose protocol-conformance scans over the whole
        // binary were about 5% of a `show` process on the bundled data (cold start, issue 20).
        subcommands: [
            Validate.self, Stats.self, Search.self, Show.self, Snapshot.self,
            PathCommand.self,
            LinksCommand.self,
            Neighbors.self,
            HierarchyCommand.self,
            CentralityCommand.self,
            Structure.self,
            Brokers.self,
            TimelineCommand.self,
            ConflictsCommand.self,
            AddSource.self, Cite.self, Alias.self, AddRelation.self,
            XrefCommand.self, MergeCommand.self, SplitCommand.self, JudgeCommand.self, DiffCommand.self,
            ExtractCommand.self, MergeProposalsCommand.self,
            Export.self, Import.self, ImportResults.self,
            Render.self,
            Report.self,
            Serve.self,
        ]
    )

    /// Runs the command, turning the tool's own errors into one line on stderr and their exit code.
    /// A layout child (see `GraphvizProcess`) serves its layout first and never gets here.
    static func main() {
        GraphvizProcess.serveIfChild()
        BundledDataset.openEarly(for: CommandLine.arguments)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ReportableError {
            error.exitReporting()
        } catch {
            exit(withError: error)
        }
    }
}
