import Dispatch

/// Splitting work over the machine's cores without making results depend on how many there are.
enum Parallel {
    /// How many pieces work over `count` items is cut into: a fixed number (not the core count), so
    /// that partial sums are always added in the same order and results are bit-identical on any
    /// machine; 8 keeps both cores of a small machine busy while bounding per-piece memory.
    static func pieces(for count: Int) -> Int { max(1, min(count, 8)) }

    /// Runs `body(piece, range)` for each of `pieces` contiguous ranges covering `0..<count`, on all
    /// cores (Dispatch `concurrentPerform`). Each call must write only to memory of its own piece.
    static func forEachPiece(of count: Int, pieces: Int,
                             _ body: @Sendable (_ piece: Int, _ range: Range<Int>) -> Void) {
        let ranges = (0..<pieces).map { p in (count * p / pieces)..<(count * (p + 1) / pieces) }
        if pieces == 1 {
            body(0, ranges[0])
        } else {
            DispatchQueue.concurrentPerform(iterations: pieces) { p in body(p, ranges[p]) }
        }
    }
}

/// Memory that pieces of a parallel loop write to, each only its own disjoint part; the loop's end
/// (`concurrentPerform` returns after every piece) orders those writes before any read.
struct DisjointWrites<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}

/// Memory that every piece of a parallel loop reads and none writes while the loop runs.
struct SharedReads<Element>: @unchecked Sendable {
    let base: UnsafePointer<Element>
    subscript(index: Int) -> Element { base[index] }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast, seedable generator whose sequence is fixed
/// by its definition, so a seed names the same sample on every platform and Swift version.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` by rejection (no modulo bias), independent of the standard
    /// library's own bounded-random algorithm.
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let value = next()
            if value < limit { return value % bound }
        }
    }

    /// `count` distinct integers from `0..<n`, ascending (a partial Fisher–Yates shuffle).
    /// - Complexity: O(n) for the index array, O(count log count) to sort.
    public mutating func sample(_ count: Int, from n: Int) -> [Int32] {
        precondition(count <= n)
        var items = (0..<Int32(n)).map { $0 }
        for i in 0..<count {
            let j = i + Int(below(UInt64(n - i)))
            items.swapAt(i, j)
        }
        return items[..<count].sorted()
    }
}
