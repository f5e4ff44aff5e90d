extension CompressedRows {
    /// Edge and node counts from which `sorted` goes through `bucketed`.
    static let bucketedFrom = 1 << 16

    /// Whether a graph is large enough for the bucketed sorts (`bucketed`, `packedBuckets`).
    static func bucketsPay(edgeCount: Int, nodeCount: Int) -> Bool {
        edgeCount >= bucketedFrom && nodeCount >= bucketedFrom
    }

    /// The counting sort of `sorted` in two passes, the same rows: first the edges are spread, in
    /// id order, over buckets of 1,024 consecutive keys (each bucket where its rows will be); then
    /// each bucket is sorted into its rows.
    /// A million rows' cursors and the 40 MB of edges and neighbours are far larger than the caches,
    /// so sorting in one pass misses the cache at almost every edge; here the first pass writes to
    /// about a thousand places that each move forward, and the second works on one bucket's few
    /// kilobytes at a time. At 1M nodes and 5M edges the sort went from 26% to 15% of loading a
    /// CSV folder (perf, on a total itself a quarter smaller).
    /// - Complexity: O(V + E) time; O(E) scratch memory (2 bytes per edge, 8 when packed).
    /// `packing` false: never through `packedBuckets` (for tests).
    static func bucketed(keys: [Graph.Node], others: [Graph.Node], nodeCount: Int, packing: Bool = true) -> Self {
        if packing, let rows = packedBuckets(keys: keys, others: others, nodeCount: nodeCount) { return rows }
        let shift = 10, lowBits = (1 << shift) - 1
        let bucketCount = (nodeCount + lowBits) >> shift
        let count = keys.count
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        var edges = [Graph.Edge](repeating: 0, count: count)
        var neighbors = [Graph.Node](repeating: 0, count: count)
        // Each edge's key below its bucket's first, at the edge's place in the first pass.
        var low = [UInt16](repeating: 0, count: count)
        var bucketStart = [Int](repeating: 0, count: bucketCount + 1)
        keys.withUnsafeBufferPointer { keys in
            others.withUnsafeBufferPointer { others in
                for key in keys { bucketStart[Int(key) >> shift + 1] += 1 }
                for b in 0..<bucketCount { bucketStart[b + 1] += bucketStart[b] }
                var cursor = bucketStart
                cursor.withUnsafeMutableBufferPointer { cursor in
                    edges.withUnsafeMutableBufferPointer { edges in
                        neighbors.withUnsafeMutableBufferPointer { neighbors in
                            low.withUnsafeMutableBufferPointer { low in
                                for edge in 0..<count {
                                    let key = Int(keys[edge])
                                    let slot = cursor[key >> shift]
                                    cursor[key >> shift] = slot + 1
                                    edges[slot] = Graph.Edge(edge)
                                    neighbors[slot] = others[edge]
                                    low[slot] = UInt16(key & lowBits)
                                }
                            }
                        }
                    }
                }
            }
        }
        // Then each bucket, copied aside (a few dozen kilobytes), is sorted back into its place.
        let largest = (0..<bucketCount).map { bucketStart[$0 + 1] - bucketStart[$0] }.max() ?? 0
        var asideEdges = [Graph.Edge](repeating: 0, count: largest)
        var asideNeighbors = [Graph.Node](repeating: 0, count: largest)
        var rowCursor = [Int32](repeating: 0, count: 1 << shift)
        start.withUnsafeMutableBufferPointer { start in
            edges.withUnsafeMutableBufferPointer { edges in
                neighbors.withUnsafeMutableBufferPointer { neighbors in
                    low.withUnsafeBufferPointer { low in
                        asideEdges.withUnsafeMutableBufferPointer { asideEdges in
                            asideNeighbors.withUnsafeMutableBufferPointer { asideNeighbors in
                                rowCursor.withUnsafeMutableBufferPointer { rowCursor in
                                    for b in 0..<bucketCount {
                                        let first = b << shift, nodes = min(1 << shift, nodeCount - first)
                                        let base = bucketStart[b], size = bucketStart[b + 1] - base
                                        for i in 0..<nodes { rowCursor[i] = 0 }
                                        for i in 0..<size {
                                            rowCursor[Int(low[base + i])] += 1
                                            asideEdges[i] = edges[base + i]
                                            asideNeighbors[i] = neighbors[base + i]
                                        }
                                        placeRows(rowCursor, nodes: nodes, base: base, into: start, first: first)
                                        for i in 0..<size {
                                            let key = Int(low[base + i])
                                            let slot = Int(rowCursor[key])
                                            rowCursor[key] += 1
                                            edges[slot] = asideEdges[i]
                                            neighbors[slot] = asideNeighbors[i]
                                        }
                                    }
                                    start[nodeCount] = Int32(count)
                                }
                            }
                        }
                    }
                }
            }
        }
        return CompressedRows(start: start, edges: edges, neighbors: neighbors)
    }

    /// The counting sort's prefix sum for one bucket: turns the lengths of its `nodes` rows in
    /// `cursor` into where each row begins (the bucket's rows begin at `base`), and writes those
    /// beginnings into `start` from `first`, the bucket's first node.
    @inline(__always)
    static func placeRows(_ cursor: UnsafeMutableBufferPointer<Int32>, nodes: Int, base: Int,
                          into start: UnsafeMutableBufferPointer<Int32>, first: Int) {
        var row = Int32(base)
        for i in 0..<nodes {
            start[first + i] = row
            let length = cursor[i]
            cursor[i] = row
            row += length
        }
    }
}
