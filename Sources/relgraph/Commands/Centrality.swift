import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank entities by degree, betweenness, PageRank or closeness centrality.",
        discussion: """
            Measures are computed as networkx 3.6 computes them, on a simple view of the relations (two \
            entities linked by several relations count once; self-relations are ignored):
              degree       undirected view: distinct neighbours / (n − 1)
              betweenness  undirected view: share of shortest paths between other pairs through the entity, \
            over (n − 1)(n − 2); exact, or estimated from --samples source entities drawn with --seed
              closeness    undirected view: (r / d) · (r / (n − 1)) for r entities reachable at total distance d
              pagerank     directed view (from → to, symmetric types both ways): α 0.85, tolerance 1e-6, \
            the rank of entities without out-going relations spread evenly; stops when the ranks change by \
            less than min(n, 100) · 1e-6 in all (networkx's rule up to 100 entities)
            Betweenness and closeness use every core.
            """)

    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case degree, betweenness, pagerank, closeness
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: "degree, betweenness, pagerank or closeness.")
    var measure: Measure = .degree

    @Option(help: "Show the N highest (0: all).")
    var top: Int = 10

    @Option(help: "Betweenness: estimate from this many source entities instead of all.")
    var samples: Int?

    @Option(help: "Betweenness with --samples: the seed that picks the sources (same seed, same result).")
    var seed: UInt64 = 1

    @OptionGroup var relations: RelationFilterOptions

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 (all) or more") }
        if let samples {
            guard measure == .betweenness else { throw ValidationError("--samples applies to --measure betweenness") }
            guard samples >= 1 else { throw ValidationError("--samples must be at least 1") }
        }
    }

    struct Report: Encodable {
        var measure: String
        var view: String
        var samples: Int?
        var seed: UInt64?
        var entities: [RankedEntity]
    }

    func run() throws {
        let network = try options.network()
        let filter = TraversalFilter(network, TraversalCriteria(relations: try relations.criteria(in: network)))
        let graph = network.graph
        var description = "\(measure.rawValue), undirected view"
        let scores: [Double]
        let progress = options.progress
        Self.warnIfLong(measure, samples: samples, view: graph)
        switch measure {
        case .degree:
            scores = Centrality.degree(SimpleGraph(graph, filter: filter))
        case .closeness:
            let view = SimpleGraph(graph, filter: filter)
            scores = progress.phase("closeness", total: view.nodeCount) { Centrality.closeness(view, progress: $0.reporter) }
        case .betweenness:
            let sources = samples.map { Betweenness.sampleSources(nodeCount: graph.nodeCount, count: $0, seed: seed) }
            let view = SimpleGraph(graph, filter: filter)
            scores = progress.phase("betweenness", total: sources?.count ?? view.nodeCount) {
                Betweenness.compute(view, sources: sources, progress: $0.reporter)
            }
            description += sources.map { ", estimated from \($0.count) sources (seed \(seed))" } ?? ", exact"
        case .pagerank:
            let ranks = progress.phase("pagerank") { _ in PageRank.compute(SimpleGraph(graph, directed: true, filter: filter)) }
            guard let ranks else {
                throw CommandFailure(.internalFailure, "PageRank did not converge in 100 iterations")
            }
            scores = ranks
            description = "pagerank, directed view, α 0.85"
        }
        let ranked = Ranking.top(scores, top, in: network)
        switch options.format {
        case .json:
            try Output.json(Report(measure: measure.rawValue, view: measure == .pagerank ? "directed" : "undirected",
                                   samples: samples, seed: samples.map { _ in seed }, entities: ranked))
        case .text:
            Output.line(description)
            Output.table(ranked.map { [String($0.rank), Ranking.format($0.value), $0.entity.label, $0.entity.kind.rawValue] })
        }
    }

    /// Exact betweenness and closeness run one search from every entity: about V·E steps, which at
    /// 1M entities and 5M relations is days. Said before the work starts, so the user can stop it.
    static func warnIfLong(_ measure: Measure, samples: Int?, view graph: Graph) {
        guard measure == .closeness || (measure == .betweenness && samples == nil) else { return }
        let steps = Double(graph.nodeCount) * Double(graph.edgeCount)
        guard steps > 1e11 else { return }
        let advice = measure == .betweenness ? "--samples 256 estimates it in seconds"
                                             : "filter the relations (--types, --at) or use --measure pagerank"
        Output.warning("exact \(measure.rawValue) on \(graph.nodeCount) entities and \(graph.edgeCount) relations "
                       + "takes one search per entity (about \(String(format: "%.0e", steps)) steps, hours); \(advice)")
    }
}
