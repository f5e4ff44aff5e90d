import RelGraphCore

extension SimpleGraph {
    /// The view of `graph` through the edges `filter` allows (node restrictions and direction ignored:
    /// the view decides direction).
    ///
    /// Each node's row is gathered from its own out- and in-rows of the graph (no list of all arcs,
    /// no scattered writes), then sorted and stripped of repeats; rows are independent, so they are
    /// built on all cores and then packed together.
    /// - Complexity: O(V + E log Δ) for maximum degree Δ; O(V + E) memory beyond the view.
    public init(_ graph: Graph, directed: Bool = false, filter: TraversalFilter = .undirected) {
        let n = graph.nodeCount
        // Room for each row: every incident edge, before repeats are dropped.
        var ends = [Int](repeating: 0, count: n + 1)
        for u in 0..<n { ends[u + 1] = ends[u] + graph.outDegree(Graph.Node(u)) + graph.inDegree(Graph.Node(u)) }
        let room = ends
        var row = [Int32](repeating: 0, count: room[n])
        var kept = [Int](repeating: 0, count: n)
        row.withUnsafeMutableBufferPointer { row in
            kept.withUnsafeMutableBufferPointer { kept in
                let rows = DisjointWrites(base: row.baseAddress!), counts = DisjointWrites(base: kept.baseAddress!)
                Parallel.forEachPiece(of: n, pieces: Parallel.pieces(for: n)) { _, nodes in
                    for u in nodes {
                        counts[u] = Self.gather(u, of: graph, directed: directed, filter: filter,
                                                into: rows.base + room[u])
                    }
                }
            }
        }
        // Pack the rows to the front; a row never moves right, so moving them in order is safe.
        var offsets = [Int](repeating: 0, count: n + 1)
        row.withUnsafeMutableBufferPointer { row in
            for u in 0..<n {
                offsets[u + 1] = offsets[u] + kept[u]
                if offsets[u] != room[u] {
                    (row.baseAddress! + offsets[u]).update(from: row.baseAddress! + room[u], count: kept[u])
                }
            }
        }
        row.removeLast(row.count - offsets[n])
        // A directed view keeps about half the room it was given: do not hold on to the rest.
        if row.capacity > row.count + row.count / 4 { row = Array(row) }
        self.init(nodeCount: n, offsets: offsets, neighbors: row, directed: directed)
    }

    /// Writes u's neighbours (out-neighbours when `directed`) at `destination`, ascending and without
    /// repeats or u itself, and returns how many there are.
    private static func gather(_ u: Int, of graph: Graph, directed: Bool, filter: TraversalFilter,
                               into destination: UnsafeMutablePointer<Int32>) -> Int {
        var count = 0
        let node = Graph.Node(u)
        for i in Int(graph.outStart[u])..<Int(graph.outStart[u + 1]) {
            let v = graph.outNeighbors[i]
            if v != node, filter.allows(graph.outEdges[i]) {
                destination[count] = v
                count += 1
            }
        }
        for i in Int(graph.inStart[u])..<Int(graph.inStart[u + 1]) {
            let v = graph.inNeighbors[i], edge = graph.inEdges[i]
            if v != node, !directed || graph.isSymmetric(edge), filter.allows(edge) {
                destination[count] = v
                count += 1
            }
        }
        var neighbors = UnsafeMutableBufferPointer(start: destination, count: count)
        neighbors.sortShortRow()
        var unique = 0
        for v in neighbors where unique == 0 || v != neighbors[unique - 1] {
            neighbors[unique] = v
            unique += 1
        }
        return unique
    }
}
