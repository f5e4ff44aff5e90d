import Yams

/// Guards against documents whose aliases expand far beyond their text ("billion laughs"):
/// without aliases a document has at most one node per byte, so more nodes than bytes means
/// aliases multiplied them, and reading on would take exponential time.
enum YAMLExpansion {
    /// The first node past the budget, or nil when the document has at most `budget` nodes.
    /// - Complexity: O(min(nodes, budget)).
    static func firstNodeOverBudget(_ root: Node, budget: Int) -> Node? {
        var remaining = budget
        var stack = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return node }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence)
            default:
                break
            }
        }
        return nil
    }
}
