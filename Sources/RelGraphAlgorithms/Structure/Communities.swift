/// Communities of the undirected simple view by semi-synchronous label propagation (Cordasco &
/// Gargano 2010), exactly as networkx `label_propagation_communities`: deterministic, no seed.
///
/// Every node starts with its own label (its index). Nodes are coloured greedily, largest degree
/// first, so that neighbours never share a colour; then, colour by colour, each node takes the label
/// most frequent among its neighbours — keeping its own if that is among the most frequent, else
/// the largest (Prec-Max) — until every node holds a most frequent label.
///
/// The labels are exactly networkx's, whatever the number of threads (see `LabelPropagation` for
/// how the rounds run in parallel and skip nodes whose neighbourhood has not changed).
public enum Communities {
    /// The communities, largest first (ties: the one holding the smaller node first), each ascending.
    /// - Complexity: O(R · (V + E)) for R rounds (typically a handful) on all cores, plus O(V + E) to colour.
    public static func labelPropagation(_ view: SimpleGraph) -> [[Int32]] {
        precondition(!view.isDirected, "communities are found on the undirected view")
        let n = view.nodeCount
        let label = LabelPropagation.labels(view, colours: greedyColouring(view))
        return NodeGroups.largestFirst(label, keyCount: n)
    }

    /// networkx `greedy_color` with `strategy="largest_first"`: nodes by degree descending (stable),
    /// each given the smallest colour none of its neighbours has. Returns the nodes of each colour.
    static func greedyColouring(_ view: SimpleGraph) -> [[Int32]] {
        let n = view.nodeCount
        // Degree descending, ties by index: a counting sort, in O(V) instead of a comparison sort.
        let maxDegree = (0..<n).reduce(0) { max($0, view.degree($1)) }
        var firstOfDegree = [Int](repeating: 0, count: maxDegree + 2)
        for v in 0..<n { firstOfDegree[maxDegree - view.degree(v) + 1] += 1 }
        for d in 0...maxDegree { firstOfDegree[d + 1] += firstOfDegree[d] }
        var order = [Int](repeating: 0, count: n)
        for v in 0..<n {
            let slot = maxDegree - view.degree(v)
            order[firstOfDegree[slot]] = v
            firstOfDegree[slot] += 1
        }
        var colour = [Int32](repeating: -1, count: n)
        var colours = 0
        // takenBy[c] == v: colour c is taken by a neighbour of v (no set to clear per node).
        var takenBy = [Int](repeating: -1, count: 1)
        view.offsets.withUnsafeBufferPointer { offsets in
            view.neighbors.withUnsafeBufferPointer { neighbors in
                colour.withUnsafeMutableBufferPointer { colour in
                    for v in order {
                        for i in offsets[v]..<offsets[v + 1] {
                            let c = colour[Int(neighbors[i])]
                            if c >= 0 { takenBy[Int(c)] = v }
                        }
                        var c = 0
                        while c < takenBy.count && takenBy[c] == v { c += 1 }
                        colour[v] = Int32(c)
                        if c == colours {
                            colours += 1
                            takenBy.append(-1)
                        }
                    }
                }
            }
        }
        // Each colour's nodes ascending, not in colouring order: nodes of one colour are never
        // adjacent, so the order they are updated in changes no label, and ascending order reads
        // their rows and labels in memory order.
        return NodeGroups.byKey(colour, keyCount: colours)
    }

    /// Newman's modularity of a partition of the undirected view (resolution 1), the quality score
    /// networkx `modularity` reports.
    ///
    /// Each node's links inside its community are counted on all cores (reading the community of
    /// every neighbour is the whole cost), then added up per community in node order; the counts
    /// are integers, so the result is the same bits as one pass on one thread.
    /// - Complexity: O(V + E).
    public static func modularity(_ view: SimpleGraph, _ communities: [[Int32]]) -> Double {
        let links = Double(view.linkCount)
        guard links > 0 else { return 0 }
        let n = view.nodeCount
        var community = [Int32](repeating: -1, count: n)
        for (c, nodes) in communities.enumerated() { for v in nodes { community[Int(v)] = Int32(c) } }
        var linksInside = [Int32](repeating: 0, count: n)
        view.offsets.withUnsafeBufferPointer { offsets in
            view.neighbors.withUnsafeBufferPointer { neighbors in
                community.withUnsafeBufferPointer { community in
                    linksInside.withUnsafeMutableBufferPointer { linksInside in
                        let offsets = SharedReads(base: offsets.baseAddress!)
                        let neighbors = SharedReads(base: neighbors.baseAddress ?? UnsafePointer(bitPattern: 8)!)
                        let community = SharedReads(base: community.baseAddress!)
                        let inside = DisjointWrites(base: linksInside.baseAddress!)
                        Parallel.forEachPiece(of: n, pieces: Parallel.pieces(for: n)) { _, nodes in
                            for v in nodes {
                                let c = community[v]
                                var count: Int32 = 0
                                for i in offsets[v]..<offsets[v + 1] where community[Int(neighbors[i])] == c { count += 1 }
                                inside[v] = count
                            }
                        }
                    }
                }
            }
        }
        var inside = [Int](repeating: 0, count: communities.count)
        var degreeSum = [Int](repeating: 0, count: communities.count)
        for v in 0..<n {
            let c = Int(community[v])
            degreeSum[c] += view.degree(v)
            inside[c] += Int(linksInside[v])
        }
        // inside[c] counts each internal link twice.
        return zip(inside, degreeSum).reduce(0) { q, pair in
            let (inside, degreeSum) = (Double(pair.0), Double(pair.1))
            return q + inside / (2 * links) - (degreeSum / (2 * links)) * (degreeSum / (2 * links))
        }
    }
}
