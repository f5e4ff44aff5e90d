import RelGraphAlgorithms
import RelGraphCore
import Testing

@Suite struct PathsTests {
    /// 0 → 1 → 3 and 0 → 2 → 3, with the edge ids chosen so that the path through 2 has the
    /// smaller edge sequence.
    let diamond = TestGraphs.make(nodes: 4, [(0, 2), (1, 3), (2, 3), (0, 1)])

    @Test func shortestTakesTheSmallestEdgeSequenceAmongTies() {
        let path = Paths.shortest(in: diamond, from: 0, to: 3)
        #expect(path == Path(nodes: [0, 2, 3], edges: [0, 2]))
        // Searching from the other end gives the same edges walked backwards only if they are the
        // smallest from that end too: 3 ← 1 (edge 1) beats 3 ← 2 (edge 2).
        #expect(Paths.shortest(in: diamond, from: 3, to: 0) == Path(nodes: [3, 1, 0], edges: [1, 3]))
    }

    @Test func directionOutFollowsRelationsOnlyForwards() {
        let out = TraversalFilter(direction: .out)
        #expect(Paths.shortest(in: diamond, from: 0, to: 3, filter: out)?.hops == 2)
        #expect(Paths.shortest(in: diamond, from: 3, to: 0, filter: out) == nil)
        #expect(Paths.shortest(in: diamond, from: 3, to: 0, filter: TraversalFilter(direction: .in))?.hops == 2)
    }

    @Test func symmetricTypesAreFollowedBothWaysWhateverTheDirection() {
        let chain = TestGraphs.make(nodes: 3, [(0, 1), (1, 2)], symmetric: true)
        #expect(Paths.shortest(in: chain, from: 2, to: 0, filter: TraversalFilter(direction: .out))?.hops == 2)
    }

    @Test func maxHopsBoundsTheSearch() {
        let chain = TestGraphs.make(nodes: 4, [(0, 1), (1, 2), (2, 3)])
        #expect(Paths.shortest(in: chain, from: 0, to: 3, maxHops: 2) == nil)
        #expect(Paths.shortest(in: chain, from: 0, to: 3, maxHops: 3)?.hops == 3)
        #expect(Paths.shortest(in: chain, from: 2, to: 2) == Path(at: 2))
    }

    @Test func closedNodesAreNotPassedThroughButEndsAlwaysAre() {
        var open = [true, true, true, true]
        open[2] = false
        let filter = TraversalFilter(nodeOpen: open)
        #expect(Paths.shortest(in: diamond, from: 0, to: 3, filter: filter) == Path(nodes: [0, 1, 3], edges: [3, 1]))
        open = [false, true, true, false]
        #expect(Paths.shortest(in: diamond, from: 0, to: 3, filter: TraversalFilter(nodeOpen: open))?.hops == 2)
    }

    @Test func closedEdgesAreNotWalked() {
        let filter = TraversalFilter(edgeOpen: [false, true, true, true])
        #expect(Paths.shortest(in: diamond, from: 0, to: 3, filter: filter) == Path(nodes: [0, 1, 3], edges: [3, 1]))
    }

    @Test func parallelRelationsAreDistinctPaths() {
        // Two relations between 0 and 1, one between 1 and 2: two simple paths of two hops.
        let graph = TestGraphs.make(nodes: 3, [(0, 1), (1, 2), (1, 0)])
        let paths = Paths.kShortest(in: graph, from: 0, to: 2, k: 5)
        #expect(paths.map(\.edges) == [[0, 1], [2, 1]])
        #expect(Paths.allSimple(in: graph, from: 0, to: 2, maxHops: 3).paths == paths)
    }

    @Test func allSimpleReportsTheLimitAndKeepsTheShortest() {
        // 0 — {1,2,3} — 4 and a longer way 0 — 5 — 6 — 4.
        let graph = TestGraphs.make(nodes: 7, [(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 4), (0, 5), (5, 6), (6, 4)])
        let all = Paths.allSimple(in: graph, from: 0, to: 4, maxHops: 3, limit: 10)
        #expect(all.paths.map(\.hops) == [2, 2, 2, 3])
        #expect(!all.isTruncated)
        let cut = Paths.allSimple(in: graph, from: 0, to: 4, maxHops: 3, limit: 2)
        #expect(cut.paths == Array(all.paths.prefix(2)))
        #expect(cut.isTruncated)
        #expect(Paths.allSimple(in: graph, from: 0, to: 4, maxHops: 1).paths.isEmpty)
    }

    /// On random multigraphs: bidirectional BFS agrees with a plain BFS on lengths, returns a real
    /// walk, and picks the same path as brute force; Yen lists the same paths, in the same order,
    /// as enumerating every simple path.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func agreesWithBruteForceOnRandomGraphs(seed: UInt64) {
        let graph = TestGraphs.random(nodes: 14, edges: 24, seed: seed)
        for direction in Direction.allCases {
            let filter = TraversalFilter(direction: direction)
            var search = ShortestPathSearch(graph: graph, filter: filter)
            for source in Graph.Node(0)..<4 {
                let depths = Traversal.depths(in: graph, from: source, filter: filter, through: { _ in true })
                for target in Graph.Node(0)..<Graph.Node(graph.nodeCount) {
                    let path = search.path(from: source, to: target)
                    #expect(path?.hops == depths[target])
                    guard let path else { continue }
                    #expect(path.isWalk(in: graph) && path.source == source && path.target == target)
                    let all = Paths.allSimple(in: graph, from: source, to: target, maxHops: 13, limit: 100_000,
                                              filter: filter)
                    #expect(all.paths.first == path)
                    #expect(all.paths == all.paths.sorted(by: Path.ranks))
                    #expect(Paths.kShortest(in: graph, from: source, to: target, k: 6, filter: filter)
                        == Array(all.paths.prefix(6)))
                }
            }
        }
    }
}
