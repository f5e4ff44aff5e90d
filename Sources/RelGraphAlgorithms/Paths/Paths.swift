import RelGraphCore

/// Paths between two entities: the shortest one, the k shortest simple ones (Yen), and all simple
/// ones up to a length. Every path names the relation walked at each hop; lengths count relations.
///
/// Example: in `giang —holds→ minister —post_in→ ministry`, `Paths.shortest(in: graph, from: giang,
/// to: ministry)` is `Path(nodes: [giang, minister, ministry], edges: [holds, postIn])`.
public enum Paths {
    /// A shortest path from `source` to `target` within `maxHops` relations, or nil. Among several
    /// shortest paths, the one whose edge ids are lexicographically smallest.
    /// - Complexity: O(V + E) worst case (bidirectional BFS; usually far less), plus O(V) to allocate
    ///   scratch space: use `ShortestPathSearch` directly for many queries on one graph.
    public static func shortest(in graph: Graph, from source: Graph.Node, to target: Graph.Node,
                                filter: TraversalFilter = .undirected, maxHops: Int = .max) -> Path? {
        var search = ShortestPathSearch(graph: graph, filter: filter)
        return search.path(from: source, to: target, maxHops: maxHops)
    }

    /// The `k` shortest simple paths (no entity twice) from `source` to `target` within `maxHops`,
    /// ordered by `Path.ranks`; parallel relations make distinct paths. Fewer than `k` when the graph
    /// has fewer.
    ///
    /// Yen's algorithm: each new path deviates from the previous one at some spur node, with the
    /// root before it fixed, the edges that earlier paths took out of the same root banned, and the
    /// root's nodes banned.
    /// - Complexity: O(k · L · (V + E)) for paths of up to L hops.
    public static func kShortest(in graph: Graph, from source: Graph.Node, to target: Graph.Node, k: Int,
                                 filter: TraversalFilter = .undirected, maxHops: Int = .max) -> [Path] {
        var search = ShortestPathSearch(graph: graph, filter: filter)
        return kShortest(using: &search, from: source, to: target, k: k, maxHops: maxHops)
    }

    /// `kShortest(in:from:to:k:filter:maxHops:)` on the graph and filter of `search`, whose scratch
    /// space is reused: what many queries on one large graph call.
    /// - Complexity: O(k · L · (V' + E')) for the parts of the graph the searches reach.
    public static func kShortest(using search: inout ShortestPathSearch, from source: Graph.Node,
                                 to target: Graph.Node, k: Int, maxHops: Int = .max) -> [Path] {
        guard k > 0 else { return [] }
        guard let first = search.path(from: source, to: target, maxHops: maxHops) else { return [] }
        var accepted = [first]
        var candidates: [Path] = []
        var seen: Set<[Graph.Edge]> = [first.edges]
        while accepted.count < k {
            let last = accepted[accepted.count - 1]
            for spurIndex in 0..<last.hops {
                let root = last.edges[..<spurIndex]
                let bannedEdges = accepted.compactMap { path in
                    path.hops > spurIndex && path.edges[..<spurIndex] == root ? path.edges[spurIndex] : nil
                }
                let spur = search.path(from: last.nodes[spurIndex], to: target, maxHops: maxHops - spurIndex,
                                       bannedNodes: Array(last.nodes[..<spurIndex]), bannedEdges: bannedEdges)
                guard let spur else { continue }
                let candidate = Path(nodes: last.nodes[..<spurIndex] + spur.nodes, edges: root + spur.edges)
                if seen.insert(candidate.edges).inserted { candidates.append(candidate) }
            }
            guard let best = candidates.indices.min(by: { Path.ranks(candidates[$0], before: candidates[$1]) })
            else { break }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    /// Simple paths found by `allSimple`, and whether the limit cut the list short.
    public struct Enumeration: Sendable {
        public var paths: [Path]
        /// True when more paths exist within the hop bound than `limit` allowed.
        public var isTruncated: Bool
    }

    /// Every simple path from `source` to `target` of at most `maxHops` relations, shortest first
    /// (`Path.ranks` order), stopping after `limit` paths.
    ///
    /// Lengths are enumerated one at a time, each by a depth-first search pruned with the BFS
    /// distance to the target, so that hitting `limit` keeps the shortest paths.
    /// - Complexity: O(V + E) for the distances, then O(P · maxHops · Δ) per length for P paths
    ///   printed and maximum degree Δ — exponential in `maxHops` on dense graphs, hence `limit`.
    public static func allSimple(in graph: Graph, from source: Graph.Node, to target: Graph.Node,
                                 maxHops: Int, limit: Int = 1_000,
                                 filter: TraversalFilter = .undirected) -> Enumeration {
        guard source != target else { return Enumeration(paths: [Path(at: source)], isTruncated: false) }
        let toTarget = Traversal.depths(in: graph, from: target, filter: filter, reversed: true, maxDepth: maxHops,
                                        through: { $0 == source || filter.canPass($0) })
        guard let shortest = toTarget[source] else { return Enumeration(paths: [], isTruncated: false) }
        var enumerator = SimplePathEnumerator(graph: graph, filter: filter, target: target,
                                              toTarget: toTarget, limit: limit)
        for length in shortest...max(shortest, maxHops) where !enumerator.isFull {
            enumerator.enumerate(from: source, length: length)
        }
        return Enumeration(paths: enumerator.paths, isTruncated: enumerator.isTruncated)
    }
}

/// The depth-first search behind `Paths.allSimple`, for one exact length at a time.
struct SimplePathEnumerator {
    let graph: Graph
    let filter: TraversalFilter
    let target: Graph.Node
    /// Hops from each node to the target (only nodes within the bound).
    let toTarget: [Graph.Node: Int]
    let limit: Int
    var paths: [Path] = []
    var isTruncated = false
    private var onPath: Set<Graph.Node> = []

    init(graph: Graph, filter: TraversalFilter, target: Graph.Node, toTarget: [Graph.Node: Int], limit: Int) {
        self.graph = graph
        self.filter = filter
        self.target = target
        self.toTarget = toTarget
        self.limit = limit
    }

    var isFull: Bool { isTruncated }

    mutating func enumerate(from source: Graph.Node, length: Int) {
        var nodes = [source], edges: [Graph.Edge] = []
        onPath = [source]
        extend(&nodes, &edges, remaining: length)
    }

    /// Extends the path by every edge, in edge-id order, that can still reach the target in exactly
    /// `remaining` hops without repeating a node.
    private mutating func extend(_ nodes: inout [Graph.Node], _ edges: inout [Graph.Edge], remaining: Int) {
        let current = nodes[nodes.count - 1]
        if current == target {
            if remaining == 0 {
                if paths.count == limit { isTruncated = true } else { paths.append(Path(nodes: nodes, edges: edges)) }
            }
            return
        }
        var steps: [(edge: Graph.Edge, node: Graph.Node)] = []
        filter.forEachStep(in: graph, from: current) { edge, neighbor in
            guard let distance = toTarget[neighbor], distance <= remaining - 1, !onPath.contains(neighbor) else { return }
            steps.append((edge, neighbor))
        }
        steps.sort { $0.edge < $1.edge }
        for step in steps where !isTruncated {
            nodes.append(step.node)
            edges.append(step.edge)
            onPath.insert(step.node)
            extend(&nodes, &edges, remaining: remaining - 1)
            onPath.remove(step.node)
            nodes.removeLast()
            edges.removeLast()
        }
    }
}
