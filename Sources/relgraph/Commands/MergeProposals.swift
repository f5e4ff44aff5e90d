import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphExtract
import RelGraphIO

struct MergeProposalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-proposals",
        abstract: "Apply the accepted proposals of a review file to the source's article file.",
        discussion: """
            Items with `review: accept` go to articles/<source>.yaml (entities, relations, extend), validated \
            with the whole dataset before anything is written, as every edit command does; items with \
            `review: reject` are recorded in rejected-proposals.yaml and not proposed again for that source; \
            pending items are left alone. Accepted items the dataset holds already (merged before) are left \
            alone too: merging a review twice changes nothing the second time.
            """)

    @Argument(help: "The review file `relgraph extract -o` wrote.")
    var reviewFile: String

    @Option(name: .long, help: ArgumentHelp("The dataset folder to change.", valueName: "folder"))
    var data: String

    func run() throws {
        let text = String(decoding: try DataSource.contents(of: reviewFile), as: UTF8.self)
        let review: ReviewDecisions
        do { review = try ReviewDecisions.parse(text) } catch {
            throw CommandFailure(.badData, "\(reviewFile): error: not a review file: \(Self.oneLine(error))", prefixed: false)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(.usage, "--data must be a dataset folder: \(data)")
        }
        let network = try DataSource.network(from: try YAMLDatasetReader.read(folder: data))
        let outcome: ProposalMerge.Outcome
        do { outcome = try ProposalMerge(folder: data).apply(review, dataset: network.dataset) } catch let problem as ProposalMerge.Problem {
            throw CommandFailure(problem.description.hasPrefix("unknown") ? .notFound : .badData, problem.description)
        }
        Output.line("merged into \(ArticleFile.path(for: review.source)): \(outcome.entities) entities, \(outcome.relations) relations, "
                    + "\(outcome.citations) citations; \(outcome.rejected) rejected, \(outcome.pending) pending"
                    + (outcome.present > 0 ? "; \(outcome.present) already in the dataset, left alone" : ""))
    }

    static func oneLine(_ error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
