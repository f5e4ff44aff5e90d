import RelGraphAlgorithms
import RelGraphCore
import Testing

/// Pieces of the analysis layer that the networkx comparisons do not reach: filters built from
/// records, the head rule, brokerage roles, simple views, sampling and scale.
@Suite struct AnalysisUnitTests {
    /// a —holds(2021 – 2022)→ b —post_in(planned)→ c —cooperates_with— d (person, post, org, org).
    static let network: Network = {
        let citation = [Citation(source: "s", quote: "q")]
        let entities = [("a", EntityKind.person), ("b", .post), ("c", .organization), ("d", .organization)].map {
            Entity(id: $0.0, kind: $0.1, names: [Name(text: $0.0)])
        }
        let relations = [
            Relation(id: "r0", type: RelationType("holds"), from: "a", to: "b", fromDate: PartialDate("2021"),
                     untilDate: PartialDate("2022"), citations: citation),
            Relation(id: "r1", type: RelationType("post_in"), from: "b", to: "c", status: .planned, citations: citation),
            Relation(id: "r2", type: RelationType("cooperates_with"), from: "c", to: "d", citations: citation),
        ]
        return Network(Dataset(entities: entities, relations: relations))
    }()

    @Test func filterMasksFollowTheCriteria() {
        let network = Self.network
        #expect(TraversalFilter(network, TraversalCriteria()).edgeOpen == nil)
        #expect(TraversalFilter(network, TraversalCriteria(statuses: [.reported])).edgeOpen == [true, false, true])
        #expect(TraversalFilter(network, TraversalCriteria(at: PartialDate("2023"))).edgeOpen == [false, true, true])
        // A partial date overlapping the period keeps the relation; unknown bounds exclude nothing.
        #expect(TraversalFilter(network, TraversalCriteria(at: PartialDate("2022-12-31"))).edgeOpen == [true, true, true])
        #expect(TraversalFilter(network, TraversalCriteria(types: [RelationType("holds")],
                                                           excludedTypes: [RelationType("post_in")])).edgeOpen
            == [true, false, false])
        let kinds = TraversalFilter(network, TraversalCriteria(kinds: [.organization], avoid: [3]))
        #expect(kinds.nodeOpen == [false, false, true, false])
    }

    @Test func pathsPassOnlyThroughAllowedKinds() {
        let network = Self.network
        let organisations = TraversalFilter(network, TraversalCriteria(kinds: [.organization]))
        #expect(Paths.shortest(in: network.graph, from: 0, to: 3, filter: organisations) == nil)
        #expect(Paths.shortest(in: network.graph, from: 1, to: 3, filter: organisations)?.hops == 2)
    }

    @Test(arguments: [
        ("minister", true), ("director", true), ("department-head", true), ("chief-of-general-staff", true),
        ("secretary", true), ("deputy-minister", false), ("vice-president", false), ("deputy-secretary", false),
        ("political-commissar", false), ("politburo-member", false),
    ])
    func headLikePosts(classification: String, isHead: Bool) {
        #expect(OrganisationTree.isHeadLike(classification) == isHead)
    }

    @Test func brokerageRolesByGroup() {
        // 0 (group 0) → 1 (group 0) → 2 (group 1), and 3 (no group) between 0 and 4 (group 2).
        let view = SimpleGraph(nodeCount: 5, arcs: [(0, 1), (1, 2), (0, 3), (3, 4)], directed: true)
        let counts = Brokerage.roles(view, group: [0, 0, 1, nil, 2])
        #expect(counts[1] == [0, 0, 1, 0, 0])   // representative: speaks for group 0 to group 1
        #expect(counts[3] == [0, 0, 0, 0, 1])   // liaison: ungrouped broker between groups 0 and 2
        // A direct tie between the ends leaves nothing to broker.
        let closed = SimpleGraph(nodeCount: 3, arcs: [(0, 1), (1, 2), (0, 2)], directed: true)
        #expect(Brokerage.roles(closed, group: [0, 1, 1])[1] == [0, 0, 0, 0, 0])
        // Undirected: both orders count, so gatekeeper equals representative.
        let undirected = SimpleGraph(nodeCount: 3, arcs: [(0, 1), (1, 2)], directed: false)
        #expect(Brokerage.roles(undirected, group: [0, 1, 1])[1] == [0, 1, 1, 0, 0])
    }

    @Test func simpleViewDropsRepeatsAndSelfLoops() {
        let graph = TestGraphs.make(nodes: 3, [(0, 1), (1, 0), (0, 1), (2, 2), (1, 2)])
        let undirected = SimpleGraph(graph)
        #expect(Array(undirected.neighbors(of: 1)) == [0, 2])
        #expect(undirected.linkCount == 2)
        let directed = SimpleGraph(graph, directed: true)
        #expect(Array(directed.neighbors(of: 0)) == [1])
        #expect(Array(directed.reversed().neighbors(of: 2)) == [1])
        let symmetric = SimpleGraph(TestGraphs.make(nodes: 2, [(0, 1)], symmetric: true), directed: true)
        #expect(symmetric.linkCount == 2)
    }

    @Test func samplesAreSeededAndDistinct() {
        let a = Betweenness.sampleSources(nodeCount: 1000, count: 50, seed: 9)
        #expect(a == Betweenness.sampleSources(nodeCount: 1000, count: 50, seed: 9))
        #expect(a != Betweenness.sampleSources(nodeCount: 1000, count: 50, seed: 10))
        #expect(Set(a).count == 50 && a == a.sorted())
        // Sampling every node is the exact computation.
        let graph = SimpleGraph(TestGraphs.random(nodes: 40, edges: 90, seed: 3))
        #expect(Betweenness.compute(graph, sources: Betweenness.sampleSources(nodeCount: 40, count: 40, seed: 1))
            == Betweenness.compute(graph))
    }

    @Test func deepChainsNeedNoRecursion() {
        let n = 200_000
        let chain = SimpleGraph(nodeCount: n, arcs: (0..<Int32(n - 1)).map { ($0, $0 + 1) }, directed: false)
        let cuts = CutPoints.find(chain)
        #expect(cuts.bridges.count == n - 1)
        #expect(cuts.articulationPoints.count == n - 2)
        #expect(Components.count(chain) == (1, n))
    }
}
