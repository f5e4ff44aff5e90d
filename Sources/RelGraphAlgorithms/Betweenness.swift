/// Betweenness centrality on the undirected simple view: how often an entity lies on the shortest
/// paths between two others (Brandes 2001), normalised like networkx `betweenness_centrality`
/// (`normalized=True`, endpoints excluded).
public enum Betweenness {
    /// Exact betweenness (`sources == nil`) or the estimate from shortest paths out of `sources` only.
    ///
    /// Scaling follows networkx 3.6: exact values are divided by (n − 1)(n − 2); a sample of k sources
    /// divides sampled nodes by (k − 1)(n − 2) and the others by k(n − 2). Sources are split into a
    /// fixed number of pieces run on all cores, each with its own accumulator, summed in piece order.
    /// - Complexity: O(S · (V + E)) time for S sources (S = V when exact), O(P · V) memory for P pieces.
    public static func compute(_ view: SimpleGraph, sources: [Int32]? = nil) -> [Double] {
        precondition(!view.isDirected, "betweenness is computed on the undirected view")
        let n = view.nodeCount
        let sampled = sources.flatMap { $0.count == n ? nil : $0 }
        let sourceCount = sampled?.count ?? n
        let pieces = Parallel.pieces(for: sourceCount)
        var partial = [Double](repeating: 0, count: pieces * n)
        partial.withUnsafeMutableBufferPointer { buffer in
            let shared = DisjointWrites(base: buffer.baseAddress!)
            Parallel.forEachPiece(of: sourceCount, pieces: pieces) { piece, range in
                var accumulator = BrandesAccumulator(view: view)
                let into = DisjointWrites(base: shared.base + piece * n)
                for i in range { accumulator.add(source: Int(sampled?[i] ?? Int32(i)), into: into) }
            }
        }
        var total = [Double](repeating: 0, count: n)
        for piece in 0..<pieces {
            for v in 0..<n { total[v] += partial[piece * n + v] }
        }
        guard n > 2 else { return total }
        let pairs = Double(n - 2)
        if let sampled {
            let k = Double(sampled.count)
            let sourceScale = sampled.count > 1 ? 1 / ((k - 1) * pairs) : .nan
            let otherScale = 1 / (k * pairs)
            var isSource = [Bool](repeating: false, count: n)
            for s in sampled { isSource[Int(s)] = true }
            for v in 0..<n { total[v] *= isSource[v] ? sourceScale : otherScale }
        } else {
            let scale = 1 / (Double(n - 1) * pairs)
            for v in 0..<n { total[v] *= scale }
        }
        return total
    }

    /// `count` sources drawn from `SeededGenerator(seed:)`: the same seed gives the same sample, and so
    /// the same estimate, everywhere.
    public static func sampleSources(nodeCount: Int, count: Int, seed: UInt64) -> [Int32] {
        var generator = SeededGenerator(seed: seed)
        return generator.sample(min(count, nodeCount), from: nodeCount)
    }
}

/// One thread's scratch space for Brandes' single-source step.
struct BrandesAccumulator {
    let view: SimpleGraph
    var distance: [Int32]
    var sigma: [Double]
    var delta: [Double]
    var order: [Int32] = []

    init(view: SimpleGraph) {
        self.view = view
        distance = [Int32](repeating: -1, count: view.nodeCount)
        sigma = [Double](repeating: 0, count: view.nodeCount)
        delta = sigma
        order.reserveCapacity(view.nodeCount)
    }

    /// Adds the dependencies of every node on `source`'s shortest paths to `betweenness`.
    mutating func add(source: Int, into betweenness: DisjointWrites<Double>) {
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        order.append(Int32(source))
        var head = 0
        while head < order.count {
            let u = Int(order[head])
            head += 1
            let next = distance[u] + 1
            for v32 in view.neighbors(of: u) {
                let v = Int(v32)
                if distance[v] < 0 {
                    distance[v] = next
                    order.append(v32)
                }
                if distance[v] == next { sigma[v] += sigma[u] }
            }
        }
        // Back to front: each node passes (1 + its dependency) / its path count to its predecessors,
        // found as the neighbours one level closer to the source (no predecessor lists to build).
        for w32 in order.reversed() {
            let w = Int(w32)
            let coefficient = (1 + delta[w]) / sigma[w]
            let previous = distance[w] - 1
            for v32 in view.neighbors(of: w) where distance[Int(v32)] == previous {
                delta[Int(v32)] += sigma[Int(v32)] * coefficient
            }
            if w != source { betweenness[w] += delta[w] }
        }
        for v in order {
            distance[Int(v)] = -1
            sigma[Int(v)] = 0
            delta[Int(v)] = 0
        }
    }
}
