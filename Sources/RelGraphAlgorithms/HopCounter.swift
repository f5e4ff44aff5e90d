import RelGraphCore

/// The length of a shortest path between two nodes, by a bidirectional breadth-first search that
/// keeps one byte per node (which side has reached it) instead of depths, and stops at the first
/// edge that joins the two sides.
///
/// On a million nodes the byte marks fit in the processor's cache where two depths per node do not,
/// which made a query about twice as fast. Level by level, always on the smaller frontier, the first
/// edge from one side into the other closes a shortest path: every node the other side has marked
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

    /// Hops on a shortest path from `source` to `target` through nodes `filter` lets pass (the ends
    /// excepted), or nil when there is none within `maxHops`.
    /// - Complexity: O(V' + E') for the nodes and edges reached.
    mutating func distance(in graph: Graph, filter: TraversalFilter, from source: Graph.Node, to target: Graph.Node,
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
                met = expand(frontiers.source, into: &frontiers.next, mark: Self.fromSource, in: graph, filter,
                             way: filter.direction, ends: (source, target))
                swap(&frontiers.source, &frontiers.next)
            } else {
                met = expand(frontiers.target, into: &frontiers.next, mark: Self.fromTarget, in: graph, filter,
                             way: filter.reversedDirection, ends: (source, target))
                swap(&frontiers.target, &frontiers.next)
            }
            if met { return hops }
        }
        return nil
    }

    /// Marks the next level of the side `mark`; true as soon as an edge reaches the other side.
    private mutating func expand(_ frontier: [Graph.Node], into next: inout [Graph.Node], mark: UInt8,
                                 in graph: Graph, _ filter: TraversalFilter, way: Direction,
                                 ends: (Graph.Node, Graph.Node)) -> Bool {
        next.removeAll(keepingCapacity: true)
        var touched = self.touched
        self.touched = []
        defer { self.touched = touched }
        let checksNodes = filter.nodeOpen != nil
        return marks.withUnsafeMutableBufferPointer { marks in
            /// One row of out- or in-edges; `alwaysFollowed` is false when only symmetric types may
            /// be walked that way.
            func reachesOtherSide(_ start: [Int32], _ edges: [Graph.Edge], _ neighbors: [Graph.Node], of node: Int,
                                  alwaysFollowed: Bool) -> Bool {
                for i in Int(start[node])..<Int(start[node + 1]) {
                    let neighbor = neighbors[i], n = Int(neighbor)
                    let seen = marks[n]
                    if seen == mark { continue }
                    let edge = edges[i]
                    guard alwaysFollowed || graph.isSymmetric(edge), filter.allows(edge) else { continue }
                    if seen != 0 { return true }
                    if checksNodes, neighbor != ends.0, neighbor != ends.1, !filter.canPass(neighbor) { continue }
                    marks[n] = mark
                    touched.append(neighbor)
                    next.append(neighbor)
                }
                return false
            }
            for node in frontier {
                if reachesOtherSide(graph.outStart, graph.outEdges, graph.outNeighbors, of: Int(node),
                                    alwaysFollowed: way != .in)
                    || reachesOtherSide(graph.inStart, graph.inEdges, graph.inNeighbors, of: Int(node),
                                        alwaysFollowed: way != .out) {
                    return true
                }
            }
            return false
        }
    }

    private mutating func reset() {
        for node in touched { marks[Int(node)] = 0 }
        touched.removeAll(keepingCapacity: true)
    }
}
