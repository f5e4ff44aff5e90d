/// Degree and closeness centrality on the undirected simple view, as networkx defines them.
public enum Centrality {
    /// Distinct neighbours over n − 1 (networkx `degree_centrality`).
    /// - Complexity: O(V).
    public static func degree(_ view: SimpleGraph) -> [Double] {
        let n = view.nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let scale = 1.0 / Double(n - 1)
        return (0..<n).map { Double(view.degree($0)) * scale }
    }

    /// Closeness with the Wasserman–Faust correction for disconnected graphs (networkx
    /// `closeness_centrality`, `wf_improved=True`): for a node reaching r others at total distance d,
    /// (r / d) · (r / (n − 1)); 0 when it reaches none. One BFS per node, spread over all cores.
    /// `progress` hears of each node done, from any thread.
    /// - Complexity: O(V · (V + E)).
    public static func closeness(_ view: SimpleGraph, progress: (@Sendable (Int) -> Void)? = nil) -> [Double] {
        precondition(!view.isDirected, "closeness is computed on the undirected view")
        let n = view.nodeCount
        var result = [Double](repeating: 0, count: n)
        result.withUnsafeMutableBufferPointer { buffer in
            let base = DisjointWrites(base: buffer.baseAddress!)
            Parallel.forEachPiece(of: n, pieces: Parallel.pieces(for: n)) { _, range in
                var distance = [Int32](repeating: -1, count: n)
                var queue: [Int32] = []
                queue.reserveCapacity(n)
                for source in range {
                    queue.removeAll(keepingCapacity: true)
                    queue.append(Int32(source))
                    distance[source] = 0
                    var head = 0, total = 0
                    while head < queue.count {
                        let u = Int(queue[head])
                        head += 1
                        total += Int(distance[u])
                        for v in view.neighbors(of: u) where distance[Int(v)] < 0 {
                            distance[Int(v)] = distance[u] + 1
                            queue.append(v)
                        }
                    }
                    for v in queue { distance[Int(v)] = -1 }
                    let reached = Double(queue.count - 1)
                    var value = 0.0
                    if total > 0, n > 1 {
                        value = reached / Double(total)
                        value *= reached / Double(n - 1)
                    }
                    base[source] = value
                    progress?(1)
                }
            }
        }
        return result
    }
}
