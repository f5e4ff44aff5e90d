/// Bridges and articulation points of the undirected simple view: the single links and entities
/// whose removal splits a connected part in two (networkx `bridges`, `articulation_points`).
public enum CutPoints {
    public struct Result: Sendable, Equatable {
        /// Links (u, v) with u < v whose removal disconnects u from v, ascending.
        public var bridges: [(Int32, Int32)]
        /// Nodes whose removal increases the number of components, ascending.
        public var articulationPoints: [Int32]

        public static func == (a: Result, b: Result) -> Bool {
            a.articulationPoints == b.articulationPoints && a.bridges.elementsEqual(b.bridges, by: ==)
        }
    }

    /// Bridges and articulation points by one depth-first search with low-links (Hopcroft–Tarjan),
    /// iterative so that long chains cannot overflow the stack.
    /// - Complexity: O(V + E).
    public static func find(_ view: SimpleGraph) -> Result {
        precondition(!view.isDirected, "cut points are defined on the undirected view")
        let n = view.nodeCount
        var order = [Int32](repeating: -1, count: n)   // discovery time
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [(Int32, Int32)] = []
        var time: Int32 = 0
        // Stack frames: (node, parent, next neighbour position).
        var stack: [(node: Int, parent: Int, next: Int)] = []
        for root in 0..<n where order[root] < 0 {
            order[root] = time; low[root] = time; time += 1
            stack.append((root, -1, view.offsets[root]))
            var rootChildren = 0
            while !stack.isEmpty {
                let top = stack.count - 1
                let (u, parent, next) = stack[top]
                if next < view.offsets[u + 1] {
                    stack[top].next += 1
                    let v = Int(view.neighbors[next])
                    if v == parent { continue }
                    if order[v] < 0 {
                        order[v] = time; low[v] = time; time += 1
                        if u == root { rootChildren += 1 }
                        stack.append((v, u, view.offsets[v]))
                    } else {
                        low[u] = min(low[u], order[v])
                    }
                    continue
                }
                stack.removeLast()
                guard parent >= 0 else { continue }
                low[parent] = min(low[parent], low[u])
                if low[u] > order[parent] { bridges.append((Int32(min(parent, u)), Int32(max(parent, u)))) }
                if parent != root, low[u] >= order[parent] { isCut[parent] = true }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        bridges.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return Result(bridges: bridges, articulationPoints: (0..<n).filter { isCut[$0] }.map { Int32($0) })
    }
}
