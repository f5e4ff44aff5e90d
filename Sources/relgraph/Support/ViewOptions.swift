import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore
import RelGraphRender

extension ViewKind: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

/// Which diagram to draw and what goes into it: the options `render` and `report` share.
struct ViewOptions: ParsableArguments {
    @Option(name: .long, help: """
        Which diagram to draw: org, network, ego, path, or diff (render only) (default: render org, report network).
        """)
    var view: ViewKind?

    /// The command's own default view when none is given.
    var defaultView: ViewKind = .org
    var kind: ViewKind { view ?? defaultView }

    enum CodingKeys: CodingKey { case view, entities, radius, k, maxHops, edgeLabels, country, traversal, engine }

    @Argument(help: ArgumentHelp("""
        ego: the entity at the centre; path: the two ends (ids or names); diff: the OLD and NEW datasets \
        (with --rev, the dataset folder).
        """,
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

    @Option(name: .long, help: "Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.")
    var engine: LayoutEngine = .auto

    /// Checks the numbers, and the entity arguments unless `takesNoEntities` (a spec or a DOT file);
    /// `command` names the command in the usage the messages give.
    func validate(takesNoEntities: Bool, command: String) throws {
        guard radius >= 0 else { throw ValidationError("--radius must be 0 or more") }
        guard (1...maxK).contains(k) else { throw ValidationError("--k must be from 1 to \(maxK)") }
        guard maxHops.map({ $0 >= 1 }) ?? true else { throw ValidationError("--max-hops must be at least 1") }
        if takesNoEntities {
            guard entities.isEmpty else { throw ValidationError("--spec and --dot take no entity arguments") }
            return
        }
        // The diff view's arguments are datasets, checked with its --rev (`DiffInputs.validate`).
        if kind == .diff { return }
        let expected = kind == .ego ? 1 : kind == .path ? 2 : 0
        guard entities.count == expected else {
            switch kind {
            case .ego: throw ValidationError("--view ego takes one entity: relgraph \(command) --view ego ENTITY")
            case .path: throw ValidationError("--view path takes two entities: relgraph \(command) --view path FROM TO")
            case .org, .network, .diff: throw ValidationError("--view \(kind.rawValue) takes no entity arguments")
            }
        }
    }

    /// The filter the flags describe, with `--country` applied.
    func filter(in network: Network) throws -> TraversalFilter {
        var filter = try traversal.filter(in: network)
        if let country {
            filter = filter.keeping(countries: Set(RelationFilterOptions.items(country)), in: network)
        }
        return filter
    }

    /// The view the flags ask for, as DOT text, drawn through `filter`.
    func diagram(in network: Network, filter: TraversalFilter) throws -> Diagram {
        switch kind {
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
        case .diff:
            throw CommandFailure(.usage, "--view diff draws two datasets of its own: relgraph render --view diff OLD NEW")
        }
    }
}
