import ArgumentParser
import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO
import RelGraphRender

extension DiagramFormat: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a diagram through Graphviz: the org chart, the network, an entity's neighbourhood, or paths.",
        discussion: """
            Views: org (part_of, post_in, holds; boxes per country and top organisation), network (every entity \
            and relation; --kinds, --types, --country, --at filter it), ego ENTITY (everything within --radius \
            relations), path FROM TO (the --k shortest chains, each relation labelled with date and source), \
            diff OLD NEW (two datasets, or with --rev OLD..NEW one folder at two git revisions, as relgraph \
            diff reads them: their union with what was added in green, removed in red and dashed, changed \
            in orange, merged in purple).
            --engine auto lays out org charts and paths with dot, and networks with dot up to \
            \(LayoutEngine.largeNetwork) entities, sfdp above. Each layout runs in a fresh child relgraph \
            process, stopped after --timeout seconds (exit 70; 0: no limit); with dot the same input gives \
            the same bytes on every run (Graphviz's force-directed engines vary in an occasional run).
            --format dot writes the view's DOT text, not laid out. The output file is written only when \
            everything succeeded. --spec FILE --out-dir DIR renders every view a spec file lists \
            (Graphs/views.yaml).
            """)

    @OptionGroup var source: DataOptions

    @OptionGroup var options: ViewOptions

    @Option(name: .long, help: "Output format: svg, png, pdf, json (Graphviz's, laid out) or dot (the view's DOT text).")
    var format: DiagramFormat = .svg

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

    @Option(name: .long, help: ArgumentHelp("diff: compare the folder at two git revisions.", valueName: "old..new"))
    var rev: String?

    @Flag(name: .customLong("changed-only"),
          help: "diff: draw only what changed, with the entities at the ends of changed relations and merges.")
    var changedOnly = false

    @Option(name: .long, help: ArgumentHelp("Render every view this spec file lists (with --out-dir).",
                                            valueName: "file"))
    var spec: String?

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("Where --spec writes NAME.FORMAT files.",
                                                             valueName: "folder"))
    var outDir: String?

    func validate() throws {
        guard timeout >= 0, timeout.isFinite else { throw ValidationError("--timeout must be 0 or more seconds") }
        guard maxEntities >= 1 else { throw ValidationError("--max-entities must be at least 1") }
        guard (spec == nil) == (outDir == nil) else { throw ValidationError("--spec and --out-dir go together") }
        try options.validate(takesNoEntities: spec != nil || dotFile != nil, command: "render")
        if options.kind == .diff, spec == nil, dotFile == nil {
            guard source.data == nil else { throw ValidationError("--view diff reads OLD and NEW, not --data") }
            try DiffInputs.validate(paths: options.entities, range: rev, usage: "relgraph render --view diff")
        } else if rev != nil || changedOnly {
            throw ValidationError("--rev and --changed-only go with --view diff")
        }
    }

    func run() throws {
        if let spec, let outDir {
            try RenderSpec.run(file: spec, outDir: outDir, network: try source.network(), timeout: timeout)
            return
        }
        let drawing = try dotFile.map { try diagram(file: $0) }
            ?? (options.kind == .diff ? diffDiagram() : diagram(in: try source.network()))
        try AtomicFile.write(try drawing.bytes(as: format, timeout: timeout), to: output)
    }

    /// A DOT file as it stands. It has no view to choose an engine by: with auto, Graphviz uses
    /// the file's `layout` attribute (relgraph's views record theirs), or dot.
    private func diagram(file path: String) throws -> Diagram {
        let data = try DataSource.contents(of: path)
        return Diagram(dot: String(decoding: data, as: UTF8.self), engine: options.engine, nodeCount: 0, edgeCount: 0)
    }

    /// The view the flags ask for, as DOT text.
    func diagram(in network: Network) throws -> Diagram {
        if options.kind == .diff { return try diffDiagram() }
        let filter = try options.filter(in: network)
        if options.kind == .org || options.kind == .network {
            let count = filter.nodeOpen.map { $0.lazy.filter { $0 }.count } ?? network.graph.nodeCount
            guard count <= maxEntities else {
                throw CommandFailure(.usage, "the \(options.kind.rawValue) view would draw \(count) entities, more than "
                    + "--max-entities \(maxEntities): filter it (--kinds, --types, --country, --at), draw an ego or "
                    + "path view, or raise --max-entities")
            }
        }
        return try options.diagram(in: network, filter: filter)
    }

    /// The union of the two versions `--view diff` names, with what changed styled (`DiffView`).
    func diffDiagram() throws -> Diagram {
        let inputs = try DiffInputs.load(paths: options.entities, range: rev)
        let union = DiffUnion(old: inputs.old.dataset, new: inputs.new.dataset, diff: inputs.diff)
        let network = Network(union.dataset)
        let diagram = DiffView(union: union, network: network, filter: try options.filter(in: network),
                               edgeLabels: options.edgeLabels, changedOnly: changedOnly).diagram(engine: options.engine)
        // Counted once drawn (O(V) in the union): --changed-only draws far fewer than the filter lets through.
        guard diagram.nodeCount <= maxEntities else {
            throw CommandFailure(.usage, "the diff view would draw \(diagram.nodeCount) entities, more than "
                + "--max-entities \(maxEntities): draw --changed-only, filter it (--kinds, --types, --country, --at) "
                + "or raise --max-entities")
        }
        return diagram
    }
}
