import Dispatch

extension CompressedRows {
    /// Both sides' rows of a graph's edges (out: keyed by source, in: by target), the same rows as
    /// `sorted` gives. Large graphs whose entries pack (`packedBuckets`) sort one side after the
    /// other, each on all cores; others sort the two sides side by side, one per core.
    static func bothSorted(source: [Graph.Node], target: [Graph.Node], nodeCount: Int) -> (out: Self, in: Self) {
        if bucketsPay(edgeCount: source.count, nodeCount: nodeCount),
           let out = packedBuckets(keys: source, others: target, nodeCount: nodeCount),
           let incoming = packedBuckets(keys: target, others: source, nodeCount: nodeCount) {
            return (out, incoming)
        }
        return bothSides { side in
            side == 0 ? sorted(keys: source, others: target, nodeCount: nodeCount)
                : sorted(keys: target, others: source, nodeCount: nodeCount)
        }!
    }

    /// Key bits below a bucket's first key: buckets of 4,096 keys. (The first pass writes two
    /// streams per bucket, one per array; with 1,024-key buckets, 2,000 streams per thread took
    /// 2.4 times as long as one stream of 8-byte words, with 4,096 the same, in a micro benchmark
    /// at 1M nodes / 5M edges. A bucket's entries, aside and in place, are then about 320 KB, within
    /// a core's L2.)
    private static let lowShift = 12

    /// Whether an entry (edge, other end, low key) fits in 64 bits (up to 2²⁶ edges and 2²⁶ nodes, say).
    static func packs(nodeCount: Int, edgeCount: Int) -> Bool {
        lowShift + bits(nodeCount) + bits(edgeCount) <= 64
    }

    private static func bits(_ count: Int) -> Int { Int.bitWidth - max(count - 1, 1).leadingZeroBitCount }

    /// `bucketed` with each edge's entry (edge, other end, key below its bucket's first) packed into
    /// one 64-bit word, kept in the rows' own arrays: the first pass writes each entry's low half
    /// into `edges` and its high half into `neighbors`, at its place in its bucket, which is where
    /// the bucket's rows will be; the second copies each bucket's entries aside (a few kilobytes)
    /// and sorts them back into its rows. Every array is written without being zeroed first, and
    /// no scratch array is needed: at 1M nodes / 5M edges the 40 MB scratch of each side was an
    /// eighth of the fresh memory of a CSV load, whose faulting and zeroing by the kernel was a
    /// third of its CPU. Both passes run on `parts` threads: the first over `parts` runs of edges,
    /// each with its own cursors (run p's edges go after run p − 1's in every bucket, so the rows
    /// are the same for any `parts`), the second over runs of buckets.
    /// Nil when the entries do not fit in 64 bits.
    static func packedBuckets(keys: [Graph.Node], others: [Graph.Node], nodeCount: Int, parts: Int = 2) -> Self? {
        let count = keys.count
        guard packs(nodeCount: nodeCount, edgeCount: count) else { return nil }
        let bucketCount = (nodeCount + (1 << lowShift) - 1) >> lowShift
        let parts = max(1, min(parts, count))
        // cursor[p · bucketCount + b]: where run p's next edge of bucket b goes.
        let cursor = UnsafeMutablePointer<Int>.allocate(capacity: parts * bucketCount)
        defer { cursor.deallocate() }
        cursor.initialize(repeating: 0, count: parts * bucketCount)
        var bucketStart = [Int](repeating: 0, count: bucketCount + 1)
        var start: [Int32] = [], edges: [Graph.Edge] = [], neighbors: [Graph.Node] = []
        start = [Int32](unsafeUninitializedCapacity: nodeCount + 1) { start, startCount in
            edges = [Graph.Edge](unsafeUninitializedCapacity: count) { edges, edgesCount in
                neighbors = [Graph.Node](unsafeUninitializedCapacity: count) { neighbors, neighborsCount in
                    FreshMemory.populate([.init(start), .init(edges), .init(neighbors)])
                    keys.withUnsafeBufferPointer { keys in
                        others.withUnsafeBufferPointer { others in
                            let pass = Scatter(keys: keys, others: others, low: edges, high: neighbors, cursor: cursor,
                                               bucketCount: bucketCount, parts: parts, nodeBits: bits(nodeCount))
                            DispatchQueue.concurrentPerform(iterations: parts) { pass.count(part: $0) }
                            var total = 0
                            for b in 0..<bucketCount {
                                bucketStart[b] = total
                                for p in 0..<parts {
                                    let edges = cursor[p * bucketCount + b]
                                    cursor[p * bucketCount + b] = total
                                    total += edges
                                }
                            }
                            bucketStart[bucketCount] = total
                            DispatchQueue.concurrentPerform(iterations: parts) { pass.scatter(part: $0) }
                        }
                    }
                    bucketStart.withUnsafeBufferPointer { bucketStart in
                        let pass = Rows(bucketStart: bucketStart, start: start, edges: edges, neighbors: neighbors,
                                        nodeCount: nodeCount, nodeBits: bits(nodeCount), parts: parts)
                        DispatchQueue.concurrentPerform(iterations: parts) { pass.sort(part: $0) }
                    }
                    start[nodeCount] = Int32(count)
                    (startCount, edgesCount, neighborsCount) = (nodeCount + 1, count, count)
                }
            }
        }
        return CompressedRows(start: start, edges: edges, neighbors: neighbors)
    }

    /// The first pass: run p of the edges counts its edges per bucket into its cursors, then (once
    /// the cursors hold where its edges go) writes each edge's entry at its bucket's cursor, its
    /// low half in `low` and its high half in `high`.
    private struct Scatter: @unchecked Sendable {  // Each run writes its own cursors and slots.
        let keys: UnsafeBufferPointer<Graph.Node>, others: UnsafeBufferPointer<Graph.Node>
        let low: UnsafeMutableBufferPointer<Int32>, high: UnsafeMutableBufferPointer<Int32>
        let cursor: UnsafeMutablePointer<Int>
        let bucketCount: Int, parts: Int, nodeBits: Int

        func edges(of part: Int) -> Range<Int> { keys.count * part / parts..<keys.count * (part + 1) / parts }

        func count(part: Int) {
            let cursor = self.cursor + part * bucketCount
            for edge in edges(of: part) { cursor[Int(keys[edge]) >> lowShift] += 1 }
        }

        func scatter(part: Int) {
            let cursor = self.cursor + part * bucketCount
            let lowBits = (1 << lowShift) - 1
            let (low, high) = (self.low.baseAddress!, self.high.baseAddress!)
            for edge in edges(of: part) {
                let key = Int(keys[edge])
                let slot = cursor[key >> lowShift]
                cursor[key >> lowShift] = slot + 1
                let entry = UInt64(edge) << (lowShift + nodeBits) | UInt64(UInt32(bitPattern: others[edge])) << lowShift
                    | UInt64(key & lowBits)
                low[slot] = Int32(truncatingIfNeeded: entry)
                high[slot] = Int32(truncatingIfNeeded: entry >> 32)
            }
        }
    }

    /// The second pass: run p of the buckets copies each of its buckets' entries aside and sorts
    /// them into its rows, at the same places.
    private struct Rows: @unchecked Sendable {  // Each run writes its own buckets' rows and starts.
        let bucketStart: UnsafeBufferPointer<Int>
        let start: UnsafeMutableBufferPointer<Int32>, edges: UnsafeMutableBufferPointer<Graph.Edge>
        let neighbors: UnsafeMutableBufferPointer<Graph.Node>
        let nodeCount: Int, nodeBits: Int, parts: Int

        /// The first bucket that starts at or after edge `edge` (binary search; the starts rise).
        func firstBucket(from edge: Int) -> Int {
            var (low, high) = (0, bucketStart.count - 1)
            while low < high {
                let middle = (low + high) / 2
                if bucketStart[middle] >= edge { high = middle } else { low = middle + 1 }
            }
            return low
        }

        func sort(part: Int) {
            let bucketCount = bucketStart.count - 1, lowBits = (1 << lowShift) - 1
            let nodeMask = UInt64(1) << nodeBits - 1
            // The buckets split where the edges before them pass a part's share.
            let total = bucketStart[bucketCount]
            let from = firstBucket(from: total * part / parts)
            let to = part + 1 == parts ? bucketCount : firstBucket(from: total * (part + 1) / parts)
            guard from < min(to, bucketCount) else { return }
            let buckets = from..<min(to, bucketCount)
            let largest = buckets.map { bucketStart[$0 + 1] - bucketStart[$0] }.max() ?? 0
            let aside = UnsafeMutablePointer<UInt64>.allocate(capacity: max(largest, 1))
            defer { aside.deallocate() }
            let rowCursor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 1 << lowShift)
            defer { rowCursor.deallocate() }
            let (edges, neighbors) = (self.edges.baseAddress!, self.neighbors.baseAddress!)
            for b in buckets {
                let first = b << lowShift, nodes = min(1 << lowShift, nodeCount - first)
                let base = bucketStart[b], size = bucketStart[b + 1] - base
                for i in 0..<nodes { rowCursor[i] = 0 }
                for i in 0..<size {
                    let entry = UInt64(UInt32(bitPattern: edges[base + i])) | UInt64(UInt32(bitPattern: neighbors[base + i])) << 32
                    aside[i] = entry
                    rowCursor[Int(entry & UInt64(lowBits))] += 1
                }
                placeRows(rowCursor, nodes: nodes, base: base, into: start, first: first)
                for i in 0..<size {
                    let entry = aside[i]
                    let key = Int(entry & UInt64(lowBits))
                    let slot = Int(rowCursor[key])
                    rowCursor[key] += 1
                    edges[slot] = Graph.Edge(truncatingIfNeeded: entry >> (lowShift + nodeBits))
                    neighbors[slot] = Graph.Node(truncatingIfNeeded: (entry >> lowShift) & nodeMask)
                }
            }
        }
    }
}
