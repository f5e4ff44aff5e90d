import Dispatch

/// One direction of a graph's adjacency in compressed sparse rows: for each node, the edges keyed
/// to it (ascending) and the node at their other end.
struct CompressedRows {
    var start: [Int32]
    var edges: [Graph.Edge]
    var neighbors: [Graph.Node]

    /// Out-rows (keyed by source) and in-rows (keyed by target), built at the same time on two
    /// threads: each is a counting sort whose scattered writes dominate building a large graph.
    /// - Complexity: O(V + E).
    static func both(sources: [Graph.Node], targets: [Graph.Node], nodeCount: Int) -> (out: Self, in: Self) {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let rows = side == 0 ? sorted(keys: sources, others: targets, nodeCount: nodeCount)
                : sorted(keys: targets, others: sources, nodeCount: nodeCount)
            if side == 0 { results.out = rows } else { results.incoming = rows }
        }
        return (results.out!, results.incoming!)
    }

    /// Counting sort of edge ids by `keys[edge]`; stable, so each row lists edges in id order.
    static func sorted(keys: [Graph.Node], others: [Graph.Node], nodeCount: Int) -> Self {
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

    /// Where the two threads leave their rows; each writes only its own property, and
    /// `concurrentPerform` returns after both have finished.
    private final class Results: @unchecked Sendable {
        var out: CompressedRows?
        var incoming: CompressedRows?
    }
}
