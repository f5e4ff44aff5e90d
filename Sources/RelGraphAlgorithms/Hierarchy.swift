import RelGraphCore

/// The `part_of` tree (a forest; a unit may have several parents) and who heads each unit.
///
/// Who heads a unit U — the rule, in order:
/// 1. a person with `heads → U`;
/// 2. a post with `heads → U`: each person who `holds` it (or the post alone when nobody is known to);
/// 3. a *head-like* post with `post_in → U` (and no `heads → U` of its own): each holder, or the post.
/// A post is head-like when its classification names the top of a unit — `head`, `chief`, `minister`,
/// `commander`, `director`, `chair`, `chairman`, `president`, `prime-minister`, `secretary`,
/// `general-secretary`, `secretary-general`, `governor`, `mayor`, or anything ending in `-head` or
/// `-chief` or starting `chief-` / `head-` — and does not start with `deputy-`, `vice-` or `assistant-`
/// (a deputy minister's post is in the ministry but does not head it). Only relations the filter
/// allows count, so `--at` asks who headed a unit on a date.
public struct Hierarchy: Sendable {
    /// One parent link: `child —part_of→ parent` through `edge`.
    public struct Link: Sendable, Equatable {
        public var edge: Graph.Edge
        public var node: Graph.Node
    }

    /// Someone (or some post) heading a unit, and the relations that say so, from the person out.
    public struct Head: Sendable, Equatable {
        public var person: Graph.Node?
        public var post: Graph.Node?
        public var relations: [Graph.Edge]
    }

    public let network: Network
    public let filter: TraversalFilter
    private let parentLinks: [Graph.Node: [Link]]
    private let childLinks: [Graph.Node: [Link]]

    /// - Complexity: O(V + E).
    public init(_ network: Network, filter: TraversalFilter = .undirected) {
        self.network = network
        self.filter = filter
        var parents: [Graph.Node: [Link]] = [:], children: [Graph.Node: [Link]] = [:]
        let graph = network.graph
        for e in 0..<graph.edgeCount {
            let edge = Graph.Edge(e)
            guard graph.type(of: edge).rawValue == "part_of", filter.allows(edge) else { continue }
            let (child, parent) = (graph.edgeSource[e], graph.edgeTarget[e])
            parents[child, default: []].append(Link(edge: edge, node: parent))
            children[parent, default: []].append(Link(edge: edge, node: child))
        }
        parentLinks = parents
        childLinks = children
    }

    public func parents(of node: Graph.Node) -> [Link] { parentLinks[node] ?? [] }
    public func children(of node: Graph.Node) -> [Link] { childLinks[node] ?? [] }

    /// Units that have parts but are part of nothing, in dataset order.
    /// - Complexity: O(V).
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

    /// Who heads `unit`, by the rule above; persons before bare posts, each group in dataset order.
    /// - Complexity: O(degree of unit + degrees of its posts).
    public func heads(of unit: Graph.Node) -> [Head] {
        let graph = network.graph
        var heads: [Head] = []
        var postsWithHeads: Set<Graph.Node> = []
        for edge in graph.incoming(unit) where filter.allows(edge) && graph.type(of: edge).rawValue == "heads" {
            let x = graph.edgeSource[Int(edge)]
            if graph.kind(of: x) == .post {
                postsWithHeads.insert(x)
                heads += holders(of: x, then: edge)
            } else {
                heads.append(Head(person: x, post: nil, relations: [edge]))
            }
        }
        for edge in graph.incoming(unit) where filter.allows(edge) && graph.type(of: edge).rawValue == "post_in" {
            let post = graph.edgeSource[Int(edge)]
            guard !postsWithHeads.contains(post), Self.isHeadLike(network.entity(post).classification) else { continue }
            heads += holders(of: post, then: edge)
        }
        return heads.sorted { a, b in
            (a.person == nil) != (b.person == nil) ? a.person != nil : a.relations.lexicographicallyPrecedes(b.relations)
        }
    }

    private func holders(of post: Graph.Node, then edge: Graph.Edge) -> [Head] {
        let graph = network.graph
        let holds = graph.incoming(post).filter { filter.allows($0) && graph.type(of: $0).rawValue == "holds" }
        guard !holds.isEmpty else { return [Head(person: nil, post: post, relations: [edge])] }
        return holds.map { Head(person: graph.edgeSource[Int($0)], post: post, relations: [$0, edge]) }
    }

    static let headClassifications: Set<String> = [
        "head", "chief", "minister", "commander", "director", "chair", "chairman", "president", "prime-minister",
        "secretary", "general-secretary", "secretary-general", "governor", "mayor",
    ]

    /// Whether a post of this classification heads the unit it is in (see the type's documentation).
    public static func isHeadLike(_ classification: String?) -> Bool {
        guard let c = classification?.lowercased() else { return false }
        if ["deputy-", "vice-", "assistant-"].contains(where: c.hasPrefix) { return false }
        return headClassifications.contains(c) || c.hasSuffix("-head") || c.hasSuffix("-chief")
            || c.hasPrefix("chief-") || c.hasPrefix("head-")
    }
}
