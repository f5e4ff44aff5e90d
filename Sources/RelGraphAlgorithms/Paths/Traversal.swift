import RelGraphCore

/// Breadth-first traversals from one node: what lies within a number of hops, and how it is reached.
public enum Traversal {
    /// One node reached by a breadth-first search, with the relation that first reached it.
    public struct Reached: Sendable, Equatable {
        public var node: Graph.Node
        public var depth: Int
        /// The edge from `parent` that reached the node first (smallest edge id among the edges
        /// from the previous level's earliest node); nil for the start.
        public var edge: Graph.Edge?
        public var parent: Graph.Node?
    }

    /// Every node within `maxDepth` hops of `start`, in breadth-first order (level by level; inside a
    /// level, in the order their parents were reached, then by edge id), each with the edge that
    /// reached it. Only nodes the filter lets through are reached.
    /// - Complexity: O(V' + E') for the part of the graph within reach.
    public static func breadthFirst(in graph: Graph, from start: Graph.Node, filter: TraversalFilter = .undirected,
                                    maxDepth: Int = .max) -> [Reached] {
        var reached = [Reached(node: start, depth: 0, edge: nil, parent: nil)]
        var seen: Set<Graph.Node> = [start]
        var next = 0
        while next < reached.count {
            let current = reached[next]
            next += 1
            guard current.depth < maxDepth, current.node == start || filter.canPass(current.node) else { continue }
            var steps: [(edge: Graph.Edge, node: Graph.Node)] = []
            filter.forEachStep(in: graph, from: current.node) { edge, neighbor in steps.append((edge, neighbor)) }
            steps.sort { $0.edge < $1.edge }
            for step in steps where filter.canPass(step.node) && seen.insert(step.node).inserted {
                reached.append(Reached(node: step.node, depth: current.depth + 1, edge: step.edge, parent: current.node))
            }
        }
        return reached
    }

    /// Hops from `start` to every node within `maxDepth`, entering only nodes `through` accepts
    /// (the start excepted); `reversed` walks the filter's direction backwards (distances *to* start).
    /// - Complexity: O(V' + E') for the part of the graph within reach.
    public static func depths(in graph: Graph, from start: Graph.Node, filter: TraversalFilter = .undirected,
                              reversed: Bool = false, maxDepth: Int = .max,
                              through: (Graph.Node) -> Bool) -> [Graph.Node: Int] {
        var depth: [Graph.Node: Int] = [start: 0]
        var frontier = [start]
        var level = 0
        while !frontier.isEmpty, level < maxDepth {
            level += 1
            var next: [Graph.Node] = []
            for node in frontier {
                filter.forEachStep(in: graph, from: node, reversed: reversed) { _, neighbor in
                    guard depth[neighbor] == nil, through(neighbor) else { return }
                    depth[neighbor] = level
                    next.append(neighbor)
                }
            }
            frontier = next
        }
        return depth
    }
}
