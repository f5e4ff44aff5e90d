import RelGraphCore

/// A simple graph view of a `Graph`: at most one link per ordered node pair and no self-loops, as
/// compressed sparse rows with each row sorted by node index.
///
/// Centrality and structure measures are defined on simple graphs (networkx's `Graph` / `DiGraph`
/// built from the relations), where parallel relations between two entities count once:
/// - `undirected`: u and v are neighbours when some relation joins them either way. Components,
///   bridges, articulation points, communities, degree, betweenness and closeness use this view.
/// - `directed`: u → v when some relation goes from u to v, or a symmetric relation joins them
///   (both ways). PageRank uses this view.
public struct SimpleGraph: Sendable {
    public let nodeCount: Int
    /// `neighbors[offsets[v]..<offsets[v+1]]` are v's neighbours (undirected) or out-neighbours
    /// (directed), ascending.
    public let offsets: [Int]
    public let neighbors: [Int32]
    public let isDirected: Bool

    /// A view built from arcs (u, v); for an undirected view pass each link once or twice, either way.
    /// Duplicates and self-loops are dropped.
    /// - Complexity: O(V + A log Δ) for A arcs.
    public init(nodeCount: Int, arcs: [(Int32, Int32)], directed: Bool) {
        var all = arcs
        if !directed { all += arcs.map { ($0.1, $0.0) } }
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for (u, v) in all where u != v { start[Int(u) + 1] += 1 }
        for i in 0..<nodeCount { start[i + 1] += start[i] }
        var cursor = start
        var row = [Int32](repeating: 0, count: start[nodeCount])
        for (u, v) in all where u != v {
            row[cursor[Int(u)]] = v
            cursor[Int(u)] += 1
        }
        // Sort each row and squeeze out repeats, compacting in place.
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var write = 0
        row.withUnsafeMutableBufferPointer { buffer in
            for u in 0..<nodeCount {
                var slice = UnsafeMutableBufferPointer(rebasing: buffer[start[u]..<start[u + 1]])
                slice.sort()
                var previous: Int32 = -1
                for v in slice where v != previous {
                    buffer[write] = v
                    write += 1
                    previous = v
                }
                offsets[u + 1] = write
            }
        }
        row.removeLast(row.count - write)
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbors = row
        self.isDirected = directed
    }

    /// v's neighbours (out-neighbours when directed), ascending.
    @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> {
        neighbors[offsets[v]..<offsets[v + 1]]
    }

    @inlinable public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// Number of links (undirected) or arcs (directed).
    public var linkCount: Int { isDirected ? neighbors.count : neighbors.count / 2 }

    /// The view with every arc reversed (for a directed view; an undirected view is its own reverse).
    /// A transpose by counting sort: taking the arcs by ascending source keeps each new row ascending.
    /// - Complexity: O(V + A).
    public func reversed() -> SimpleGraph {
        guard isDirected else { return self }
        var start = [Int](repeating: 0, count: nodeCount + 1)
        var row = [Int32](repeating: 0, count: neighbors.count)
        // Raw buffers: bounds and uniqueness checks took half the time of this pass over every arc,
        // which is half of PageRank's time at a million nodes.
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                start.withUnsafeMutableBufferPointer { start in
                    for v in neighbors { start[Int(v) + 1] += 1 }
                    for i in 0..<nodeCount { start[i + 1] += start[i] }
                    var cursor = Array(start)
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        row.withUnsafeMutableBufferPointer { row in
                            for u in 0..<nodeCount {
                                for i in offsets[u]..<offsets[u + 1] {
                                    let v = Int(neighbors[i])
                                    row[cursor[v]] = Int32(u)
                                    cursor[v] += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return SimpleGraph(nodeCount: nodeCount, offsets: start, neighbors: row, directed: true)
    }

    /// A view from rows already sorted and free of repeats and self-loops.
    init(nodeCount: Int, offsets: [Int], neighbors: [Int32], directed: Bool) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbors = neighbors
        self.isDirected = directed
    }
}
