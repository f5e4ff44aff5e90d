extension OrganisationTree {
    /// A cycle of `part_of` links: the units in order, back to the first, and the link that closes it.
    public struct Cycle: Sendable, Equatable {
        public var nodes: [Graph.Node]
        public var closing: Graph.Edge
    }

    /// Every `part_of` cycle, found by a depth-first search that starts at the units in the order of
    /// their ids, so that the same dataset reports the same cycles in the same words; a cycle makes
    /// ancestor queries and hierarchy views meaningless.
    /// - Complexity: O(V log V + E) (iterative colouring DFS over part_of links).
    public func cycles() -> [Cycle] {
        enum Colour { case grey, black }
        var colour: [Graph.Node: Colour] = [:]
        var found: [Cycle] = []
        let starts = graph.nodeIDsSorted(parents: self)
        for start in starts where colour[start] == nil {
            var stack: [(node: Graph.Node, next: Int)] = [(start, 0)]
            colour[start] = .grey
            while let top = stack.last {
                let links = parents(of: top.node)
                if top.next == links.count {
                    colour[top.node] = .black
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let link = links[top.next]
                switch colour[link.node] {
                case .grey:
                    found.append(Cycle(nodes: stack.drop { $0.node != link.node }.map(\.node) + [link.node],
                                       closing: link.edge))
                case .black:
                    break
                case nil:
                    colour[link.node] = .grey
                    stack.append((link.node, 0))
                }
            }
        }
        return found
    }
}

extension Graph {
    /// The nodes with a parent in `tree`, ordered by id.
    fileprivate func nodeIDsSorted(parents tree: OrganisationTree) -> [Graph.Node] {
        (0..<Node(nodeCount)).filter { !tree.parents(of: $0).isEmpty }.sorted { nodeIDs[Int($0)] < nodeIDs[Int($1)] }
    }
}
