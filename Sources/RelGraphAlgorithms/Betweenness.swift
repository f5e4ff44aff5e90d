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

/// One thread's scratch space for Brandes' single-source step. The hot loops read the view and the
/// scratch through raw pointers: with array slices, every neighbour row costs a retain and release
/// and every access a bounds check, which doubled the time on 10,000-node graphs.
struct BrandesAccumulator {
    let view: SimpleGraph
    var distance: [Int32]
    var sigma: [Double]
    var delta: [Double]
    var order: [Int32]

    init(view: SimpleGraph) {
        self.view = view
        distance = [Int32](repeating: -1, count: view.nodeCount)
        sigma = [Double](repeating: 0, count: view.nodeCount)
        delta = sigma
        order = [Int32](repeating: 0, count: view.nodeCount)
    }

    /// Adds the dependencies of every node on `source`'s shortest paths to `betweenness`.
    mutating func add(source: Int, into betweenness: DisjointWrites<Double>) {
        view.offsets.withUnsafeBufferPointer { offsets in
            view.neighbors.withUnsafeBufferPointer { neighbors in
                distance.withUnsafeMutableBufferPointer { distance in
                    sigma.withUnsafeMutableBufferPointer { sigma in
                        delta.withUnsafeMutableBufferPointer { delta in
                            order.withUnsafeMutableBufferPointer { order in
                                Self.accumulate(source, offsets, neighbors, distance, sigma, delta, order, betweenness)
                            }
                        }
                    }
                }
            }
        }
    }

    private static func accumulate(_ source: Int, _ offsets: UnsafeBufferPointer<Int>,
                                   _ neighbors: UnsafeBufferPointer<Int32>,
                                   _ distance: UnsafeMutableBufferPointer<Int32>,
                                   _ sigma: UnsafeMutableBufferPointer<Double>,
                                   _ delta: UnsafeMutableBufferPointer<Double>,
                                   _ order: UnsafeMutableBufferPointer<Int32>,
                                   _ betweenness: DisjointWrites<Double>) {
        distance[source] = 0
        sigma[source] = 1
        order[0] = Int32(source)
        var count = 1, head = 0
        while head < count {
            let u = Int(order[head])
            head += 1
            let next = distance[u] + 1
            let sigmaU = sigma[u]
            for i in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbors[i])
                if distance[v] < 0 {
                    distance[v] = next
                    order[count] = Int32(v)
                    count += 1
                }
                if distance[v] == next { sigma[v] += sigmaU }
            }
        }
        // Back to front: each node passes (1 + its dependency) / its path count to its predecessors,
        // found as the neighbours one level closer to the source (no predecessor lists to build).
        for position in stride(from: count - 1, through: 0, by: -1) {
            let w = Int(order[position])
            let coefficient = (1 + delta[w]) / sigma[w]
            let previous = distance[w] - 1
            for i in offsets[w]..<offsets[w + 1] {
                let v = Int(neighbors[i])
                if distance[v] == previous { delta[v] += sigma[v] * coefficient }
            }
            if w != source { betweenness[w] += delta[w] }
        }
        for position in 0..<count {
            let v = Int(order[position])
            distance[v] = -1
            sigma[v] = 0
            delta[v] = 0
        }
    }
}
