import ArgumentParser
import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO

struct XrefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Find entities that are probably one: pairs with their score and the evidence for and against.",
        discussion: """
            Names are compared after folding case, diacritics and punctuation, leaving out a person's titles and \
            ranks, and merging the letters transliterations disagree on (ph/f, x/s, ie/ia, ou/u …), so joined, \
            hyphenated, reordered and syllable-by-syllable renderings meet. Only entities of one kind are \
            compared. The score is the name similarity plus the graph's evidence: the same country, shared \
            neighbours, the same post or unit for; different countries, a relation between the two, one source \
            naming both for against; two people one source puts side by side at one event are never proposed, \
            nor pairs that judgements.yaml in the dataset folder says are different (`relgraph judge`).
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Show the best N pairs (0: all).")
    var limit: Int = 20

    @Option(name: .customLong("min-name-score"), help: "Leave out pairs whose best names are less alike (0 to 1).")
    var minNameScore: Double = 0.75

    @Option(name: .customLong("max-block"), help: ArgumentHelp(
        "Skip a spelling key that more than N entities share (a common surname says nothing).", valueName: "n"))
    var maxBlock: Int = 64

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        guard (0...1).contains(minNameScore) else { throw ValidationError("--min-name-score must be between 0 and 1") }
        guard maxBlock >= 2 else { throw ValidationError("--max-block must be at least 2") }
    }

    struct Report: Encodable {
        struct Pair: Encodable {
            var score: Double
            var nameScore: Double
            var a: EntitySummary
            var b: EntitySummary
            var names: [String]
            var evidenceFor: [String]
            var evidenceAgainst: [String]
            enum CodingKeys: String, CodingKey {
                case score, a, b, names, nameScore = "name_score", evidenceFor = "for", evidenceAgainst = "against"
            }
        }
        var candidates: [Pair]
        var total: Int
        var compared: Int
        var skippedKeys: Int
        var judgedDifferent: Int
        var ruledOut: Int
        enum CodingKeys: String, CodingKey {
            case candidates, total, compared, skippedKeys = "skipped_keys", judgedDifferent = "judged_different"
            case ruledOut = "ruled_out"
        }
    }

    func run() throws {
        let network = try options.network()
        let judgements = try JudgementOptions.read(data: options.data)
        let finder = DuplicateFinder(maxBlock: maxBlock, minNameScore: minNameScore,
                                     judgedDifferent: judgements.different)
        let found = try options.source.progress.phase("comparing names") { _ in finder.find(in: network) }
        let shown = limit == 0 ? found.candidates : Array(found.candidates.prefix(limit))
        let report = Report(
            candidates: shown.map { pair in
                .init(score: pair.score, nameScore: (pair.nameScore * 1000).rounded() / 1000,
                      a: network.summary(pair.a), b: network.summary(pair.b), names: [pair.nameA, pair.nameB],
                      evidenceFor: pair.evidenceFor, evidenceAgainst: pair.evidenceAgainst)
            },
            total: found.candidates.count, compared: found.compared, skippedKeys: found.skippedKeys,
            judgedDifferent: found.judgedDifferent, ruledOut: found.vetoed)
        switch options.format {
        case .json: try Output.json(report)
        case .text: Self.printText(report)
        }
    }

    static func printText(_ report: Report) {
        let total = report.total
        let shown = report.candidates.count < total ? ", the best \(report.candidates.count) shown" : ""
        Output.line("\(total) candidate \(total == 1 ? "pair" : "pairs")\(shown) (\(report.compared) compared, "
                    + "\(report.skippedKeys) spelling keys too common, \(report.judgedDifferent) judged different, "
                    + "\(report.ruledOut) ruled out)")
        for (rank, pair) in report.candidates.enumerated() {
            Output.line()
            Output.line("\(rank + 1). \(String(format: "%.3f", pair.score))  \(pair.a.kind)  \(pair.a.id) ~ \(pair.b.id)")
            for line in pair.evidenceFor { Output.line("   + \(line)") }
            for line in pair.evidenceAgainst { Output.line("   - \(line)") }
        }
    }
}
