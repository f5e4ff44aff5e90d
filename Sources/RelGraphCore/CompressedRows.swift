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
        if bucketing && bucketsPay(edgeCount: keys.count, nodeCount: nodeCount) {
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

    /// Whether the starts rise from 0 to `edgeCount` and every edge and neighbour is in range: what
    /// traversals rely on to stay in bounds. (That edges ascend within each row, as `sorted` makes
    /// them, is not checked: a file that breaks it with a valid content hash is made by hand, and
    /// it would change the order of answers, never read out of bounds.)
    /// - Complexity: O(V + E), flat passes that read every array in order (and vectorise).
    func isWellFormed(nodeCount: Int, edgeCount: Int) -> Bool {
        guard start.count == nodeCount + 1, start.first == 0, start.last.map(Int.init) == edgeCount,
              edges.count == edgeCount, neighbors.count == edgeCount else { return false }
        let falls = start.withUnsafeBufferPointer { start in
            var falls = 0
            for node in 0..<nodeCount { falls &+= start[node] > start[node + 1] ? 1 : 0 }
            return falls
        }
        return falls == 0 && Self.all(edges, below: edgeCount) && Self.all(neighbors, below: nodeCount)
    }

    /// Whether every value is in 0..<limit (negative values compare as large unsigned ones).
    private static func all(_ values: [Int32], below limit: Int) -> Bool {
        values.withUnsafeBufferPointer { values in
            var largest: UInt32 = 0
            for value in values { largest = max(largest, UInt32(bitPattern: value)) }
            return values.isEmpty || Int(largest) < limit
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
