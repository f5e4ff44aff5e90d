/// PageRank on the directed simple view, defined exactly as networkx `pagerank` (no weights, uniform
/// teleport): the rank of an entity without out-going links (dangling) is spread evenly over all.
/// Only when to stop differs with size (`Stopping`).
public enum PageRank {
    /// When the power iteration has converged. The two libraries relgraph is checked against
    /// disagree, and on a million nodes the difference is the answer itself:
    public enum Stopping: Sendable {
        /// networkx `pagerank`: the total change ‖x' − x‖₁ is below N · tolerance. Adequate on small
        /// graphs; on a million nodes N · 10⁻⁶ = 1 is met after an iteration or two, when the ranks
        /// are still mostly degrees.
        case totalChangeBelowNodeCountTimesTolerance
        /// networkit `PageRank` (its default L2 norm): the Euclidean length ‖x' − x‖₂ is at most the
        /// tolerance, which keeps iterating to the same ranking at any size.
        case euclideanChangeAtMostTolerance
        /// relgraph's own (the default): networkx's rule with the node count capped, ‖x' − x‖₁ below
        /// min(N, `cappedNodeCount`) · tolerance. Up to 100 nodes it is networkx's rule, iteration for
        /// iteration (the bundled dataset's ranks equal networkx's to 1e-9); above, the ranks, which
        /// sum to 1, must move by less than 10⁻⁴ in all (at tolerance 10⁻⁶), as they do at 100 nodes,
        /// instead of by up to N · 10⁻⁶ — which at a million is the whole rank.
        case totalChangeBelowCappedNodeCountTimesTolerance
    }

    /// The node count `totalChangeBelowCappedNodeCountTimesTolerance` stops growing the threshold at.
    public static let cappedNodeCount = 100

    /// Power iteration from the uniform vector:
    /// `x' = α (xP + (Σ dangling x) / N) + (1 − α) / N` until `stopping` says it has converged; nil
    /// when `maxIterations` pass first (networkx raises). The result sums to 1.
    ///
    /// Each iteration pulls along in-arcs, node ranges split into fixed pieces over all cores; the
    /// pieces' changes are added in piece order, so the result does not depend on the core count.
    /// - Complexity: O(I · (V + E)) for I iterations (a few dozen at α = 0.85, tolerance 1e-6).
    public static func compute(_ view: SimpleGraph, alpha: Double = 0.85, tolerance: Double = 1e-6,
                               maxIterations: Int = 100,
                               stopping: Stopping = .totalChangeBelowCappedNodeCountTimesTolerance) -> [Double]? {
        precondition(view.isDirected, "PageRank is computed on the directed view")
        let n = view.nodeCount
        guard n > 0 else { return [] }
        let incoming = view.reversed()
        let share = (0..<n).map { view.degree($0) == 0 ? 0 : 1.0 / Double(view.degree($0)) }
        let dangling = (0..<n).filter { view.degree($0) == 0 }
        let uniform = 1.0 / Double(n)
        let pieces = Parallel.pieces(for: n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        var weighted = x
        var changes = [Double](repeating: 0, count: pieces)
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for v in dangling { danglingSum += x[v] }
            for i in 0..<n { weighted[i] = x[i] * share[i] }
            let danglingShare = danglingSum * uniform, teleport = (1 - alpha) * uniform
            let squared = stopping == .euclideanChangeAtMostTolerance
            Self.withBuffers(weighted, x, &next, &changes) { weighted, x, out, change in
                Parallel.forEachPiece(of: n, pieces: pieces) { piece, nodes in
                    var total = 0.0
                    for j in nodes {
                        var flow = 0.0
                        for i in incoming.neighbors(of: j) { flow += weighted[Int(i)] }
                        let rank = alpha * (flow + danglingShare) + teleport
                        let difference = abs(rank - x[j])
                        total += squared ? difference * difference : difference
                        out[j] = rank
                    }
                    change[piece] = total
                }
            }
            swap(&x, &next)
            let change = changes.reduce(0, +)
            let converged = switch stopping {
            case .totalChangeBelowNodeCountTimesTolerance: change < Double(n) * tolerance
            case .euclideanChangeAtMostTolerance: change.squareRoot() <= tolerance
            case .totalChangeBelowCappedNodeCountTimesTolerance: change < Double(min(n, cappedNodeCount)) * tolerance
            }
            if converged { return x }
        }
        return nil
    }

    /// Hands the iteration's arrays to the parallel loop: the two it reads, the two it writes.
    private static func withBuffers(_ weighted: [Double], _ x: [Double], _ next: inout [Double],
                                    _ changes: inout [Double],
                                    _ body: (SharedReads<Double>, SharedReads<Double>,
                                             DisjointWrites<Double>, DisjointWrites<Double>) -> Void) {
        weighted.withUnsafeBufferPointer { weighted in
            x.withUnsafeBufferPointer { x in
                next.withUnsafeMutableBufferPointer { next in
                    changes.withUnsafeMutableBufferPointer { changes in
                        body(SharedReads(base: weighted.baseAddress!), SharedReads(base: x.baseAddress!),
                             DisjointWrites(base: next.baseAddress!), DisjointWrites(base: changes.baseAddress!))
                    }
                }
            }
        }
    }
}
