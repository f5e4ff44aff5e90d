import RelGraphCore

/// Bidirectional breadth-first search between two nodes, with scratch space kept between queries so
/// that many queries on one graph allocate once (O(V)) and then touch only what they explore.
///
/// Both searches advance one whole level at a time, always on the smaller frontier; when a level
/// meets the other side the length d is known and every node of every shortest path carries a
/// depth label from one side or the other. The path returned is then, among all shortest paths, the
/// one whose sequence of edge ids is lexicographically smallest: a deterministic choice that
/// does not depend on which side happened to expand first.
public struct ShortestPathSearch {
    public let graph: Graph
    public let filter: TraversalFilter
    /// Each node's depth from the source (forward) and from the target (backward); -1 = not reached.
    /// The two sit side by side because a step reads both: one cache line instead of two.
    private var depths: [Depths]
    /// Nodes of the forward side from which the meeting level can be reached along shortest steps.
    private var leadsToMeeting: [Bool]
    private var touched: [Graph.Node] = []
    /// Per-query bans (Yen's algorithm).
    private var bans = Bans()
    /// The lighter search behind `distance`.
    private var hops: HopCounter

    /// - Complexity: O(V) for the scratch arrays.
    public init(graph: Graph, filter: TraversalFilter = .undirected) {
        self.graph = graph
        self.filter = filter
        depths = [Depths](repeating: Depths(), count: graph.nodeCount)
        leadsToMeeting = [Bool](repeating: false, count: graph.nodeCount)
        hops = HopCounter(nodeCount: graph.nodeCount)
    }

    /// A shortest path from `source` to `target` of at most `maxHops` relations, or nil. Paths pass
    /// only through nodes the filter lets through (the two ends excepted), and neither through
    /// `bannedNodes` nor along `bannedEdges`.
    /// - Complexity: O(V' + E') for the nodes and edges the two searches reach, worst case O(V + E).
    public mutating func path(from source: Graph.Node, to target: Graph.Node, maxHops: Int = .max,
                              bannedNodes: [Graph.Node] = [], bannedEdges: [Graph.Edge] = []) -> Path? {
        if source == target { return Path(at: source) }
        setBans(nodes: bannedNodes, edges: bannedEdges, to: true)
        defer {
            setBans(nodes: bannedNodes, edges: bannedEdges, to: false)
            reset()
        }
        guard let levels = meet(source, target, maxHops: maxHops) else { return nil }
        return canonicalPath(source, target, levels)
    }

    /// The number of hops on a shortest path, or nil when there is none within `maxHops`.
    /// - Complexity: as `path(from:to:)`.
    public mutating func distance(from source: Graph.Node, to target: Graph.Node, maxHops: Int = .max) -> Int? {
        hops.distance(along: FilteredSteps(graph: graph, filter: filter), from: source, to: target, maxHops: maxHops)
    }

    // MARK: - The search

    private struct Levels { var forward: Int; var backward: Int; var meeting: [Graph.Node] }

    /// Runs both searches until they meet; returns the depth each reached and the meeting nodes: all
    /// nodes at forward depth `forward` and backward depth `backward`.
    private mutating func meet(_ source: Graph.Node, _ target: Graph.Node, maxHops: Int) -> Levels? {
        depths[Int(source)].forward = 0
        depths[Int(target)].backward = 0
        touched.append(source)
        touched.append(target)
        var forwardFrontier = [source], backwardFrontier = [target]
        var levels = Levels(forward: 0, backward: 0, meeting: [])
        while !forwardFrontier.isEmpty, !backwardFrontier.isEmpty, levels.forward + levels.backward < maxHops {
            let isForward = forwardFrontier.count <= backwardFrontier.count
            if isForward {
                forwardFrontier = expand(forwardFrontier, depth: levels.forward, forward: true,
                                         ends: (source, target), meeting: &levels.meeting)
                levels.forward += 1
            } else {
                backwardFrontier = expand(backwardFrontier, depth: levels.backward, forward: false,
                                          ends: (source, target), meeting: &levels.meeting)
                levels.backward += 1
            }
            if !levels.meeting.isEmpty { return levels }
        }
        return nil
    }

    /// Labels the next level of one side; nodes the other side has labelled go to `meeting`.
    ///
    /// The hottest loop of every path query: it reads the rows and the depths through raw pointers,
    /// since array accesses on `self` cost a uniqueness check per write at a million nodes.
    private mutating func expand(_ frontier: [Graph.Node], depth: Int, forward: Bool,
                                 ends: (source: Graph.Node, target: Graph.Node),
                                 meeting: inout [Graph.Node]) -> [Graph.Node] {
        var next: [Graph.Node] = []
        var touched = self.touched
        self.touched = []
        let nextDepth = Int32(depth + 1)
        let way = forward ? filter.direction : filter.reversedDirection
        let checksNodes = bans.isActive || filter.nodeOpen != nil
        let graph = self.graph, filter = self.filter, bans = self.bans
        depths.withUnsafeMutableBufferPointer { depths in
            /// One row of out- or in-edges; `alwaysFollowed` is false when only symmetric types may
            /// be walked that way.
            func visit(_ start: [Int32], _ edges: [Graph.Edge], _ neighbors: [Graph.Node], of node: Int,
                       alwaysFollowed: Bool) {
                for i in Int(start[node])..<Int(start[node + 1]) {
                    let neighbor = neighbors[i], n = Int(neighbor)
                    if (forward ? depths[n].forward : depths[n].backward) >= 0 { continue }
                    let edge = edges[i]
                    guard alwaysFollowed || graph.isSymmetric(edge), filter.allows(edge) else { continue }
                    if checksNodes, !bans.isWalkable(edge, into: neighbor, ends: ends, filter) { continue }
                    if forward { depths[n].forward = nextDepth } else { depths[n].backward = nextDepth }
                    if (forward ? depths[n].backward : depths[n].forward) >= 0 {
                        meeting.append(neighbor)
                    } else {
                        touched.append(neighbor)
                    }
                    next.append(neighbor)
                }
            }
            for node in frontier {
                visit(graph.outStart, graph.outEdges, graph.outNeighbors, of: Int(node), alwaysFollowed: way != .in)
                visit(graph.inStart, graph.inEdges, graph.inNeighbors, of: Int(node), alwaysFollowed: way != .out)
            }
        }
        self.touched = touched
        return next
    }

    // MARK: - Reading the path back

    /// The lexicographically smallest shortest path: first mark the forward nodes that lead to the
    /// meeting level, then walk from the source always taking the smallest edge id that keeps a
    /// shortest completion possible.
    private mutating func canonicalPath(_ source: Graph.Node, _ target: Graph.Node, _ levels: Levels) -> Path {
        let ends = (source, target)
        var layer = levels.meeting
        for node in layer { leadsToMeeting[Int(node)] = true }
        for depth in stride(from: levels.forward - 1, through: 0, by: -1) {
            var previous: [Graph.Node] = []
            for node in layer {
                filter.forEachStep(in: graph, from: node, reversed: true) { edge, neighbor in
                    let n = Int(neighbor)
                    guard depths[n].forward == depth, !leadsToMeeting[n],
                          bans.isWalkable(edge, into: node, ends: ends, filter) else { return }
                    leadsToMeeting[n] = true
                    previous.append(neighbor)
                }
            }
            layer = previous
        }
        var nodes = [source], edges: [Graph.Edge] = []
        var current = source
        for depth in 0..<(levels.forward + levels.backward) {
            var best: (edge: Graph.Edge, node: Graph.Node)?
            filter.forEachStep(in: graph, from: current) { edge, neighbor in
                let n = Int(neighbor)
                let onPath = depth < levels.forward
                    ? depths[n].forward == depth + 1 && leadsToMeeting[n]
                    : depths[n].backward == levels.forward + levels.backward - depth - 1
                guard onPath, bans.isWalkable(edge, into: neighbor, ends: ends, filter) else { return }
                if best == nil || edge < best!.edge { best = (edge, neighbor) }
            }
            edges.append(best!.edge)
            nodes.append(best!.node)
            current = best!.node
        }
        return Path(nodes: nodes, edges: edges)
    }

    // MARK: - Scratch space

    private mutating func reset() {
        for node in touched {
            depths[Int(node)] = Depths()
            leadsToMeeting[Int(node)] = false
        }
        touched.removeAll(keepingCapacity: true)
    }

    private mutating func setBans(nodes: [Graph.Node], edges: [Graph.Edge], to value: Bool) {
        guard !nodes.isEmpty || !edges.isEmpty else { return }
        if bans.node.isEmpty {
            bans.node = [Bool](repeating: false, count: graph.nodeCount)
            bans.edge = [Bool](repeating: false, count: graph.edgeCount)
        }
        for node in nodes { bans.node[Int(node)] = value }
        for edge in edges { bans.edge[Int(edge)] = value }
        bans.isActive = value
    }
}

/// Nodes and edges one query must avoid; empty arrays until a query first bans something.
private struct Bans {
    var node: [Bool] = []
    var edge: [Bool] = []
    var isActive = false

    /// Whether a walk may take `edge` into `node`: not banned, and the node one the filter lets
    /// walks pass through (the two ends always are).
    func isWalkable(_ edge: Graph.Edge, into node: Graph.Node, ends: (source: Graph.Node, target: Graph.Node),
                    _ filter: TraversalFilter) -> Bool {
        if isActive, self.edge[Int(edge)] || self.node[Int(node)] { return false }
        return node == ends.source || node == ends.target || filter.canPass(node)
    }
}

/// A node's depths from the two ends of a bidirectional search; -1 = not reached.
private struct Depths {
    var forward: Int32 = -1
    var backward: Int32 = -1
}
