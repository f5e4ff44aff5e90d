import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Explain how two entities are connected: direct relations, what they share, then longer paths.",
        discussion: """
            Listed in this order, each relation with its date and source: the relations between the two; the \
            entities both are related to, grouped as same event, same mechanism, same document, same parent \
            organisation (both are part of it, hold posts in it or are members of it), same post, same \
            organisation, same person, same place — strongest (most relations) first; then the --k shortest \
            paths of three hops or more, within --max-hops. Exit 1 when nothing connects them.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An entity id or name.")
    var first: String

    @Argument(help: "Another entity id or name.")
    var second: String

    @Option(name: .customLong("k"), help: "How many longer paths to list.")
    var k: Int = 3

    @Option(name: .customLong("max-hops"), help: "Longest path to list, in relations.")
    var maxHops: Int = 6

    @OptionGroup var traversal: TraversalOptions

    func validate() throws {
        guard (0...maxK).contains(k) else { throw ValidationError("--k must be from 0 to \(maxK)") }
        guard maxHops >= 1 else { throw ValidationError("--max-hops must be at least 1") }
    }

    struct Report: Encodable {
        struct Shared: Encodable {
            var sharing: Links.Sharing
            var entity: EntitySummary
            var fromFirst: [Relation]
            var fromSecond: [Relation]
            enum CodingKeys: String, CodingKey { case sharing, entity, fromFirst = "from_first", fromSecond = "from_second" }
        }
        var first: EntitySummary
        var second: EntitySummary
        var direct: [Relation]
        var shared: [Shared]
        var longer: [PathReport]
    }

    func run() throws {
        let network = try options.network()
        let a = try network.resolve(first), b = try network.resolve(second)
        guard a != b else { throw CommandFailure(.usage, "both ends are \(network.entity(a).id)") }
        let filter = try traversal.filter(in: network)
        if let avoided = try traversal.avoided(in: network).first(where: { $0 == a || $0 == b }) {
            throw CommandFailure(.usage, "--avoid \(network.entity(avoided).id) names one of the two entities")
        }
        let links = Links(network, between: a, and: b, filter: filter, k: k, maxHops: maxHops)
        guard !links.direct.isEmpty || !links.shared.isEmpty || !links.longer.isEmpty else {
            throw CommandFailure.noPath(from: a, to: b, maxHops: maxHops, in: network)
        }
        switch options.format {
        case .json:
            try Output.json(Report(
                first: network.summary(a), second: network.summary(b), direct: links.direct.map(network.relation),
                shared: links.shared.map {
                    .init(sharing: $0.sharing, entity: network.summary($0.node),
                          fromFirst: $0.fromFirst.map(network.relation), fromSecond: $0.fromSecond.map(network.relation))
                },
                longer: links.longer.map { PathReport($0, in: network) }))
        case .text:
            printText(links, network)
        }
    }

    private func printText(_ links: Links, _ network: Network) {
        Output.line("\(network.summary(links.first).label) and \(network.summary(links.second).label)")
        if !links.direct.isEmpty {
            Output.line()
            Output.line("direct relations: \(links.direct.count)")
            for edge in links.direct { Output.line("  \(network.explainedHop(edge, from: links.first))") }
        }
        for sharing in Links.Sharing.allCases {
            let group = links.shared.filter { $0.sharing == sharing }
            guard !group.isEmpty else { continue }
            Output.line()
            Output.line("\(sharing.rawValue): \(group.count)")
            for neighbor in group {
                Output.line("  \(network.summary(neighbor.node).label)")
                for edge in neighbor.fromFirst { Output.line("    \(network.explainedHop(edge, from: links.first))") }
                for edge in neighbor.fromSecond { Output.line("    \(network.explainedHop(edge, from: links.second))") }
            }
        }
        if !links.longer.isEmpty {
            Output.line()
            Output.line("longer paths: \(links.longer.count)")
            for (i, path) in links.longer.enumerated() {
                Output.line("  path \(i + 1): \(path.hops) hops")
                for hop in network.explainedHops(path) { Output.line("    \(hop)") }
            }
        }
    }
}
