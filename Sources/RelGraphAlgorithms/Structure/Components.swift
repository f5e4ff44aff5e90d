/// Connected components of the undirected simple view.
public enum Components {
    /// The connected components, largest first (ties: the one holding the smaller node first); each
    /// component's nodes ascending. Isolated nodes are components of one.
    /// - Complexity: O(V + E) breadth-first search, plus O(c log c) to order c components.
    public static func connected(_ view: SimpleGraph) -> [[Int32]] {
        var component = [Int32](repeating: -1, count: view.nodeCount)
        var count: Int32 = 0
        var queue: [Int32] = []
        for start in 0..<view.nodeCount where component[start] < 0 {
            component[start] = count
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(start))
            var head = 0
            while head < queue.count {
                let u = Int(queue[head])
                head += 1
                for v in view.neighbors(of: u) where component[Int(v)] < 0 {
                    component[Int(v)] = count
                    queue.append(v)
                }
            }
            count += 1
        }
        // Components are numbered in order of their smallest node, as the grouping's ties want.
        return NodeGroups.largestFirst(component, keyCount: Int(count))
    }

    /// The number of connected components and the size of the largest, without listing members.
    ///
    /// Union–find over the view's links, taken row after row: the rows are read in order and only
    /// the parent table (4 MB at a million nodes) is read at random, where a search would jump to a
    /// new row at every node (a third of the time at 1M).
    /// - Complexity: O((V + E) α(V)), α the inverse Ackermann function.
    public static func count(_ view: SimpleGraph) -> (components: Int, largest: Int) {
        let n = view.nodeCount
        var parent = (0..<Int32(n)).map { $0 }
        var size = [Int32](repeating: 0, count: n)
        var count = 0, largest = 0
        view.offsets.withUnsafeBufferPointer { offsets in
            view.neighbors.withUnsafeBufferPointer { neighbors in
                parent.withUnsafeMutableBufferPointer { parent in
                    /// The root of `node`, halving the path on the way.
                    func root(_ node: Int32) -> Int32 {
                        var node = node
                        while parent[Int(node)] != node {
                            parent[Int(node)] = parent[Int(parent[Int(node)])]
                            node = parent[Int(node)]
                        }
                        return node
                    }
                    for u in 0..<n {
                        for i in offsets[u]..<offsets[u + 1] where neighbors[i] > u {
                            let (a, b) = (root(Int32(u)), root(neighbors[i]))
                            if a != b { parent[Int(max(a, b))] = min(a, b) }
                        }
                    }
                    for v in 0..<n {
                        let r = Int(root(Int32(v)))
                        if r == v { count += 1 }
                        size[r] += 1
                        largest = max(largest, Int(size[r]))
                    }
                }
            }
        }
        return (count, largest)
    }
}
