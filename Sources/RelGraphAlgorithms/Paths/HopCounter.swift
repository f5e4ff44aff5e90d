import RelGraphCore

/// The length of a shortest path between two nodes, by a bidirectional breadth-first search that
/// keeps one byte per node (which side has reached it) instead of depths, and stops at the first
/// step that joins the two sides.
///
/// On a million nodes the byte marks fit in the processor's cache where two depths per node do not,
/// which made a query about twice as fast. Level by level, always on the smaller frontier, the first
/// step from one side into the other closes a shortest path: every node the other side has marked
/// lies at its current depth (were it nearer, this side would have been met from it a level earlier).
struct HopCounter {
    private static let fromSource: UInt8 = 1, fromTarget: UInt8 = 2

    private var marks: [UInt8]
    private var touched: [Graph.Node] = []
    private var frontiers: (source: [Graph.Node], target: [Graph.Node], next: [Graph.Node]) = ([], [], [])

    /// - Complexity: O(V) for the marks.
    init(nodeCount: Int) {
        marks = [UInt8](repeating: 0, count: nodeCount)
    }

    /// Hops on a shortest path from `source` to `target` along `steps`, or nil when there is none
    /// within `maxHops`.
    /// - Complexity: O(V' + E') for the nodes and steps reached.
    mutating func distance(along steps: some HopSteps, from source: Graph.Node, to target: Graph.Node,
                           maxHops: Int) -> Int? {
        if source == target { return 0 }
        defer { reset() }
        marks[Int(source)] = Self.fromSource
        marks[Int(target)] = Self.fromTarget
        touched += [source, target]
        var frontiers = self.frontiers
        defer { self.frontiers = frontiers }
        frontiers.source = [source]
        frontiers.target = [target]
        var hops = 0
        while !frontiers.source.isEmpty, !frontiers.target.isEmpty, hops < maxHops {
            hops += 1
            let met: Bool
            if frontiers.source.count <= frontiers.target.count {
                met = expand(frontiers.source, into: &frontiers.next, mark: Self.fromSource, steps, backward: false,
                             ends: (source, target))
                swap(&frontiers.source, &frontiers.next)
            } else {
                met = expand(frontiers.target, into: &frontiers.next, mark: Self.fromTarget, steps, backward: true,
                             ends: (source, target))
                swap(&frontiers.target, &frontiers.next)
            }
            if met { return hops }
        }
        return nil
    }

    /// Marks the next level of the side `mark`; true as soon as a step reaches the other side.
    private mutating func expand(_ frontier: [Graph.Node], into next: inout [Graph.Node], mark: UInt8,
                                 _ steps: some HopSteps, backward: Bool, ends: (Graph.Node, Graph.Node)) -> Bool {
        next.removeAll(keepingCapacity: true)
        var touched = self.touched
        self.touched = []
        defer { self.touched = touched }
        // Marks are read and written through a raw pointer: array writes on `self` cost a
        // uniqueness check each, which showed at a million nodes.
        return marks.withUnsafeMutableBufferPointer { marks in
            for node in frontier {
                let met = steps.contains(stepsFrom: Int(node), backward: backward) { neighbor in
                    let seen = marks[Int(neighbor)]
                    if seen == mark { return false }
                    if seen != 0 { return true }
                    guard neighbor == ends.0 || neighbor == ends.1 || steps.mayPass(neighbor) else { return false }
                    marks[Int(neighbor)] = mark
                    touched.append(neighbor)
                    next.append(neighbor)
                    return false
                }
                if met { return true }
            }
            return false
        }
    }

    private mutating func reset() {
        for node in touched { marks[Int(node)] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}

/// What a hop count walks: the steps out of each node, one way or the other, and the nodes a path
/// may pass through.
protocol HopSteps {
    /// Calls `body(neighbor)` for each step from `node` (taken backwards when `backward`) until it
    /// returns true; whether it did.
    func contains(stepsFrom node: Int, backward: Bool, where body: (Graph.Node) -> Bool) -> Bool
    /// Whether a path may pass through `node` (its two ends always may).
    func mayPass(_ node: Graph.Node) -> Bool
}

/// The relations of a graph that a filter lets a walk take.
struct FilteredSteps: HopSteps {
    let graph: Graph
    let filter: TraversalFilter

    func contains(stepsFrom node: Int, backward: Bool, where body: (Graph.Node) -> Bool) -> Bool {
        let way = backward ? filter.reversedDirection : filter.direction
        return row(graph.outStart, graph.outEdges, graph.outNeighbors, of: node, alwaysFollowed: way != .in, body)
            || row(graph.inStart, graph.inEdges, graph.inNeighbors, of: node, alwaysFollowed: way != .out, body)
    }

    /// One row of out- or in-edges; `alwaysFollowed` is false when only symmetric types may be
    /// walked that way.
    @inline(__always)
    private func row(_ start: [Int32], _ edges: [Graph.Edge], _ neighbors: [Graph.Node], of node: Int,
                     alwaysFollowed: Bool, _ body: (Graph.Node) -> Bool) -> Bool {
        for i in Int(start[node])..<Int(start[node + 1]) {
            let edge = edges[i]
            guard alwaysFollowed || graph.isSymmetric(edge), filter.allows(edge) else { continue }
            if body(neighbors[i]) { return true }
        }
        return false
    }

    func mayPass(_ node: Graph.Node) -> Bool { filter.canPass(node) }
}

extension SimpleGraph: HopSteps {
    /// An undirected view's neighbours (a directed view would need its reverse to walk backwards).
    func contains(stepsFrom node: Int, backward: Bool, where body: (Graph.Node) -> Bool) -> Bool {
        for i in offsets[node]..<offsets[node + 1] where body(neighbors[i]) { return true }
        return false
    }

    func mayPass(_ node: Graph.Node) -> Bool { true }
}

/// Shortest-path lengths in an undirected simple view, for many queries on one view: the view's
/// rows are contiguous and free of parallel relations, so a count reads fewer, closer bytes than
/// on the relations (`ShortestPathSearch.distance`), as networkit's `BidirectionalBFS` does on its
/// undirected copy.
public struct ViewHopSearch {
    public let view: SimpleGraph
    private var counter: HopCounter

    /// - Complexity: O(V) for the scratch space.
    public init(_ view: SimpleGraph) {
        precondition(!view.isDirected, "hops are counted on the undirected view")
        self.view = view
        counter = HopCounter(nodeCount: view.nodeCount)
    }

    /// The number of hops on a shortest path, or nil when there is none within `maxHops`.
    /// - Complexity: O(V' + E') for the nodes and links reached.
    public mutating func distance(from source: Graph.Node, to target: Graph.Node, maxHops: Int = .max) -> Int? {
        counter.distance(along: view, from: source, to: target, maxHops: maxHops)
    }
}
