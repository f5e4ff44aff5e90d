import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphRender
import RelGraphReport
import RelGraphServe

/// The queries `relgraph serve` answers, each the JSON its command prints with `--format json`
/// (search, show, neighbors, path), plus `view`, the page's drawing of a neighbourhood or of paths
/// (a `ReportData`, laid out on demand).
struct ViewerAPI: Sendable {
    let network: Network
    let timeout: Double
    /// A neighbourhood larger than this is listed but not drawn: a layout of thousands of entities
    /// takes seconds and reads as a blot.
    static let maxDrawn = 300
    static let maxRadius = 2
    static let maxK = 10

    /// What the server's page starts from: where to ask, and the relation types' rules.
    struct PageData: Encodable {
        struct TypeRules: Encodable { var symmetric: Bool; var momentary: Bool }
        var api = "/api"
        var title: String
        var entityCount: Int
        var relationCount: Int
        var types: [String: TypeRules]
    }

    func pageData() -> PageData {
        let types = network.graph.types.map(\.self) + RelationTypeSpec.table.map(\.type)
        return PageData(title: (network.hasRecords ? network.dataset.title : nil) ?? "relgraph",
                        entityCount: network.graph.nodeCount, relationCount: network.graph.edgeCount,
                        types: Dictionary(types.map {
                            ($0.rawValue, PageData.TypeRules(symmetric: $0.isSymmetric, momentary: $0.spec?.isMomentary == true))
                        }, uniquingKeysWith: { a, _ in a }))
    }

    var queries: [String: ViewerRoutes.Query] {
        let api = self
        return [
            "search": { try api.search($0) },
            "show": { try api.show($0) },
            "neighbors": { try api.neighbors($0) },
            "path": { try api.path($0) },
            "view": { try api.view($0) },
        ]
    }

    /// HTTP statuses for the CLI's errors: not found 404, usage and bad data 400, the rest 500.
    @Sendable static func status(of error: any Error) -> (Int, String)? {
        guard let error = error as? any ReportableError else { return nil }
        switch error.exitStatus {
        case .notFound: return (404, error.line)
        case .usage, .badData: return (400, error.line)
        case .ok, .internalFailure: return (500, error.line)
        }
    }

    // MARK: - The queries

    func search(_ query: [String: String]) throws -> [UInt8] {
        let text = try Self.required("q", query)
        let limit = try Self.number("limit", query, default: 20, in: 1...100)
        return Array(try Output.jsonData(Search.report(text, limit: limit, in: network)))
    }

    func show(_ query: [String: String]) throws -> [UInt8] {
        Array(try Output.jsonData(Show.report(try network.resolve(try Self.required("entity", query)), in: network)))
    }

    func neighbors(_ query: [String: String]) throws -> [UInt8] {
        let start = try network.resolve(try Self.required("entity", query))
        let depth = try Self.number("depth", query, default: 1, in: 1...Self.maxRadius)
        let report = Neighbors.report(from: start, depth: depth, filter: try filter(query), in: network)
        return Array(try Output.jsonData(report))
    }

    func path(_ query: [String: String]) throws -> [UInt8] {
        let (source, target, paths, maxHops) = try findPaths(query)
        return Array(try Output.jsonData(PathCommand.Report(source, target, paths, maxHops: maxHops, truncated: false,
                                                            in: network)))
    }

    /// `entity` (and `radius`): its neighbourhood; `from` and `to` (and `k`): the paths between them.
    func view(_ query: [String: String]) throws -> [UInt8] {
        let diagram: Diagram
        let title: String
        if query["from"] != nil || query["to"] != nil {
            let (source, target, paths, _) = try findPaths(query)
            diagram = PathView(network: network, paths: paths).diagram()
            title = "\(network.entity(source).displayName) → \(network.entity(target).displayName)"
        } else {
            let center = try network.resolve(try Self.required("entity", query))
            let radius = try Self.number("radius", query, default: 1, in: 0...Self.maxRadius)
            let nodes = Traversal.breadthFirst(in: network.graph, from: center, filter: .undirected, maxDepth: radius)
                .map(\.node)
            title = network.entity(center).displayName
            guard nodes.count <= Self.maxDrawn else {
                return try page(nodes: Array(nodes), diagram: nil, title: title, view: "ego")
            }
            diagram = EgoView(network: network, center: center, radius: radius).diagram()
        }
        return try page(nodes: nil, diagram: diagram, title: title, view: "ego")
    }

    // MARK: - Parameters

    private func findPaths(_ query: [String: String]) throws -> (Graph.Node, Graph.Node, [Path], Int?) {
        let source = try network.resolve(try Self.required("from", query))
        let target = try network.resolve(try Self.required("to", query))
        let k = try Self.number("k", query, default: 1, in: 1...Self.maxK)
        let maxHops = try query["max_hops"].map { _ in try Self.number("max_hops", query, default: 0, in: 1...100) }
        let paths = Paths.kShortest(in: network.graph, from: source, to: target, k: k, filter: try filter(query),
                                    maxHops: maxHops ?? .max)
        guard !paths.isEmpty else { throw CommandFailure.noPath(from: source, to: target, maxHops: maxHops, in: network) }
        return (source, target, paths, maxHops)
    }

    /// `at`, as `--at`.
    private func filter(_ query: [String: String]) throws -> TraversalFilter {
        guard let text = query["at"], !text.isEmpty else { return .undirected }
        guard let date = PartialDate(text) else {
            throw ViewerError(status: 400, "at must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '\(text)'")
        }
        return TraversalFilter(network, TraversalCriteria(relations: RelationCriteria(at: date)))
    }

    /// The drawing of `diagram` (laid out now, one layout at a time), or `nodes` undrawn.
    private func page(nodes: [Graph.Node]?, diagram: Diagram?, title: String, view: String) throws -> [UInt8] {
        let layout = try diagram.map { diagram in try Self.layouts.withLock { try diagram.layout(in: network, timeout: timeout) } }
        let drawn = nodes ?? layout?.nodes.map(\.node) ?? []
        let inside = Set(drawn)
        var edges = Set<Graph.Edge>()
        for node in drawn {
            network.graph.forEachIncident(of: node, direction: .both) { edge, other in
                if inside.contains(other) { edges.insert(edge) }
            }
        }
        let data = ReportData(network: network, nodes: drawn.sorted(), edges: edges.sorted(), layout: layout,
                              title: title, view: view, at: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(data))
    }

    /// Graphviz is not thread-safe, and each layout is a child process: one at a time.
    private static let layouts = NSLock()

    static func required(_ name: String, _ query: [String: String]) throws -> String {
        guard let value = query[name], !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ViewerError(status: 400, "missing parameter '\(name)'")
        }
        return value
    }

    static func number(_ name: String, _ query: [String: String], default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = query[name] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw ViewerError(status: 400, "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
