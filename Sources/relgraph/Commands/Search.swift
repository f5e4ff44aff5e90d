import ArgumentParser
import RelGraphCore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find entities by any of their names, ignoring case, diacritics and punctuation.",
        discussion: "Exact names rank first, then names every query word starts a word of. Exit 1 when nothing matches.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Words of a name or id, e.g. \"dien bien\".")
    var text: String

    @Option(help: "Show at most this many matches.")
    var limit: Int = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    struct Match: Encodable {
        var id: String
        var kind: EntityKind
        var name: String
        var matched: String
        var quality: NameMatch.Quality
    }

    struct Report: Encodable { var query: String; var matches: [Match] }

    /// The matches for `text`, best first; `LookupError.notFound` when there are none.
    static func report(_ text: String, limit: Int, in network: Network) throws -> Report {
        let matches = network.search(text, limit: limit)
        guard !matches.isEmpty else { throw LookupError.notFound(query: text) }
        return Report(query: text, matches: matches.map { match in
            let entity = network.entity(match.node)
            return Match(id: entity.id, kind: entity.kind, name: entity.displayName, matched: match.name,
                         quality: match.quality)
        })
    }

    func run() throws {
        let report = try Self.report(text, limit: limit, in: try options.network())
        let rows = report.matches
        switch options.format {
        case .json:
            try Output.json(report)
        case .text:
            Output.table(rows.map { row in
                [row.id, row.kind.rawValue, row.matched == row.name || row.quality == .id
                    ? row.name : "\(row.name) (as \(row.matched))"]
            })
        }
    }
}
