import RelGraphAlgorithms

/// Deterministic input mutation for the fuzz tests: a seeded generator and the byte-level edits
/// that break real inputs in the ways files break (flipped bits, lost or doubled bytes, truncation,
/// structural tokens dropped in the wrong place, pieces of another input spliced in).
public struct Mutator {
    /// SplitMix64, relgraph's own seeded generator: the same sequence on every machine.
    public typealias Generator = SeededGenerator

    public var random: Generator
    public let tokens: [[UInt8]]

    public init(seed: UInt64, tokens: [String]) {
        random = Generator(seed: seed)
        self.tokens = tokens.map { Array($0.utf8) }
    }

    /// One to four edits of `input`, sometimes splicing in part of `other`.
    public mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0 where !bytes.isEmpty: bytes[position] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            case 1 where !bytes.isEmpty: bytes.remove(at: position)
            case 2: bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
            case 3: bytes.removeLast(Int.random(in: 0...bytes.count, using: &random))
            case 4: bytes.insert(contentsOf: tokens.randomElement(using: &random)!, at: position)
            case 5 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...64, using: &random))
                bytes.insert(contentsOf: bytes[position..<end], at: end)
            case 6 where !other.isEmpty:
                let start = Int.random(in: 0..<other.count, using: &random)
                let end = min(other.count, start + Int.random(in: 1...200, using: &random))
                bytes.insert(contentsOf: other[start..<end], at: position)
            default:
                if !bytes.isEmpty { bytes[position] = UInt8.random(in: 0...255, using: &random) }
            }
        }
        return bytes
    }
}
