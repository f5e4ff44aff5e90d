/// Communities of the undirected simple view by semi-synchronous label propagation (Cordasco &
/// Gargano 2010), exactly as networkx `label_propagation_communities`: deterministic, no seed.
///
/// Every node starts with its own label (its index). Nodes are coloured greedily, largest degree
/// first, so that neighbours never share a colour; then, colour by colour, each node takes the label
/// most frequent among its neighbours — keeping its own if that is among the most frequent, else
/// the largest (Prec-Max) — until every node holds a most frequent label. Nodes of one colour are
/// never adjacent, so updating them together is order-free.
public enum Communities {
    /// The communities, largest first (ties: the one holding the smaller node first), each ascending.
    /// - Complexity: O(R · (V + E)) for R rounds (typically a handful), plus O(V log V) to colour.
    public static func labelPropagation(_ view: SimpleGraph) -> [[Int32]] {
        precondition(!view.isDirected, "communities are found on the undirected view")
        let n = view.nodeCount
        let colours = greedyColouring(view)
        var label = (0..<n).map { Int32($0) }
        var tally = LabelTally(nodeCount: n)
        func holdsMostFrequent(_ v: Int) -> Bool {
            view.degree(v) == 0 || tally.mostFrequent(among: view.neighbors(of: v), labels: label, own: label[v]).containsOwn
        }
        while !(0..<n).allSatisfy(holdsMostFrequent) {
            for group in colours {
                for v32 in group {
                    let v = Int(v32)
                    guard view.degree(v) > 0 else { continue }
                    let top = tally.mostFrequent(among: view.neighbors(of: v), labels: label, own: label[v])
                    // One most frequent label: take it; several: keep one's own if among them, else the largest.
                    if top.count == 1 || !top.containsOwn { label[v] = top.largest }
                }
            }
        }
        var members = [[Int32]](repeating: [], count: n)
        for v in 0..<n { members[Int(label[v])].append(Int32(v)) }
        return members.filter { !$0.isEmpty }.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
    }

    /// networkx `greedy_color` with `strategy="largest_first"`: nodes by degree descending (stable),
    /// each given the smallest colour none of its neighbours has. Returns the nodes of each colour.
    static func greedyColouring(_ view: SimpleGraph) -> [[Int32]] {
        let n = view.nodeCount
        let order = (0..<n).sorted { a, b in
            view.degree(a) != view.degree(b) ? view.degree(a) > view.degree(b) : a < b
        }
        var colour = [Int](repeating: -1, count: n)
        var groups: [[Int32]] = []
        // takenBy[c] == v: colour c is taken by a neighbour of v (no set to clear per node).
        var takenBy = [Int](repeating: -1, count: 1)
        for v in order {
            for u in view.neighbors(of: v) where colour[Int(u)] >= 0 { takenBy[colour[Int(u)]] = v }
            var c = 0
            while c < takenBy.count && takenBy[c] == v { c += 1 }
            colour[v] = c
            if c == groups.count {
                groups.append([])
                takenBy.append(-1)
            }
            groups[c].append(Int32(v))
        }
        return groups
    }

    /// Newman's modularity of a partition of the undirected view (resolution 1), the quality score
    /// networkx `modularity` reports.
    /// - Complexity: O(V + E).
    public static func modularity(_ view: SimpleGraph, _ communities: [[Int32]]) -> Double {
        let links = Double(view.linkCount)
        guard links > 0 else { return 0 }
        var community = [Int](repeating: -1, count: view.nodeCount)
        for (c, nodes) in communities.enumerated() { for v in nodes { community[Int(v)] = c } }
        var inside = [Double](repeating: 0, count: communities.count)
        var degreeSum = [Double](repeating: 0, count: communities.count)
        for v in 0..<view.nodeCount {
            let c = community[v]
            degreeSum[c] += Double(view.degree(v))
            for u in view.neighbors(of: v) where community[Int(u)] == c { inside[c] += 1 }
        }
        // inside[c] counts each internal link twice.
        return zip(inside, degreeSum).reduce(0) { q, pair in
            q + pair.0 / (2 * links) - (pair.1 / (2 * links)) * (pair.1 / (2 * links))
        }
    }
}

/// Counts of labels among one node's neighbours, in an array indexed by label (labels are node
/// numbers) cleared after each use: a dictionary per node made label propagation on a million
/// nodes take twenty seconds.
private struct LabelTally {
    private var count: [Int32]
    private var seen: [Int32] = []

    init(nodeCount: Int) { count = [Int32](repeating: 0, count: nodeCount) }

    /// The labels of maximum frequency among `neighbors`: how many there are, the largest of them,
    /// and whether `own` is one of them.
    mutating func mostFrequent(among neighbors: ArraySlice<Int32>, labels: [Int32],
                               own: Int32) -> (count: Int, largest: Int32, containsOwn: Bool) {
        var top: Int32 = 0
        for u in neighbors {
            let l = Int(labels[Int(u)])
            if count[l] == 0 { seen.append(Int32(l)) }
            count[l] += 1
            top = max(top, count[l])
        }
        var result = (count: 0, largest: Int32(-1), containsOwn: false)
        for l in seen {
            if count[Int(l)] == top {
                result.count += 1
                result.largest = max(result.largest, l)
                if l == own { result.containsOwn = true }
            }
            count[Int(l)] = 0
        }
        seen.removeAll(keepingCapacity: true)
        return result
    }
}
