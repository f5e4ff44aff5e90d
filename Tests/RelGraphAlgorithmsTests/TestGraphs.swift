import RelGraphAlgorithms
import RelGraphCore

/// Small graphs built directly from edge lists, and a seeded generator for random ones.
enum TestGraphs {
    /// A graph on nodes `n0 … n(count-1)` (kind `organization` unless `kinds` says otherwise) with
    /// edge i joining `edges[i]`: typed `part_of` (directed), or with `symmetric: true`
    /// `cooperates_with`, which traversals follow both ways.
    static func make(nodes count: Int, _ edges: [(Int, Int)], symmetric: Bool = false,
                     kinds: [EntityKind]? = nil) -> Graph {
        let kinds = kinds ?? Array(repeating: .organization, count: count)
        let kindTable = Array(Set(kinds)).sorted()
        return Graph(nodeIDs: (0..<count).map { "n\($0)" },
                     nodeKind: kinds.map { UInt16(kindTable.firstIndex(of: $0)!) }, kinds: kindTable,
                     edgeSource: edges.map { Graph.Node($0.0) }, edgeTarget: edges.map { Graph.Node($0.1) },
                     edgeType: edges.map { _ in 0 },
                     types: [RelationType(symmetric ? "cooperates_with" : "part_of")])
    }

    /// A random multigraph with `count` nodes and `edgeCount` directed edges (self-loops excluded).
    static func random(nodes count: Int, edges edgeCount: Int, seed: UInt64) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int)] = []
        while edges.count < edgeCount {
            let a = Int(rng.next() % UInt64(count)), b = Int(rng.next() % UInt64(count))
            if a != b { edges.append((a, b)) }
        }
        return make(nodes: count, edges)
    }
}

extension Path {
    /// Whether consecutive nodes are joined by the named edges.
    func isWalk(in graph: Graph) -> Bool {
        edges.indices.allSatisfy { i in
            let (a, b) = (graph.edgeSource[Int(edges[i])], graph.edgeTarget[Int(edges[i])])
            return (a, b) == (nodes[i], nodes[i + 1]) || (b, a) == (nodes[i], nodes[i + 1])
        }
    }
}
