import Dispatch

extension CompressedRows {
    /// Both sides' rows of a graph's edges (out: keyed by source, in: by target), the same rows as
    /// `sorted` gives. Large graphs whose entries pack (`packedBuckets`) sort one side after the
    /// other, each on all cores, in one scratch buffer: the second side reuses the pages the first
    /// one faulted in. (At 1M nodes / 5M edges the kernel's faulting and zeroing of fresh memory
    /// was a third of a CSV load's CPU, and each side's scratch is 40 MB.) Others sort the two
    /// sides side by side, one per core.
    static func bothSorted(source: [Graph.Node], target: [Graph.Node], nodeCount: Int) -> (out: Self, in: Self) {
        if source.count >= bucketedFrom && nodeCount >= bucketedFrom && packs(nodeCount: nodeCount, edgeCount: source.count) {
            let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: max(source.count, 1))
            defer { scratch.deallocate() }
            if let out = packedBuckets(keys: source, others: target, nodeCount: nodeCount, scratch: scratch),
               let incoming = packedBuckets(keys: target, others: source, nodeCount: nodeCount, scratch: scratch) {
                return (out, incoming)
            }
        }
        return bothSides { side in
            side == 0 ? sorted(keys: source, others: target, nodeCount: nodeCount)
                : sorted(keys: target, others: source, nodeCount: nodeCount)
        }!
    }

    /// Key bits below a bucket's first key: buckets of 1,024 keys.
    private static let lowShift = 10

    /// Whether an entry (edge, other end, low key) fits in 64 bits (up to 2²⁶ edges and 2²⁸ nodes, say).
    static func packs(nodeCount: Int, edgeCount: Int) -> Bool {
        lowShift + bits(nodeCount) + bits(edgeCount) <= 64
    }

    private static func bits(_ count: Int) -> Int { Int.bitWidth - max(count - 1, 1).leadingZeroBitCount }

    /// `bucketed` with each edge's entry (edge, other end, key below its bucket's first) packed into
    /// one 64-bit word: the first pass writes one stream per bucket instead of three, into
    /// `scratch` (room for an entry per edge; allocated here when nil), and the second sorts each
    /// bucket straight from it into its rows (no copy aside). Every array is written once and never
    /// zeroed first. Both passes run on `parts` threads: the first over `parts` runs of edges, each
    /// with its own cursors (run p's edges go after run p − 1's in every bucket, so the rows are
    /// the same for any `parts`), the second over runs of buckets.
    /// (At 1M nodes and 5M edges the unpacked sort was 20% of a CSV load's CPU, this one 17% of a
    /// load that took half the CPU.) Nil when the entries do not fit in 64 bits.
    static func packedBuckets(keys: [Graph.Node], others: [Graph.Node], nodeCount: Int,
                              scratch: UnsafeMutablePointer<UInt64>? = nil, parts: Int = 2) -> Self? {
        let count = keys.count
        guard packs(nodeCount: nodeCount, edgeCount: count) else { return nil }
        let packed = scratch ?? .allocate(capacity: max(count, 1))
        defer { if scratch == nil { packed.deallocate() } }
        let bucketCount = (nodeCount + (1 << lowShift) - 1) >> lowShift
        let parts = max(1, min(parts, count))
        // cursor[p · bucketCount + b]: where run p's next edge of bucket b goes.
        let cursor = UnsafeMutablePointer<Int>.allocate(capacity: parts * bucketCount)
        defer { cursor.deallocate() }
        cursor.initialize(repeating: 0, count: parts * bucketCount)
        var bucketStart = [Int](repeating: 0, count: bucketCount + 1)
        keys.withUnsafeBufferPointer { keys in
            others.withUnsafeBufferPointer { others in
                let pass = Scatter(keys: keys, others: others, packed: packed, cursor: cursor, bucketCount: bucketCount,
                                   parts: parts, nodeBits: bits(nodeCount))
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
        var start: [Int32] = [], edges: [Graph.Edge] = [], neighbors: [Graph.Node] = []
        start = [Int32](unsafeUninitializedCapacity: nodeCount + 1) { start, startCount in
            edges = [Graph.Edge](unsafeUninitializedCapacity: count) { edges, edgesCount in
                neighbors = [Graph.Node](unsafeUninitializedCapacity: count) { neighbors, neighborsCount in
                    bucketStart.withUnsafeBufferPointer { bucketStart in
                        let pass = Rows(packed: packed, bucketStart: bucketStart, start: start, edges: edges, neighbors: neighbors,
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
    /// the cursors hold where its edges go) writes each edge's entry at its bucket's cursor.
    private struct Scatter: @unchecked Sendable {  // Each run writes its own cursors and slots.
        let keys: UnsafeBufferPointer<Graph.Node>, others: UnsafeBufferPointer<Graph.Node>
        let packed: UnsafeMutablePointer<UInt64>, cursor: UnsafeMutablePointer<Int>
        let bucketCount: Int, parts: Int, nodeBits: Int

        func edges(of part: Int) -> Range<Int> { keys.count * part / parts..<keys.count * (part + 1) / parts }

        func count(part: Int) {
            let cursor = self.cursor + part * bucketCount
            for edge in edges(of: part) { cursor[Int(keys[edge]) >> lowShift] += 1 }
        }

        func scatter(part: Int) {
            let cursor = self.cursor + part * bucketCount
            let lowBits = (1 << lowShift) - 1
            for edge in edges(of: part) {
                let key = Int(keys[edge])
                let slot = cursor[key >> lowShift]
                cursor[key >> lowShift] = slot + 1
                packed[slot] = UInt64(edge) << (lowShift + nodeBits) | UInt64(UInt32(bitPattern: others[edge])) << lowShift
                    | UInt64(key & lowBits)
            }
        }
    }

    /// The second pass: run p of the buckets sorts each of its buckets from `packed` into its rows.
    private struct Rows: @unchecked Sendable {  // Each run writes its own buckets' rows and starts.
        let packed: UnsafeMutablePointer<UInt64>, bucketStart: UnsafeBufferPointer<Int>
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
            let rowCursor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 1 << lowShift)
            defer { rowCursor.deallocate() }
            for b in from..<min(to, bucketCount) {
                let first = b << lowShift, nodes = min(1 << lowShift, nodeCount - first)
                let base = bucketStart[b], end = bucketStart[b + 1]
                for i in 0..<nodes { rowCursor[i] = 0 }
                for i in base..<end { rowCursor[Int(packed[i] & UInt64(lowBits))] += 1 }
                placeRows(rowCursor, nodes: nodes, base: base, into: start, first: first)
                for i in base..<end {
                    let entry = packed[i]
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
