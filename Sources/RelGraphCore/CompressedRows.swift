import Dispatch

/// One direction of a graph's adjacency in compressed sparse rows: for each node v, the edges
/// keyed to it `edges[start[v]..<start[v + 1]]` (ascending) and at the same positions in
/// `neighbors` the node at their other end.
public struct CompressedRows: Sendable {
    public var start: [Int32]
    public var edges: [Graph.Edge]
    public var neighbors: [Graph.Node]

    public init(start: [Int32], edges: [Graph.Edge], neighbors: [Graph.Node]) {
        self.start = start
        self.edges = edges
        self.neighbors = neighbors
    }

    /// Out-rows (`side` 0) and in-rows (`side` 1), made at the same time on two threads: each is a
    /// pass over every edge whose scattered memory accesses dominate building a large graph.
    /// Nil when either side is.
    static func bothSides(_ make: @Sendable (_ side: Int) -> CompressedRows?) -> (out: Self, in: Self)? {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let rows = make(side)
            if side == 0 { results.out = rows } else { results.incoming = rows }
        }
        guard let out = results.out, let incoming = results.incoming else { return nil }
        return (out, incoming)
    }

    /// Whether three fingerprints, computed side by side on all cores, are all present and equal.
    static func allAgree(_ a: @autoclosure @Sendable () -> UInt64?, _ b: @autoclosure @Sendable () -> UInt64?,
                         _ c: @autoclosure @Sendable () -> UInt64?) -> Bool {
        let results = Fingerprints()
        DispatchQueue.concurrentPerform(iterations: 3) { which in
            switch which {
            case 0: results.a = a()
            case 1: results.b = b()
            default: results.c = c()
            }
        }
        guard let a = results.a else { return false }
        return results.b == a && results.c == a
    }

    /// Counting sort of edge ids by `keys[edge]`; stable, so each row lists edges in id order.
    /// Large graphs go through `bucketed` (unless `bucketing` is false), which gives the same rows.
    /// - Complexity: O(V + E).
    static func sorted(keys: [Graph.Node], others: [Graph.Node], nodeCount: Int, bucketing: Bool = true) -> Self {
        if bucketing && keys.count >= bucketedFrom && nodeCount >= bucketedFrom {
            return bucketed(keys: keys, others: others, nodeCount: nodeCount)
        }
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        let count = keys.count
        var edges = [Graph.Edge](repeating: 0, count: count)
        var neighbors = [Graph.Node](repeating: 0, count: count)
        keys.withUnsafeBufferPointer { keys in
            others.withUnsafeBufferPointer { others in
                start.withUnsafeMutableBufferPointer { start in
                    for key in keys { start[Int(key) + 1] += 1 }
                    for i in 0..<nodeCount { start[i + 1] += start[i] }
                    // Fill from the back of each row so that the row starts end where they began.
                    var cursor = Array(start.dropFirst())
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        edges.withUnsafeMutableBufferPointer { edges in
                            neighbors.withUnsafeMutableBufferPointer { neighbors in
                                for edge in stride(from: count - 1, through: 0, by: -1) {
                                    let key = Int(keys[edge])
                                    cursor[key] -= 1
                                    let slot = Int(cursor[key])
                                    edges[slot] = Graph.Edge(edge)
                                    neighbors[slot] = others[edge]
                                }
                            }
                        }
                    }
                }
            }
        }
        return CompressedRows(start: start, edges: edges, neighbors: neighbors)
    }

    /// The rows' fingerprint: the sum over every entry of `Self.fingerprint(source, edge, target)`,
    /// the entry's node being the source (`keyedBySource`) or the target; nil unless the starts
    /// rise from 0 to `edgeCount`, every edge and neighbour is in range and edges ascend within each
    /// row. Equal to the edges' fingerprint when, and (but for a chance of about 2⁻⁶⁴ for a
    /// seed unknown to whoever wrote them) only when, the rows hold exactly the graph's edges.
    /// - Complexity: O(V + E), reading every array in order.
    func fingerprint(nodeCount: Int, edgeCount: Int, keyedBySource: Bool, seed: UInt64) -> UInt64? {
        guard start.count == nodeCount + 1, start.first == 0, start.last.map(Int.init) == edgeCount,
              edges.count == edgeCount, neighbors.count == edgeCount else { return nil }
        return start.withUnsafeBufferPointer { start in
            edges.withUnsafeBufferPointer { edges in
                neighbors.withUnsafeBufferPointer { neighbors in
                    var sum: UInt64 = 0
                    let nodeLimit = Int32(nodeCount), edgeLimit = Int32(edgeCount)
                    for node in 0..<nodeCount {
                        let (low, high) = (Int(start[node]), Int(start[node + 1]))
                        guard low <= high, high <= edgeCount else { return nil }
                        var previous: Int32 = -1
                        for i in low..<high {
                            let edge = edges[i], neighbor = neighbors[i]
                            guard edge > previous, edge < edgeLimit, neighbor >= 0, neighbor < nodeLimit else { return nil }
                            previous = edge
                            sum &+= keyedBySource ? Self.fingerprint(Int32(node), edge, neighbor, seed: seed)
                                : Self.fingerprint(neighbor, edge, Int32(node), seed: seed)
                        }
                    }
                    return sum
                }
            }
        }
    }

    /// The sum of `fingerprint(sources[e], e, targets[e])` over every edge e.
    /// - Complexity: O(E).
    static func fingerprint(sources: [Graph.Node], targets: [Graph.Node], seed: UInt64) -> UInt64 {
        var sum: UInt64 = 0
        for edge in sources.indices { sum &+= fingerprint(sources[edge], Int32(edge), targets[edge], seed: seed) }
        return sum
    }

    /// A seeded mix of one edge (SplitMix64's finaliser twice): sums of it over two different
    /// collections of edges agree only by accident.
    @inline(__always)
    static func fingerprint(_ source: Graph.Node, _ edge: Graph.Edge, _ target: Graph.Node, seed: UInt64) -> UInt64 {
        let pair = UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: edge))
        return mix(mix(pair ^ seed) ^ (UInt64(UInt32(bitPattern: target)) &* 0x9E37_79B9_7F4A_7C15))
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Where the three threads leave their fingerprints, each in its own property.
    private final class Fingerprints: @unchecked Sendable {
        var a: UInt64?
        var b: UInt64?
        var c: UInt64?
    }

    /// Where the two threads leave their rows; each writes only its own property, and
    /// `concurrentPerform` returns after both have finished.
    private final class Results: @unchecked Sendable {
        var out: CompressedRows?
        var incoming: CompressedRows?
    }
}
