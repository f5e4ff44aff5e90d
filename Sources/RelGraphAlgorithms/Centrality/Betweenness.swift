/// Betweenness centrality on the undirected simple view: how often an entity lies on the shortest
/// paths between two others (Brandes 2001), normalised like networkx `betweenness_centrality`
/// (`normalized=True`, endpoints excluded).
public enum Betweenness {
    /// Exact betweenness (`sources == nil`) or the estimate from shortest paths out of `sources` only.
    ///
    /// Scaling follows networkx 3.6: exact values are divided by (n − 1)(n − 2); a sample of k sources
    /// divides sampled nodes by (k − 1)(n − 2) and the others by k(n − 2). Sources are split into a
    /// fixed number of pieces run on all cores, each with its own accumulator, summed in piece order;
    /// a piece's sources are searched several at once (`BrandesLanes`).
    /// With many sources the nodes are first renumbered in breadth-first order, so that neighbours
    /// sit close together in the scratch arrays (15% faster on 10,000 nodes). `progress` hears of
    /// each source done, from any thread.
    /// - Complexity: O(S · (V + E)) time for S sources (S = V when exact); O(P · V + C · (V + E))
    ///   memory for P pieces on C cores (each running piece records the successors it finds).
    public static func compute(_ view: SimpleGraph, sources: [Int32]? = nil,
                               progress: (@Sendable (Int) -> Void)? = nil) -> [Double] {
        precondition(!view.isDirected, "betweenness is computed on the undirected view")
        let n = view.nodeCount
        let sampled = sources.flatMap { $0.count == n ? nil : $0 }
        let sourceCount = sampled?.count ?? n
        let renumbering = sourceCount >= 32 ? view.renumberedBreadthFirst() : nil
        let searched = renumbering?.view ?? view
        let pieces = Parallel.pieces(for: sourceCount)
        let width = BrandesLanes.width(nodeCount: n, sources: (sourceCount + pieces - 1) / pieces)
        var partial = [Double](repeating: 0, count: pieces * n)
        partial.withUnsafeMutableBufferPointer { buffer in
            let shared = DisjointWrites(base: buffer.baseAddress!)
            Parallel.forEachPiece(of: sourceCount, pieces: pieces) { piece, range in
                let lanes = BrandesLanes(view: searched, width: width)
                let into = DisjointWrites(base: shared.base + piece * n)
                for batch in stride(from: range.lowerBound, to: range.upperBound, by: width) {
                    let batchSources = (batch..<min(batch + width, range.upperBound)).map { i in
                        let source = Int(sampled?[i] ?? Int32(i))
                        return Int(renumbering?.number[source] ?? Int32(source))
                    }
                    lanes.add(sources: batchSources, into: into)
                    progress?(batchSources.count)
                }
            }
        }
        var total = [Double](repeating: 0, count: n)
        for piece in 0..<pieces {
            for v in 0..<n { total[v] += partial[piece * n + Int(renumbering?.number[v] ?? Int32(v))] }
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
