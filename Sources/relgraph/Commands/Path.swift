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

            --pairs FILE (or - for standard input) answers many pairs in one run: one pair per line \
            (source and target separated by a comma or a tab, quoted when a name holds a comma; further \
            fields, a source,target header, blank lines and # comments are ignored), each answered as soon \
            as it is read by one line of JSON: {"line", "query", "answer"} with what --format json prints \
            for that pair, or {"line", "query", "error": {"exit", "message"}}. The exit status is then the \
            most severe of the pairs' (65 for a malformed line, 1 for no path or an unknown entity).
            """)

    static let allMaxHops = 6

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Where the path starts: an entity id or name.")
    var from: String?

    @Argument(help: "Where the path ends: an entity id or name.")
    var to: String?

    @Option(help: ArgumentHelp("Answer every source,target pair of this file (- for standard input), one JSON line each.",
                               valueName: "file"))
    var pairs: String?

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
        if pairs != nil {
            guard from == nil else { throw ValidationError("give either two entities or --pairs, not both") }
        } else {
            guard from != nil, to != nil else { throw ValidationError("give two entities (from, to), or --pairs FILE") }
        }
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

        init(_ source: Graph.Node, _ target: Graph.Node, _ paths: [Path], maxHops: Int?, truncated: Bool,
             in network: Network) {
            from = network.summary(source)
            to = network.summary(target)
            self.maxHops = maxHops
            self.truncated = truncated
            self.paths = paths.map { PathReport($0, in: network) }
        }
    }

    func run() throws {
        let network = try options.network()
        if let pairs {
            var paths = try PathFinder(self, network)
            try BatchQueries(input: pairs, fields: ["source", "target"]).run { query in
                // Two statements: `paths.report(try paths.find(…))` would hold a copy of `paths` while
                // `find` runs, and the search would then copy its scratch arrays (9 MB at 1M) every pair.
                let found = try paths.find(from: query[0], to: query[1])
                return paths.report(found)
            }
            return
        }
        // One pair: the ends are resolved before the flags, so an unknown entity is reported first.
        let source = try network.resolve(from!), target = try network.resolve(to!)
        var paths = try PathFinder(self, network)
        let found = try paths.find(from: source, to: target)
        switch options.format {
        case .json:
            try Output.json(paths.report(found))
        case .text:
            for (i, path) in found.paths.enumerated() {
                if i > 0 { Output.line() }
                Output.line("path \(i + 1) of \(found.paths.count)\(found.truncated ? "+" : ""): \(path.hops) hop\(path.hops == 1 ? "" : "s")")
                for hop in network.explainedHops(path, ids: relationIDs.ids) { Output.line("  \(hop)") }
            }
            if found.truncated {
                Output.line()
                Output.line("stopped after \(maxPaths) path\(maxPaths == 1 ? "" : "s") (--max-paths); more exist within \(found.bound!) hops")
            }
        }
    }
}

/// The paths `relgraph path` lists for one pair, with the scratch space of the search kept from one
/// pair to the next (a million entities make it worth keeping).
private struct PathFinder {
    struct Found {
        var source: Graph.Node
        var target: Graph.Node
        var bound: Int?
        var paths: [Path]
        var truncated: Bool
    }

    let command: PathCommand
    let network: Network
    let avoided: [Graph.Node]
    var search: ShortestPathSearch

    init(_ command: PathCommand, _ network: Network) throws {
        self.command = command
        self.network = network
        search = ShortestPathSearch(graph: network.graph, filter: try command.traversal.filter(in: network))
        avoided = try command.traversal.avoided(in: network)
    }

    mutating func find(from: String, to: String) throws -> Found {
        try find(from: try network.resolve(from), to: try network.resolve(to))
    }

    mutating func find(from source: Graph.Node, to target: Graph.Node) throws -> Found {
        if let avoided = avoided.first(where: { $0 == source || $0 == target }) {
            throw CommandFailure(.usage, "--avoid \(network.entity(avoided).id) names an end of the path")
        }
        let bound = command.all ? (command.maxHops ?? PathCommand.allMaxHops) : command.maxHops
        var found = Found(source: source, target: target, bound: bound, paths: [], truncated: false)
        if command.all {
            let all = Paths.allSimple(in: network.graph, from: source, to: target, maxHops: bound!,
                                      limit: command.maxPaths, filter: search.filter)
            (found.paths, found.truncated) = (all.paths, all.isTruncated)
        } else {
            found.paths = Paths.kShortest(using: &search, from: source, to: target, k: command.k, maxHops: bound ?? .max)
        }
        guard !found.paths.isEmpty else { throw CommandFailure.noPath(from: source, to: target, maxHops: bound, in: network) }
        return found
    }

    func report(_ found: Found) -> PathCommand.Report {
        PathCommand.Report(found.source, found.target, found.paths, maxHops: found.bound, truncated: found.truncated,
                           in: network)
    }
}
