import RelGraphCore

/// A walk through the graph that names the relation used at each hop, so that two parallel relations
/// between the same pair (a `holds` and a `heads`, two citations of a meeting) give two different paths.
///
/// `nodes.count == edges.count + 1`; `edges[i]` joins `nodes[i]` and `nodes[i + 1]` (in either direction).
public struct Path: Hashable, Sendable {
    public var nodes: [Graph.Node]
    public var edges: [Graph.Edge]

    public init(nodes: [Graph.Node], edges: [Graph.Edge]) {
        precondition(nodes.count == edges.count + 1, "a path has one more node than edges")
        self.nodes = nodes
        self.edges = edges
    }

    /// The path of length 0 that starts and ends at `node`.
    public init(at node: Graph.Node) {
        self.init(nodes: [node], edges: [])
    }

    public var source: Graph.Node { nodes[0] }
    public var target: Graph.Node { nodes[nodes.count - 1] }
    /// The number of relations walked.
    public var hops: Int { edges.count }

    /// Shorter first, then by the sequence of edge ids: the order every path list uses, so that results
    /// do not depend on hash seeds or thread timing.
    public static func ranks(_ a: Path, before b: Path) -> Bool {
        if a.hops != b.hops { return a.hops < b.hops }
        return a.edges.lexicographicallyPrecedes(b.edges)
    }
}
