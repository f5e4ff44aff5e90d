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
        var counts: [Int32: Int] = [:]

        /// The labels of maximum frequency among `v`'s neighbours (its own label when it has none).
        func mostFrequent(_ v: Int) -> (labels: [Int32], containsOwn: Bool) {
            guard view.degree(v) > 0 else { return ([label[v]], true) }
            counts.removeAll(keepingCapacity: true)
            for u in view.neighbors(of: v) { counts[label[Int(u)], default: 0] += 1 }
            let top = counts.values.max()!
            let labels = counts.filter { $0.value == top }.map(\.key)
            return (labels, labels.contains(label[v]))
        }

        while !(0..<n).allSatisfy({ view.degree($0) == 0 || mostFrequent($0).containsOwn }) {
            for group in colours {
                for v in group {
                    let (labels, containsOwn) = mostFrequent(Int(v))
                    if labels.count == 1 { label[Int(v)] = labels[0] } else if !containsOwn { label[Int(v)] = labels.max()! }
                }
            }
        }
        var members: [Int32: [Int32]] = [:]
        for v in 0..<n { members[label[v], default: []].append(Int32(v)) }
        return members.values.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
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
        var taken: Set<Int> = []
        for v in order {
            taken.removeAll(keepingCapacity: true)
            for u in view.neighbors(of: v) where colour[Int(u)] >= 0 { taken.insert(colour[Int(u)]) }
            var c = 0
            while taken.contains(c) { c += 1 }
            colour[v] = c
            if c == groups.count { groups.append([]) }
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
