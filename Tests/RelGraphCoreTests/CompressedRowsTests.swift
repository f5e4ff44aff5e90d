@testable import RelGraphCore
import Testing

/// The two-pass bucketed counting sort of large graphs builds exactly the one-pass sort's rows,
/// with its entries packed in one word or not.
@Suite struct CompressedRowsTests {
    /// Keys drawn unevenly (many edges on a few nodes, none on others), node counts that end in a
    /// partial bucket, and edges on the last node.
    @Test(arguments: [(70_000, 200_000), (1 << 16, 1 << 16), (100_003, 300_001)])
    func bucketedRowsAreTheOneBucketRows(nodes: Int, edges: Int) {
        var state: UInt64 = UInt64(nodes) &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int32(truncatingIfNeeded: Int((state >> 33) % UInt64(bound)))
        }
        var keys = (0..<edges).map { i in i % 5 == 0 ? next(50) : next(nodes) }
        keys[edges - 1] = Int32(nodes - 1)
        let others = (0..<edges).map { _ in next(nodes) }
        let direct = CompressedRows.sorted(keys: keys, others: others, nodeCount: nodes, bucketing: false)
        // Entries packed in one word (these sizes fit), and the three arrays of larger graphs.
        for packing in [true, false] {
            let bucketed = CompressedRows.bucketed(keys: keys, others: others, nodeCount: nodes, packing: packing)
            #expect(bucketed.start == direct.start, "packing: \(packing)")
            #expect(bucketed.edges == direct.edges, "packing: \(packing)")
            #expect(bucketed.neighbors == direct.neighbors, "packing: \(packing)")
        }
        #expect(CompressedRows.sorted(keys: keys, others: others, nodeCount: nodes).edges == direct.edges)
        // The packed sort on any number of threads.
        for parts in [1, 3, 64] {
            let packed = CompressedRows.packedBuckets(keys: keys, others: others, nodeCount: nodes, parts: parts)
            #expect(packed?.start == direct.start, "parts: \(parts)")
            #expect(packed?.edges == direct.edges, "parts: \(parts)")
            #expect(packed?.neighbors == direct.neighbors, "parts: \(parts)")
        }
        // Both sides, one after the other.
        let both = CompressedRows.bothSorted(source: keys, target: others, nodeCount: nodes)
        let incoming = CompressedRows.sorted(keys: others, others: keys, nodeCount: nodes, bucketing: false)
        #expect(both.out.edges == direct.edges && both.out.neighbors == direct.neighbors && both.out.start == direct.start)
        #expect(both.in.edges == incoming.edges && both.in.neighbors == incoming.neighbors && both.in.start == incoming.start)
    }
}
