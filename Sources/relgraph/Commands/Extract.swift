import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphExtract
import RelGraphIO

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose the entities and relations an article states, each with its quote, for review.",
        discussion: """
            Reads a corpus file (a header, '---', the text) or bare text. Finds the dataset's names and aliases \
            (folded as search folds them) and the genre's patterns: a person after a rank, posts, rounds with \
            ordinals, units, places, documents with periods, dates; resolves new names against the dataset with \
            xref's scorer; and reads relations (has_rank, holds, co_chairs, participated_in, held_at, located_in, \
            round_of, covers, follows, visited, met_with, signed, signed_at, proposed). A relation the dataset has is proposed as a \
            citation of it. Offsets count Unicode scalars of the text. Nothing is written to the dataset: review \
            the file -o writes, then apply it with `relgraph merge-proposals`.
            """)

    @Argument(help: "The article: a corpus file or a plain-text file.")
    var article: String

    @OptionGroup var options: GlobalOptions

    @Option(help: "The article's language: vi, en, fr or auto (the header's language: line, else detected).")
    var lang: String = "auto"

    @Option(help: "The source id the proposals cite (default: the one add-source gives a corpus file).")
    var source: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the review file (YAML) here.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard ["vi", "en", "fr", "auto"].contains(lang) else { throw ValidationError("--lang must be vi, en, fr or auto") }
    }

    func run() throws {
        let bytes = [UInt8](try DataSource.contents(of: article))
        let text: Article
        do { text = try Article(bytes: bytes, file: article, sourceID: source) } catch {
            throw CommandFailure(.badData, error.description, prefixed: false)
        }
        let sourceID = text.source?.id ?? source ?? Slug.make(((article as NSString).lastPathComponent as NSString).deletingPathExtension)
        let network = try options.network()
        var rejected: Set<String> = []
        if let data = options.data, (try? FileManager.default.attributesOfItem(atPath: data)[.type] as? FileAttributeType) == .typeDirectory {
            rejected = try RejectedProposals.read(folder: data).bySource[sourceID] ?? []
        }
        let proposals = Extractor(dataset: network.dataset)
            .extract(text, sourceID: sourceID, language: lang == "auto" ? nil : lang, date: text.source?.date, rejected: rejected)
        if let output {
            try AtomicFile.write(Array(ReviewFile.text(proposals, article: (article as NSString).lastPathComponent).utf8), to: output)
        }
        switch options.format {
        case .json: try Output.json(proposals)
        case .text: Self.printText(proposals, output: output)
        }
    }

    static func printText(_ p: Proposals, output: String?) {
        let cited = p.relations.filter(\.existing).count
        Output.line("\(p.source) (\(p.language)): \(p.entities.count) new entities, \(p.relations.count - cited) new relations, "
                    + "\(cited) citations of relations the dataset has"
                    + (p.rejectedBefore > 0 ? ", \(p.rejectedBefore) rejected before" : ""))
        for e in p.entities {
            Output.line("  + \(e.kind.rawValue) \(e.id)  \(e.evidence.locator) \(e.evidence.confidence)  \"\(e.name)\"")
        }
        for r in p.relations {
            Output.line("  \(r.existing ? "=" : "+") \(r.type.rawValue) \(r.from) → \(r.to)  \(r.evidence.locator) "
                        + "\(r.evidence.confidence) \(r.evidence.rule)  \"\(r.evidence.quote)\"")
        }
        if let output { Output.line("review file: \(output)") }
    }
}
