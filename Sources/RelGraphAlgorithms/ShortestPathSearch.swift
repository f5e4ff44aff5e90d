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
    /// Depth from the source (forward) and from the target (backward); -1 = not reached.
    private var forwardDepth: [Int32]
    private var backwardDepth: [Int32]
    /// Nodes of the forward side from which the meeting level can be reached along shortest steps.
    private var leadsToMeeting: [Bool]
    private var touched: [Graph.Node] = []
    /// Per-query bans (Yen's algorithm); empty arrays when never used.
    private var bannedNode: [Bool] = []
    private var bannedEdge: [Bool] = []
    private var hasBans = false

    /// - Complexity: O(V) for the scratch arrays.
    public init(graph: Graph, filter: TraversalFilter = .undirected) {
        self.graph = graph
        self.filter = filter
        forwardDepth = [Int32](repeating: -1, count: graph.nodeCount)
        backwardDepth = forwardDepth
        leadsToMeeting = [Bool](repeating: false, count: graph.nodeCount)
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
        guard let levels = meet(source, target, maxHops: maxHops, wholeLevel: true) else { return nil }
        return canonicalPath(source, target, levels)
    }

    /// The number of hops on a shortest path, or nil when there is none within `maxHops`.
    /// - Complexity: as `path(from:to:)`.
    public mutating func distance(from source: Graph.Node, to target: Graph.Node, maxHops: Int = .max) -> Int? {
        if source == target { return 0 }
        defer { reset() }
        return meet(source, target, maxHops: maxHops, wholeLevel: false).map { $0.forward + $0.backward }
    }

    // MARK: - The search

    private struct Levels { var forward: Int; var backward: Int; var meeting: [Graph.Node] }

    /// Runs both searches until they meet; returns the depth each reached and the meeting nodes: all
    /// nodes at forward depth `forward` and backward depth `backward` when `wholeLevel`, else the first
    /// found (enough for the length, and the last level is usually the largest).
    private mutating func meet(_ source: Graph.Node, _ target: Graph.Node, maxHops: Int, wholeLevel: Bool) -> Levels? {
        forwardDepth[Int(source)] = 0
        backwardDepth[Int(target)] = 0
        touched.append(source)
        touched.append(target)
        var forwardFrontier = [source], backwardFrontier = [target]
        var levels = Levels(forward: 0, backward: 0, meeting: [])
        while !forwardFrontier.isEmpty, !backwardFrontier.isEmpty, levels.forward + levels.backward < maxHops {
            let isForward = forwardFrontier.count <= backwardFrontier.count
            if isForward {
                forwardFrontier = expand(forwardFrontier, depth: levels.forward, forward: true,
                                         ends: (source, target), wholeLevel: wholeLevel, meeting: &levels.meeting)
                levels.forward += 1
            } else {
                backwardFrontier = expand(backwardFrontier, depth: levels.backward, forward: false,
                                          ends: (source, target), wholeLevel: wholeLevel, meeting: &levels.meeting)
                levels.backward += 1
            }
            if !levels.meeting.isEmpty { return levels }
        }
        return nil
    }

    /// Labels the next level of one side; nodes the other side has labelled go to `meeting`.
    private mutating func expand(_ frontier: [Graph.Node], depth: Int, forward: Bool,
                                 ends: (source: Graph.Node, target: Graph.Node), wholeLevel: Bool,
                                 meeting: inout [Graph.Node]) -> [Graph.Node] {
        var next: [Graph.Node] = []
        let nextDepth = Int32(depth + 1)
        for node in frontier where wholeLevel || meeting.isEmpty {
            filter.forEachStep(in: graph, from: node, reversed: !forward) { edge, neighbor in
                let n = Int(neighbor)
                if forward ? forwardDepth[n] >= 0 : backwardDepth[n] >= 0 { return }
                guard isWalkable(edge, into: neighbor, ends: ends) else { return }
                if forward { forwardDepth[n] = nextDepth } else { backwardDepth[n] = nextDepth }
                if (forward ? backwardDepth[n] : forwardDepth[n]) >= 0 {
                    meeting.append(neighbor)
                } else {
                    touched.append(neighbor)
                }
                next.append(neighbor)
            }
        }
        return next
    }

    private func isWalkable(_ edge: Graph.Edge, into node: Graph.Node,
                            ends: (source: Graph.Node, target: Graph.Node)) -> Bool {
        if hasBans, bannedEdge[Int(edge)] || bannedNode[Int(node)] { return false }
        return node == ends.source || node == ends.target || filter.canPass(node)
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
                    guard forwardDepth[n] == depth, !leadsToMeeting[n],
                          isWalkable(edge, into: node, ends: ends) else { return }
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
                    ? forwardDepth[n] == depth + 1 && leadsToMeeting[n]
                    : backwardDepth[n] == levels.forward + levels.backward - depth - 1
                guard onPath, isWalkable(edge, into: neighbor, ends: ends) else { return }
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
            forwardDepth[Int(node)] = -1
            backwardDepth[Int(node)] = -1
            leadsToMeeting[Int(node)] = false
        }
        touched.removeAll(keepingCapacity: true)
    }

    private mutating func setBans(nodes: [Graph.Node], edges: [Graph.Edge], to value: Bool) {
        guard !nodes.isEmpty || !edges.isEmpty else { return }
        if bannedNode.isEmpty {
            bannedNode = [Bool](repeating: false, count: graph.nodeCount)
            bannedEdge = [Bool](repeating: false, count: graph.edgeCount)
        }
        for node in nodes { bannedNode[Int(node)] = value }
        for edge in edges { bannedEdge[Int(edge)] = value }
        hasBans = value
    }
}
