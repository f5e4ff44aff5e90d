import RelGraphAlgorithms
import RelGraphCore
import Testing

/// Label propagation as it runs at scale (colours of thousands of nodes updated in parallel pieces,
/// stopping after a round without a change) gives exactly the communities of networkx's definition
/// run one node after the other, with its check before every round.
@Suite struct CommunityTests {
    /// networkx `label_propagation_communities`, written plainly: greedy largest-first colouring,
    /// then colour by colour, node by node, the most frequent neighbouring label (own label kept on
    /// ties, else the largest), while some node does not hold a most frequent label.
    static func plainLabelPropagation(_ view: SimpleGraph) -> [[Int32]] {
        let n = view.nodeCount
        let order = (0..<n).sorted { view.degree($0) != view.degree($1) ? view.degree($0) > view.degree($1) : $0 < $1 }
        var colour = [Int](repeating: -1, count: n), groups: [[Int]] = []
        for v in order {
            let taken = Set(view.neighbors(of: v).map { colour[Int($0)] })
            let c = (0...).first { !taken.contains($0) }!
            colour[v] = c
            if c == groups.count { groups.append([]) }
            groups[c].append(v)
        }
        var label = Array(0..<n)
        func top(_ v: Int) -> (labels: Set<Int>, largest: Int) {
            var count: [Int: Int] = [:]
            for u in view.neighbors(of: v) { count[label[Int(u)], default: 0] += 1 }
            let most = count.values.max()!
            let labels = Set(count.filter { $0.value == most }.keys)
            return (labels, labels.max()!)
        }
        while !(0..<n).allSatisfy({ view.degree($0) == 0 || top($0).labels.contains(label[$0]) }) {
            for group in groups {
                for v in group where view.degree(v) > 0 {
                    let best = top(v)
                    if best.labels.count == 1 || !best.labels.contains(label[v]) { label[v] = best.largest }
                }
            }
        }
        var members: [Int: [Int32]] = [:]
        for v in 0..<n { members[label[v], default: []].append(Int32(v)) }
        return members.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// A random graph and a grid (many ties), each with colours of more than 4,096 nodes.
    @Test(arguments: [0, 1, 2] as [UInt64])
    func parallelRoundsGiveTheSequentialCommunities(seed: UInt64) {
        let graph: Graph
        if seed == 0 {
            let side = 110
            var edges: [(Int, Int)] = []
            for r in 0..<side {
                for c in 0..<side {
                    if c + 1 < side { edges.append((r * side + c, r * side + c + 1)) }
                    if r + 1 < side { edges.append((r * side + c, (r + 1) * side + c)) }
                }
            }
            graph = TestGraphs.make(nodes: side * side, edges)
        } else {
            graph = TestGraphs.random(nodes: 20_000, edges: 40_000 * Int(seed), seed: seed)
        }
        let view = SimpleGraph(graph)
        let communities = Communities.labelPropagation(view)
        #expect(communities == Self.plainLabelPropagation(view))
        #expect(communities == Communities.labelPropagation(view))
        #expect(communities.map(\.count).reduce(0, +) == graph.nodeCount)
    }
}
