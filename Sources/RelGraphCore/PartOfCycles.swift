/// Finds cycles in the `part_of` tree, which make hierarchy views and ancestor queries meaningless.
enum PartOfCycles {
    /// One warning per cycle, at the relation that closes it.
    /// - Complexity: O(V + E) (iterative colouring DFS over part_of edges).
    static func find(in dataset: Dataset, locations: DatasetLocations) -> [Diagnostic] {
        var parents: [String: [(parent: String, relation: Int)]] = [:]
        for (i, relation) in dataset.relations.enumerated() where relation.type.rawValue == "part_of" {
            parents[relation.from, default: []].append((relation.to, i))
        }
        enum Colour { case grey, black }
        var colour: [String: Colour] = [:]
        var problems: [Diagnostic] = []
        for start in parents.keys.sorted() where colour[start] == nil {
            var stack: [(node: String, next: Int)] = [(start, 0)]
            colour[start] = .grey
            while let top = stack.last {
                let edges = parents[top.node] ?? []
                if top.next == edges.count {
                    colour[top.node] = .black
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let (parent, relation) = edges[top.next]
                switch colour[parent] {
                case .grey:
                    let cycle = stack.drop { $0.node != parent }.map(\.node) + [parent]
                    problems.append(.warning("part_of cycle: \(cycle.joined(separator: " → "))",
                                             at: locations.relation(relation).start))
                case .black:
                    break
                case nil:
                    colour[parent] = .grey
                    stack.append((parent, 0))
                }
            }
        }
        return problems
    }
}
