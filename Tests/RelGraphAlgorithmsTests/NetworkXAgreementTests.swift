import RelGraphAlgorithms
import RelGraphCore
import Testing

/// relgraph's measures against networkx 3.6.1 on networkx's own small real graphs and on gen.py
/// organisation graphs (expected values from scripts/networkx-expected.py).
@Suite struct NetworkXAgreementTests {
    static let small = ["karate", "davis", "florentine", "lesmis"]
    static let all = small + ["gen-1000"]

    @Test(arguments: all + ["gen-10000"])
    func componentsAndPathLengths(name: String) throws {
        let fixture = try NetworkXFixture(name)
        #expect(fixture.graph.nodeCount == fixture.expected.nodes)
        #expect(fixture.graph.edgeCount == fixture.expected.relations)
        let counts = Components.count(fixture.undirected)
        #expect(counts.components == fixture.expected.components.count)
        #expect(counts.largest == fixture.expected.components.largest)
        if let members = fixture.expected.components.members {
            #expect(Components.connected(fixture.undirected) == members)
            // The components `structure` reports come from the cut points' search, not the breadth-first one.
            #expect(CutPoints.search(fixture.undirected).components == members)
        }
        var undirected = ShortestPathSearch(graph: fixture.graph, filter: .undirected)
        var directed = ShortestPathSearch(graph: fixture.graph, filter: TraversalFilter(direction: .out))
        for query in fixture.expected.path_lengths {
            let (s, t) = (query[0], query[1])
            #expect(Int32(undirected.distance(from: s, to: t) ?? -1) == query[2], "undirected \(s) → \(t)")
            #expect(Int32(directed.distance(from: s, to: t) ?? -1) == query[3], "directed \(s) → \(t)")
            #expect(Int32(undirected.path(from: s, to: t)?.hops ?? -1) == query[2])
        }
    }

    @Test(arguments: all)
    func bridgesArticulationPointsAndCommunities(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let cuts = CutPoints.find(fixture.undirected)
        #expect(cuts.bridges.map { [$0.0, $0.1] } == fixture.expected.bridges)
        #expect(cuts.articulationPoints == fixture.expected.articulation_points)
        let communities = Communities.labelPropagation(fixture.undirected)
        #expect(communities == fixture.expected.label_propagation?.communities)
        #expect(isClose(Communities.modularity(fixture.undirected, communities),
                        fixture.expected.label_propagation!.modularity))
    }

    @Test(arguments: all + ["gen-10000"])
    func pageRankAndDegree(name: String) throws {
        let fixture = try NetworkXFixture(name)
        // networkx's own stopping rule: gen-1000 and gen-10000 are above relgraph's cap.
        let pagerank = try #require(PageRank.compute(fixture.directed, stopping: .totalChangeBelowNodeCountTimesTolerance))
        expectClose(pagerank, fixture.expected.pagerank, "pagerank")
        expectClose(Centrality.degree(fixture.undirected), fixture.expected.degree, "degree")
    }

    @Test(arguments: all)
    func exactBetweennessAndCloseness(name: String) throws {
        let fixture = try NetworkXFixture(name)
        expectClose(Betweenness.compute(fixture.undirected), fixture.expected.betweenness!, "betweenness")
        expectClose(Centrality.closeness(fixture.undirected), fixture.expected.closeness!, "closeness")
    }

    /// With networkx's own sample of sources, the estimate and its scaling agree too.
    @Test(arguments: all + ["gen-10000"])
    func sampledBetweenness(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let sampled = fixture.expected.betweenness_sampled
        let values = Betweenness.compute(fixture.undirected, sources: sampled.sources)
        expectClose(values, NetworkXFixture.Values(nodes: sampled.nodes, values: sampled.values), "sampled betweenness")
    }

    @Test(arguments: all)
    func kShortestAndAllSimplePaths(name: String) throws {
        let fixture = try NetworkXFixture(name)
        for query in fixture.expected.simple_paths ?? [] {
            let k = Paths.kShortest(in: fixture.graph, from: query.source, to: query.target,
                                    k: query.k_shortest_lengths.count)
            #expect(k.map(\.hops) == query.k_shortest_lengths, "\(query.source) → \(query.target)")
            let all = Paths.allSimple(in: fixture.graph, from: query.source, to: query.target,
                                      maxHops: query.all_simple_cutoff, limit: 1_000_000)
            #expect(all.paths.count == query.all_simple_count)
            #expect(all.paths.allSatisfy { $0.isWalk(in: fixture.graph) && Set($0.nodes).count == $0.nodes.count })
        }
    }

    private func expectClose(_ actual: [Double], _ expected: NetworkXFixture.Values, _ measure: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.nodes.count || expected.nodes.count < actual.count)
        let wrong = zip(expected.nodes, expected.values).filter { !isClose(actual[$0.0], $0.1) }
        #expect(wrong.count == 0, "\(measure): \(wrong.count) nodes differ, first \(wrong.first.map { "\($0.0): \(actual[$0.0]) vs \($0.1)" } ?? "")",
                sourceLocation: sourceLocation)
    }
}
