import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List events and documents in date order, with the mechanism each is a round of and what it follows.",
        discussion: """
            An entry's date is its `date` attribute, else the date of its round_of relation, else the earliest \
            date among its momentary relations (held_at, hosted, signed, signed_at, participated_in, co_chairs, \
            visited, invited_to, met_with, commemorates); undated entries come last. With a mechanism, only its \
            rounds and the events that are part of them are listed, in round order, with the round numbers that \
            no source names between two numbered rounds.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A mechanism id or name (default: every event and document).")
    var mechanism: String?

    @OptionGroup var relations: RelationFilterOptions

    struct Report: Encodable {
        struct Entry: Encodable {
            var entity: EntitySummary
            var date: PartialDate?
            var dateFrom: String?
            var ordinal: Int?
            var roundOf: [Relation]
            var follows: [Relation]
            var partOf: [Relation]
            enum CodingKeys: String, CodingKey {
                case entity, date, ordinal, follows, dateFrom = "date_from", roundOf = "round_of", partOf = "part_of"
            }
        }
        var mechanism: EntitySummary?
        var entries: [Entry]
    }

    func run() throws {
        let network = try options.network()
        let filter = TraversalFilter(network, TraversalCriteria(relations: try relations.criteria(in: network)))
        let node = try mechanism.map { try network.resolve($0) }
        if let node, network.graph.kind(of: node) != .mechanism {
            let kind = network.graph.kind(of: node).rawValue
            let article = "aeiou".contains(kind.first ?? "x") ? "an" : "a"
            throw CommandFailure(.usage, "\(network.entity(node).id) is \(article) \(kind), not a mechanism")
        }
        let timeline = Timeline(network, mechanism: node, filter: filter)
        guard !timeline.entries.isEmpty else {
            throw CommandFailure(.notFound, node.map { "no rounds of \(network.entity($0).id)" } ?? "no events or documents")
        }
        switch options.format {
        case .json:
            try Output.json(Report(mechanism: node.map(network.summary), entries: timeline.entries.map { entry in
                .init(entity: network.summary(entry.node), date: entry.date,
                      dateFrom: entry.dateSource.map { source in
                          switch source {
                          case .attribute: return "attribute"
                          case let .relation(edge): return network.relation(edge).id
                          }
                      },
                      ordinal: entry.ordinal, roundOf: entry.rounds.map(network.relation),
                      follows: entry.follows.map(network.relation), partOf: entry.partOf.map(network.relation))
            }))
        case .text:
            if let node { Output.line("rounds of \(network.summary(node).label)") }
            let width = timeline.entries.map { $0.date?.description.count ?? 7 }.max()!
            var missing = node == nil ? [] : timeline.missingRounds
            for entry in timeline.entries {
                while let gap = missing.first, let ordinal = entry.ordinal, gap.upperBound < ordinal {
                    let rounds = gap.count == 1 ? "round \(gap.lowerBound)" : "rounds \(gap.lowerBound)–\(gap.upperBound)"
                    Output.line(String(repeating: " ", count: width) + "  (\(rounds): no source names \(gap.count == 1 ? "it" : "them"))")
                    missing.removeFirst()
                }
                let date = entry.date?.description ?? "undated"
                Output.line(date.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + network.summary(entry.node).label)
                if case let .relation(edge) = entry.dateSource, !entry.rounds.contains(edge) {
                    Output.line("  date: \(network.explainedHop(edge, from: entry.node))")
                }
                for edge in entry.rounds + entry.partOf + entry.follows {
                    Output.line("  \(network.explainedHop(edge, from: entry.node))")
                }
            }
        }
    }
}
