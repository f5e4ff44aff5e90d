import ArgumentParser
import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO
import RelGraphRender

extension ViewKind: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension DiagramFormat: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a diagram through Graphviz: the org chart, the network, an entity's neighbourhood, or paths.",
        discussion: """
            Views: org (part_of, post_in, holds; boxes per country and top organisation), network (every entity \
            and relation; --kinds, --types, --country, --at filter it), ego ENTITY (everything within --radius \
            relations), path FROM TO (the --k shortest chains, each relation labelled with date and source).
            --engine auto lays out org charts and paths with dot, and networks with dot up to \
            \(LayoutEngine.largeNetwork) entities, sfdp above. Each layout runs in a fresh child relgraph \
            process, stopped after --timeout seconds (exit 70; 0: no limit); with dot the same input gives \
            the same bytes on every run (Graphviz's force-directed engines vary in an occasional run).
            --format dot writes the view's DOT text, not laid out. The output file is written only when \
            everything succeeded. --spec FILE --out-dir DIR renders every view a spec file lists \
            (Graphs/views.yaml).
            """)

    @OptionGroup var source: DataOptions

    @Option(name: .long, help: "Which diagram to draw.")
    var view: ViewKind = .org

    @Argument(help: ArgumentHelp("ego: the entity at the centre; path: the two ends (ids or names).",
                                 valueName: "entity"))
    var entities: [String] = []

    @Option(name: .long, help: "ego: how many relations away from the centre to draw.")
    var radius: Int = 1

    @Option(name: .customLong("k"), help: "path: draw the k shortest paths.")
    var k: Int = 1

    @Option(name: .customLong("max-hops"), help: "path: the longest path to consider, in relations.")
    var maxHops: Int?

    @Flag(name: .customLong("edge-labels"), help: "network: write each relation's type on its line.")
    var edgeLabels = false

    @Option(name: .long, help: ArgumentHelp("Only entities of these countries (comma-separated ISO codes: VN,LA).",
                                            valueName: "codes"))
    var country: String?

    @OptionGroup var traversal: TraversalOptions

    @Option(name: .long, help: "Output format: svg, png, pdf, json (Graphviz's, laid out) or dot (the view's DOT text).")
    var format: DiagramFormat = .svg

    @Option(name: .long, help: "Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.")
    var engine: LayoutEngine = .auto

    @Option(name: .long, help: ArgumentHelp("Stop a layout that takes longer than this (0: no limit).",
                                            valueName: "seconds"))
    var timeout: Double = 60

    @Option(name: .customLong("max-entities"), help: ArgumentHelp("""
        Refuse an org or network view of more entities than this: building and laying out a million \
        takes minutes and gigabytes for a drawing nobody can read.
        """, valueName: "n"))
    var maxEntities: Int = 50_000

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write (- is standard output).",
                                                                       valueName: "file"))
    var output: String = "-"

    @Option(name: .customLong("dot"), help: ArgumentHelp("Lay out this DOT file instead of drawing a view.",
                                                         valueName: "file"))
    var dotFile: String?

    @Option(name: .long, help: ArgumentHelp("Render every view this spec file lists (with --out-dir).",
                                            valueName: "file"))
    var spec: String?

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("Where --spec writes NAME.FORMAT files.",
                                                             valueName: "folder"))
    var outDir: String?

    func validate() throws {
        guard timeout >= 0, timeout.isFinite else { throw ValidationError("--timeout must be 0 or more seconds") }
        guard maxEntities >= 1 else { throw ValidationError("--max-entities must be at least 1") }
        guard radius >= 0 else { throw ValidationError("--radius must be 0 or more") }
        guard (1...maxK).contains(k) else { throw ValidationError("--k must be from 1 to \(maxK)") }
        guard maxHops.map({ $0 >= 1 }) ?? true else { throw ValidationError("--max-hops must be at least 1") }
        guard (spec == nil) == (outDir == nil) else { throw ValidationError("--spec and --out-dir go together") }
        if spec != nil || dotFile != nil {
            guard entities.isEmpty else { throw ValidationError("--spec and --dot take no entity arguments") }
            return
        }
        let expected = view == .ego ? 1 : view == .path ? 2 : 0
        guard entities.count == expected else {
            switch view {
            case .ego: throw ValidationError("--view ego takes one entity: relgraph render --view ego ENTITY")
            case .path: throw ValidationError("--view path takes two entities: relgraph render --view path FROM TO")
            case .org, .network: throw ValidationError("--view \(view.rawValue) takes no entity arguments")
            }
        }
    }

    func run() throws {
        if let spec, let outDir {
            try RenderSpec.run(file: spec, outDir: outDir, network: try source.network(), timeout: timeout)
            return
        }
        let drawing = try dotFile.map { try diagram(file: $0) } ?? diagram(in: try source.network())
        try AtomicFile.write(try drawing.bytes(as: format, timeout: timeout), to: output)
    }

    /// A DOT file as it stands. It has no view to choose an engine by: with auto, Graphviz uses
    /// the file's `layout` attribute (relgraph's views record theirs), or dot.
    private func diagram(file path: String) throws -> Diagram {
        let data = try DataSource.contents(of: path)
        return Diagram(dot: String(decoding: data, as: UTF8.self), engine: engine, nodeCount: 0, edgeCount: 0)
    }

    /// The view the flags ask for, as DOT text.
    func diagram(in network: Network) throws -> Diagram {
        var filter = try traversal.filter(in: network)
        if let country {
            filter = filter.keeping(countries: Set(RelationFilterOptions.items(country)), in: network)
        }
        if view == .org || view == .network {
            let count = filter.nodeOpen.map { $0.lazy.filter { $0 }.count } ?? network.graph.nodeCount
            guard count <= maxEntities else {
                throw CommandFailure(.usage, "the \(view.rawValue) view would draw \(count) entities, more than "
                    + "--max-entities \(maxEntities): filter it (--kinds, --types, --country, --at), draw an ego or "
                    + "path view, or raise --max-entities")
            }
        }
        switch view {
        case .org:
            return OrgChartView(network: network, filter: filter).diagram(engine: engine)
        case .network:
            return NetworkView(network: network, filter: filter, edgeLabels: edgeLabels).diagram(engine: engine)
        case .ego:
            return EgoView(network: network, center: try network.resolve(entities[0]), radius: radius,
                           filter: filter).diagram(engine: engine)
        case .path:
            let source = try network.resolve(entities[0]), target = try network.resolve(entities[1])
            let paths = Paths.kShortest(in: network.graph, from: source, to: target, k: k, filter: filter,
                                        maxHops: maxHops ?? .max)
            guard !paths.isEmpty else {
                throw CommandFailure.noPath(from: source, to: target, maxHops: maxHops, in: network)
            }
            return PathView(network: network, paths: paths).diagram(engine: engine)
        }
    }
}
