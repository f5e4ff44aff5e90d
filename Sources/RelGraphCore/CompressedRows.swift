import Dispatch

/// One direction of a graph's adjacency in compressed sparse rows: for each node v, the edges
/// keyed to it `edges[start[v]..<start[v + 1]]` (ascending) and at the same positions in
/// `neighbors` the node at their other end.
public struct CompressedRows: Sendable {
    public var start: [Int32]
    public var edges: [Graph.Edge]
    public var neighbors: [Graph.Node]

    public init(start: [Int32], edges: [Graph.Edge], neighbors: [Graph.Node]) {
        self.start = start
        self.edges = edges
        self.neighbors = neighbors
    }

    /// Out-rows (`side` 0) and in-rows (`side` 1), made at the same time on two threads: each is a
    /// pass over every edge whose scattered memory accesses dominate building a large graph.
    /// Nil when either side is.
    static func bothSides(_ make: @Sendable (_ side: Int) -> CompressedRows?) -> (out: Self, in: Self)? {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let rows = make(side)
            if side == 0 { results.out = rows } else { results.incoming = rows }
        }
        guard let out = results.out, let incoming = results.incoming else { return nil }
        return (out, incoming)
    }

    /// Whether both sides' rows are well formed (see `isWellFormed`), checked side by side.
    static func bothWellFormed(_ out: CompressedRows, _ incoming: CompressedRows, nodeCount: Int, edgeCount: Int) -> Bool {
        let results = Checks()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let rows = side == 0 ? out : incoming
            let valid = rows.isWellFormed(nodeCount: nodeCount, edgeCount: edgeCount)
            if side == 0 { results.out = valid } else { results.incoming = valid }
        }
        return results.out && results.incoming
    }

    /// Counting sort of edge ids by `keys[edge]`; stable, so each row lists edges in id order.
    /// Large graphs go through `bucketed` (unless `bucketing` is false), which gives the same rows.
    /// - Complexity: O(V + E).
    static func sorted(keys: [Graph.Node], others: [Graph.Node], nodeCount: Int, bucketing: Bool = true) -> Self {
        if bucketing && keys.count >= bucketedFrom && nodeCount >= bucketedFrom {
            return bucketed(keys: keys, others: others, nodeCount: nodeCount)
        }
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        let count = keys.count
        var edges = [Graph.Edge](repeating: 0, count: count)
        var neighbors = [Graph.Node](repeating: 0, count: count)
        keys.withUnsafeBufferPointer { keys in
            others.withUnsafeBufferPointer { others in
                start.withUnsafeMutableBufferPointer { start in
                    for key in keys { start[Int(key) + 1] += 1 }
                    for i in 0..<nodeCount { start[i + 1] += start[i] }
                    // Fill from the back of each row so that the row starts end where they began.
                    var cursor = Array(start.dropFirst())
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        edges.withUnsafeMutableBufferPointer { edges in
                            neighbors.withUnsafeMutableBufferPointer { neighbors in
                                for edge in stride(from: count - 1, through: 0, by: -1) {
                                    let key = Int(keys[edge])
                                    cursor[key] -= 1
                                    let slot = Int(cursor[key])
                                    edges[slot] = Graph.Edge(edge)
                                    neighbors[slot] = others[edge]
                                }
                            }
                        }
                    }
                }
            }
        }
        return CompressedRows(start: start, edges: edges, neighbors: neighbors)
    }

    /// Whether the starts rise from 0 to `edgeCount`, every edge and neighbour is in range and
    /// edges ascend within each row: what traversals rely on to stay in bounds and in order.
    /// - Complexity: O(V + E), reading every array in order.
    func isWellFormed(nodeCount: Int, edgeCount: Int) -> Bool {
        guard start.count == nodeCount + 1, start.first == 0, start.last.map(Int.init) == edgeCount,
              edges.count == edgeCount, neighbors.count == edgeCount else { return false }
        return start.withUnsafeBufferPointer { start in
            edges.withUnsafeBufferPointer { edges in
                neighbors.withUnsafeBufferPointer { neighbors in
                    let nodeLimit = UInt32(nodeCount), edgeLimit = Int32(edgeCount)
                    for node in 0..<nodeCount {
                        let (low, high) = (Int(start[node]), Int(start[node + 1]))
                        guard low <= high, high <= edgeCount else { return false }
                        var previous: Int32 = -1
                        var inRange = true
                        for i in low..<high {
                            let edge = edges[i]
                            // One comparison for 0 ≤ neighbour < nodeCount; no early exit, so the loop vectorises.
                            inRange = inRange && edge > previous && UInt32(bitPattern: neighbors[i]) < nodeLimit
                            previous = edge
                        }
                        guard inRange, previous < edgeLimit else { return false }
                    }
                    return true
                }
            }
        }
    }

    /// Where the two threads leave their verdicts, each in its own property.
    private final class Checks: @unchecked Sendable {
        var out = false
        var incoming = false
    }

    /// Where the two threads leave their rows; each writes only its own property, and
    /// `concurrentPerform` returns after both have finished.
    private final class Results: @unchecked Sendable {
        var out: CompressedRows?
        var incoming: CompressedRows?
    }
}
