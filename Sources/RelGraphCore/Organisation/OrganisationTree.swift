/// The organisation tree of a network, read once: the `part_of` links (a forest — a unit may have
/// several parents), each organisation's or post's *unit parent* (the organisation it is drawn
/// inside), the top organisation above everything, and `part_of` cycles.
///
/// The one place where relgraph decides what "above" means, for the hierarchy command, the org
/// chart, the DOT export's clusters and the validator:
/// - `parents(of:)` / `children(of:)`: every `part_of` link the predicate allows, of any kinds
///   (events are part of events, places of places);
/// - `unit(of:)`: for an organisation its first `part_of` to another organisation, for a post its
///   first `post_in` (in relation order) — one parent each, so a chart can nest boxes;
/// - `topOrganisation(of:)`: the organisation at the end of the unit chain, for an organisation or a
///   post; for a person, the one top organisation of all the posts they hold, when there is one.
public struct OrganisationTree: Sendable {
    /// One parent or child link: through `edge` to `node`.
    public struct Link: Sendable, Equatable {
        public var edge: Graph.Edge
        public var node: Graph.Node
    }

    public let graph: Graph
    /// The relations the tree was read from; `heads(of:in:)` asks it again.
    public let allows: @Sendable (Graph.Edge) -> Bool
    private let parentLinks: [Graph.Node: [Link]]
    private let childLinks: [Graph.Node: [Link]]
    private let unitParent: [Graph.Node: Graph.Node]
    /// The posts each person holds, in relation order.
    private let heldPosts: [Graph.Node: [Graph.Node]]

    /// The tree of `graph` over the relations `allows` accepts (all by default; `--at` or a view's
    /// filter passes its own).
    /// - Complexity: O(V + E).
    public init(_ graph: Graph, allows: @escaping @Sendable (Graph.Edge) -> Bool = { _ in true }) {
        self.graph = graph
        self.allows = allows
        var parents: [Graph.Node: [Link]] = [:], children: [Graph.Node: [Link]] = [:]
        var unit: [Graph.Node: Graph.Node] = [:], posts: [Graph.Node: [Graph.Node]] = [:]
        for e in 0..<graph.edgeCount {
            let edge = Graph.Edge(e)
            guard Self.isTreeType(graph.type(of: edge)), allows(edge) else { continue }
            let (from, to) = (graph.edgeSource[e], graph.edgeTarget[e])
            switch Self.role(of: edge, in: graph) {
            case .partOf:
                parents[from, default: []].append(Link(edge: edge, node: to))
                children[to, default: []].append(Link(edge: edge, node: from))
                if Self.isUnitLink(edge, in: graph), unit[from] == nil { unit[from] = to }
            case .postIn:
                if unit[from] == nil { unit[from] = to }
            case .holds:
                posts[from, default: []].append(to)
            case nil:
                break
            }
        }
        parentLinks = parents
        childLinks = children
        unitParent = unit
        heldPosts = posts
    }

    /// What a relation is to the tree: `part_of` of any kinds, `post_in` from a post to an
    /// organisation, `holds` from a person to a post; nil for anything else.
    public enum Role: Sendable { case partOf, postIn, holds }

    public static func role(of edge: Graph.Edge, in graph: Graph) -> Role? {
        let type = graph.type(of: edge)
        let kinds = (graph.kind(of: graph.edgeSource[Int(edge)]), graph.kind(of: graph.edgeTarget[Int(edge)]))
        switch type {
        case .partOf: return .partOf
        case .postIn where kinds == (.post, .organization): return .postIn
        case .holds where kinds == (.person, .post): return .holds
        default: return nil
        }
    }

    /// Whether `edge` places one organisation inside another (or a post in one): the links an org
    /// chart draws and nests boxes by.
    public static func isUnitLink(_ edge: Graph.Edge, in graph: Graph) -> Bool {
        let (from, to) = (graph.edgeSource[Int(edge)], graph.edgeTarget[Int(edge)])
        switch role(of: edge, in: graph) {
        case .partOf: return from != to && graph.kind(of: from) == .organization && graph.kind(of: to) == .organization
        case .postIn: return true
        default: return false
        }
    }

    private static func isTreeType(_ type: RelationType) -> Bool {
        type == .partOf || type == .postIn || type == .holds
    }

    public func parents(of node: Graph.Node) -> [Link] { parentLinks[node] ?? [] }
    public func children(of node: Graph.Node) -> [Link] { childLinks[node] ?? [] }

    /// The organisation `node` (an organisation or a post) is drawn inside, if any.
    public func unit(of node: Graph.Node) -> Graph.Node? { unitParent[node] }

    /// The posts `person` holds, in relation order.
    public func posts(of person: Graph.Node) -> [Graph.Node] { heldPosts[person] ?? [] }

    /// Units that have parts but are part of nothing, in dataset order.
    /// - Complexity: O(V log V).
    public var roots: [Graph.Node] {
        childLinks.keys.filter { parentLinks[$0] == nil }.sorted()
    }

    /// Every unit above `node`, nearest first (breadth-first over parent links; each once), with the
    /// link that reached it.
    /// - Complexity: O(ancestors + their links).
    public func ancestors(of node: Graph.Node) -> [(link: Link, child: Graph.Node)] {
        var result: [(link: Link, child: Graph.Node)] = []
        var seen: Set<Graph.Node> = [node]
        var queue = [node], head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for link in parents(of: current) where seen.insert(link.node).inserted {
                result.append((link, current))
                queue.append(link.node)
            }
        }
        return result
    }

    /// Every unit below `node`.
    /// - Complexity: O(descendants + their links).
    public func descendantCount(of node: Graph.Node) -> Int {
        var seen: Set<Graph.Node> = [node]
        var stack = [node]
        while let current = stack.popLast() {
            for link in children(of: current) where seen.insert(link.node).inserted { stack.append(link.node) }
        }
        return seen.count - 1
    }

    /// The top organisation above `node`: the end of its unit chain for an organisation or a post
    /// (nil when that is not an organisation: a post in nothing); for a person, the one top
    /// organisation of all their posts, nil when there is none or several.
    /// - Complexity: O(depth of the chain · posts).
    public func topOrganisation(of node: Graph.Node) -> Graph.Node? {
        if graph.kind(of: node) == .person {
            let tops = Set(posts(of: node).compactMap { topOrganisation(of: $0) })
            return tops.count == 1 ? tops.first : nil
        }
        var current = node
        var seen: Set<Graph.Node> = [node]
        while let next = unitParent[current], seen.insert(next).inserted { current = next }
        return graph.kind(of: current) == .organization ? current : nil
    }
}
