import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find how two entities are connected: the shortest paths, each hop with its date and source.",
        discussion: """
            Paths follow relations both ways unless --direction says otherwise, and name the relation used at \
            each hop, so two relations between the same pair give two paths. Among equally short paths the \
            order is fixed (by relation order in the dataset). --k lists the k shortest paths that repeat no \
            entity (Yen's algorithm); --all lists every such path up to --max-hops (default \
            \(Self.allMaxHops)), stopping after --max-paths. Exit 1 when there is no path.
            """)

    static let allMaxHops = 6

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Where the path starts: an entity id or name.")
    var from: String

    @Argument(help: "Where the path ends: an entity id or name.")
    var to: String

    @Option(name: .customLong("k"), help: "List the k shortest paths.")
    var k: Int = 1

    @Flag(help: "List every path up to --max-hops, shortest first.")
    var all = false

    @Option(name: .customLong("max-hops"), help: "Longest path to consider, in relations (default: no limit; 6 with --all).")
    var maxHops: Int?

    @Option(name: .customLong("max-paths"), help: "With --all, stop after this many paths (and say so).")
    var maxPaths: Int = 1_000

    @OptionGroup var traversal: TraversalOptions

    @OptionGroup var relationIDs: RelationIDOption

    func validate() throws {
        guard (1...maxK).contains(k) else { throw ValidationError("--k must be from 1 to \(maxK)") }
        guard maxHops.map({ $0 >= 1 }) ?? true else { throw ValidationError("--max-hops must be at least 1") }
        guard maxPaths >= 1 else { throw ValidationError("--max-paths must be at least 1") }
        guard !(all && k > 1) else { throw ValidationError("--all and --k cannot be used together") }
    }

    struct Report: Encodable {
        var from: EntitySummary
        var to: EntitySummary
        var maxHops: Int?
        var truncated: Bool
        var paths: [PathReport]

        enum CodingKeys: String, CodingKey {
            case from, to, truncated, paths, maxHops = "max_hops"
        }
    }

    func run() throws {
        let network = try options.network()
        let source = try network.resolve(from), target = try network.resolve(to)
        let filter = try traversal.filter(in: network)
        if let avoided = try traversal.avoided(in: network).first(where: { $0 == source || $0 == target }) {
            throw CommandFailure(.usage, "--avoid \(network.entity(avoided).id) names an end of the path")
        }
        let bound = all ? (maxHops ?? Self.allMaxHops) : maxHops
        var paths: [Path]
        var truncated = false
        if all {
            let found = Paths.allSimple(in: network.graph, from: source, to: target, maxHops: bound!,
                                        limit: maxPaths, filter: filter)
            (paths, truncated) = (found.paths, found.isTruncated)
        } else {
            paths = Paths.kShortest(in: network.graph, from: source, to: target, k: k, filter: filter,
                                    maxHops: bound ?? .max)
        }
        guard !paths.isEmpty else { throw CommandFailure.noPath(from: source, to: target, maxHops: bound, in: network) }
        switch options.format {
        case .json:
            try Output.json(Report(from: network.summary(source), to: network.summary(target), maxHops: bound,
                                   truncated: truncated, paths: paths.map { PathReport($0, in: network) }))
        case .text:
            for (i, path) in paths.enumerated() {
                if i > 0 { Output.line() }
                Output.line("path \(i + 1) of \(paths.count)\(truncated ? "+" : ""): \(path.hops) hop\(path.hops == 1 ? "" : "s")")
                for hop in network.explainedHops(path, ids: relationIDs.ids) { Output.line("  \(hop)") }
            }
            if truncated {
                Output.line()
                Output.line("stopped after \(maxPaths) path\(maxPaths == 1 ? "" : "s") (--max-paths); more exist within \(bound!) hops")
            }
        }
    }
}
