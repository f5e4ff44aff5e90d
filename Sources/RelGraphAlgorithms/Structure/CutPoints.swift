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

    /// Bridges and articulation points (`search` without the components).
    /// - Complexity: O(V + E).
    public static func find(_ view: SimpleGraph) -> Result { search(view).cuts }

    /// The connected components (as `Components.connected` gives them) and the cut points, from one
    /// depth-first search with low-links (Hopcroft–Tarjan): each search from a new root walks exactly
    /// one component, so a second search over every link for the components is not needed.
    ///
    /// Iterative, so that long chains cannot overflow the stack; on raw buffers and a stack of its
    /// own: with arrays, every step paid bounds and uniqueness checks (a fifth of `structure`'s time
    /// at a million nodes).
    /// - Complexity: O(V + E), plus O(c log c) to order c components.
    public static func search(_ view: SimpleGraph) -> (components: [[Int32]], cuts: Result) {
        precondition(!view.isDirected, "cut points are defined on the undirected view")
        let n = view.nodeCount
        var order = [Int32](repeating: -1, count: n)   // discovery time
        var low = [Int32](repeating: 0, count: n)
        var component = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [(Int32, Int32)] = []
        var components = 0
        // Stack frames: node, parent (-1 for a root) and the position of its next neighbour.
        var stack = [Frame](repeating: Frame(node: 0, parent: -1, next: 0), count: n)
        view.offsets.withUnsafeBufferPointer { offsets in
            view.neighbors.withUnsafeBufferPointer { neighbors in
                order.withUnsafeMutableBufferPointer { order in
                    low.withUnsafeMutableBufferPointer { low in
                        component.withUnsafeMutableBufferPointer { component in
                            isCut.withUnsafeMutableBufferPointer { isCut in
                                stack.withUnsafeMutableBufferPointer { stack in
                                    var time: Int32 = 0
                                    // Roots ascending: each is the smallest node of its component.
                                    for root in 0..<n where order[root] < 0 {
                                        let id = Int32(components)
                                        components += 1
                                        order[root] = time; low[root] = time; time += 1
                                        component[root] = id
                                        stack[0] = Frame(node: Int32(root), parent: -1, next: offsets[root])
                                        var depth = 1, rootChildren = 0
                                        while depth > 0 {
                                            let top = depth - 1
                                            let u = Int(stack[top].node), parent = Int(stack[top].parent)
                                            var next = stack[top].next, child = -1, lowU = low[u]
                                            let end = offsets[u + 1]
                                            // Neighbours seen before only lower u's low-link: take them
                                            // here, the low-link in a register, up to the next new node.
                                            while next < end {
                                                let v = Int(neighbors[next])
                                                next += 1
                                                if v == parent { continue }
                                                let seen = order[v]
                                                if seen < 0 {
                                                    child = v
                                                    break
                                                }
                                                lowU = min(lowU, seen)
                                            }
                                            low[u] = lowU
                                            if child >= 0 {
                                                stack[top].next = next
                                                order[child] = time; low[child] = time; time += 1
                                                component[child] = id
                                                if u == root { rootChildren += 1 }
                                                stack[depth] = Frame(node: Int32(child), parent: Int32(u), next: offsets[child])
                                                depth += 1
                                                continue
                                            }
                                            depth -= 1
                                            guard parent >= 0 else { continue }
                                            low[parent] = min(low[parent], lowU)
                                            if lowU > order[parent] { bridges.append((Int32(min(parent, u)), Int32(max(parent, u)))) }
                                            if parent != root, lowU >= order[parent] { isCut[parent] = true }
                                        }
                                        if rootChildren > 1 { isCut[root] = true }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        bridges.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let cuts = Result(bridges: bridges, articulationPoints: (0..<n).filter { isCut[$0] }.map { Int32($0) })
        return (NodeGroups.largestFirst(component, keyCount: components), cuts)
    }

    /// One node of the search's path: the node, where it was entered from, and its next neighbour.
    private struct Frame {
        var node: Int32
        var parent: Int32
        var next: Int
    }
}
