/// Communities of the undirected simple view by semi-synchronous label propagation (Cordasco &
/// Gargano 2010), exactly as networkx `label_propagation_communities`: deterministic, no seed.
///
/// Every node starts with its own label (its index). Nodes are coloured greedily, largest degree
/// first, so that neighbours never share a colour; then, colour by colour, each node takes the label
/// most frequent among its neighbours — keeping its own if that is among the most frequent, else
/// the largest (Prec-Max) — until every node holds a most frequent label.
///
/// Why the result does not depend on threads: nodes of one colour are never adjacent, so each reads
/// only labels of other colours, which nobody writes meanwhile. A colour's nodes are therefore
/// updated in parallel (fixed pieces, each with its own tally) and the labels after every colour are
/// exactly those of one node after the other. networkx checks before every round whether every node
/// holds a most frequent label; a round that changes no label leaves every node holding one, and a
/// round started when every node holds one changes nothing, so stopping after the first round without
/// a change gives the same labels without the separate check (one pass per round instead of two).
public enum Communities {
    /// The communities, largest first (ties: the one holding the smaller node first), each ascending.
    /// - Complexity: O(R · (V + E)) for R rounds (typically a handful) on all cores, plus O(V + E) to colour.
    public static func labelPropagation(_ view: SimpleGraph) -> [[Int32]] {
        precondition(!view.isDirected, "communities are found on the undirected view")
        let n = view.nodeCount
        let colours = greedyColouring(view)
        var label = (0..<n).map { Int32($0) }
        let tallies = (0..<Parallel.pieces(for: n)).map { _ in LabelTally(nodeCount: n) }
        view.offsets.withUnsafeBufferPointer { offsets in
            view.neighbors.withUnsafeBufferPointer { neighbors in
                label.withUnsafeMutableBufferPointer { label in
                    let rows = Rows(offsets: SharedReads(base: offsets.baseAddress!),
                                    neighbors: SharedReads(base: neighbors.baseAddress ?? UnsafePointer(bitPattern: 8)!),
                                    labels: DisjointWrites(base: label.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!))
                    var changed = true
                    while changed {
                        changed = false
                        for group in colours where update(group, rows, tallies) { changed = true }
                    }
                }
            }
        }
        var members = [[Int32]](repeating: [], count: n)
        for v in 0..<n { members[Int(label[v])].append(Int32(v)) }
        return members.filter { !$0.isEmpty }.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
    }

    /// The view's rows and the labels, as the parallel pieces of one colour share them.
    private struct Rows: Sendable {
        let offsets: SharedReads<Int>
        let neighbors: SharedReads<Int32>
        let labels: DisjointWrites<Int32>
    }

    /// Gives each node of one colour its neighbours' most frequent label; whether any label changed.
    private static func update(_ group: [Int32], _ rows: Rows, _ tallies: [LabelTally]) -> Bool {
        // Small colours on one thread: starting threads would cost more than the work.
        let pieces = group.count < 4096 ? 1 : tallies.count
        var changedIn = [Bool](repeating: false, count: pieces)
        group.withUnsafeBufferPointer { group in
            changedIn.withUnsafeMutableBufferPointer { changedIn in
                let nodes = SharedReads(base: group.baseAddress!), changed = DisjointWrites(base: changedIn.baseAddress!)
                Parallel.forEachPiece(of: group.count, pieces: pieces) { piece, range in
                    let tally = tallies[piece]
                    for i in range {
                        let v = Int(nodes[i])
                        let start = rows.offsets[v], end = rows.offsets[v + 1]
                        guard start < end else { continue }
                        let own = rows.labels[v]
                        let top = tally.mostFrequent(among: rows.neighbors.base + start, count: end - start,
                                                     labels: rows.labels, own: own)
                        // One most frequent label: take it; several: keep one's own if among them, else the largest.
                        if (top.count == 1 || !top.containsOwn) && top.largest != own {
                            rows.labels[v] = top.largest
                            changed[piece] = true
                        }
                    }
                }
            }
        }
        return changedIn.contains(true)
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
/// nodes take twenty seconds. One per parallel piece, used by one thread at a time.
private final class LabelTally: @unchecked Sendable {
    private let count: UnsafeMutablePointer<Int32>
    private var seen: [Int32] = []

    init(nodeCount: Int) {
        count = .allocate(capacity: max(nodeCount, 1))
        count.initialize(repeating: 0, count: max(nodeCount, 1))
    }

    deinit { count.deallocate() }

    /// The labels of maximum frequency among the `neighborCount` neighbours at `neighbors`: how many
    /// there are, the largest of them, and whether `own` is one of them.
    func mostFrequent(among neighbors: UnsafePointer<Int32>, count neighborCount: Int, labels: DisjointWrites<Int32>,
                      own: Int32) -> (count: Int, largest: Int32, containsOwn: Bool) {
        var top: Int32 = 0
        for i in 0..<neighborCount {
            let l = Int(labels[Int(neighbors[i])])
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
