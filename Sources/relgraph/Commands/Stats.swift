import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count entities by kind, relations by type and status, and sources.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let network = try options.network()
        let statistics = Statistics(network)
        switch options.format {
        case .json:
            try Output.json(statistics)
        case .text:
            if let title = statistics.title { Output.line(title) }
            for (heading, counts) in [("entities", statistics.entities), ("relations", statistics.relations),
                                      ("status", statistics.relationStatus), ("sources", statistics.sources)] {
                Output.table([[heading, String(counts.total)]])
                Output.table(counts.by.map { [$0.name, String($0.count)] }, indent: "  ")
            }
            Output.line("dated relations: \(statistics.datedRelations) of \(statistics.relations.total)")
        }
    }
}
