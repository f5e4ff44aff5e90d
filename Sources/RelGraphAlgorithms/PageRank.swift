/// PageRank on the directed simple view, defined exactly as networkx `pagerank` (no weights, uniform
/// teleport): the rank of an entity without out-going links (dangling) is spread evenly over all.
public enum PageRank {
    /// Power iteration from the uniform vector:
    /// `x' = α (xP + (Σ dangling x) / N) + (1 − α) / N`, stopping when ‖x' − x‖₁ < N · tolerance;
    /// nil when `maxIterations` pass without convergence (networkx raises). The result sums to 1.
    /// - Complexity: O(I · (V + E)) for I iterations (a few dozen at α = 0.85, tolerance 1e-6).
    public static func compute(_ view: SimpleGraph, alpha: Double = 0.85, tolerance: Double = 1e-6,
                               maxIterations: Int = 100) -> [Double]? {
        precondition(view.isDirected, "PageRank is computed on the directed view")
        let n = view.nodeCount
        guard n > 0 else { return [] }
        let incoming = view.reversed()
        let share = (0..<n).map { view.degree($0) == 0 ? 0 : 1.0 / Double(view.degree($0)) }
        let dangling = (0..<n).filter { view.degree($0) == 0 }
        let uniform = 1.0 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        var weighted = x
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for v in dangling { danglingSum += x[v] }
            for i in 0..<n { weighted[i] = x[i] * share[i] }
            var change = 0.0
            for j in 0..<n {
                var flow = 0.0
                for i in incoming.neighbors(of: j) { flow += weighted[Int(i)] }
                next[j] = alpha * (flow + danglingSum * uniform) + (1 - alpha) * uniform
                change += abs(next[j] - x[j])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        return nil
    }
}
