/// How alike two names are, from 0 (nothing shared) to 1 (the same skeleton), robust to reordered,
/// dropped, joined and hyphenated words.
public enum NameSimilarity {
    /// The weight of a word skeleton: rare words say more than "provincial" or "command".
    public typealias Weight = ([UInt8]) -> Double

    /// Names holding different numbers, or naming different countries or ranks of office (deputy,
    /// permanent …), score 0. Otherwise the best of: equal joined skeletons (1),
    /// for names of at most three words the joined skeletons' Jaro–Winkler similarity scaled by 0.95
    /// when it is at least 0.93, and the words' Monge–Elkan similarity in both directions (twice the better plus the worse, over 3)
    /// weighted by `weight`, where a word may
    /// also meet two or three neighbouring words of the other name written together.
    /// - Complexity: O(a·b·L²) for a and b words of at most L letters.
    public static func score(_ a: NameSkeleton, _ b: NameSkeleton, weight: Weight = { Double($0.count) }) -> Double {
        if a.joinedBytes.isEmpty || b.joinedBytes.isEmpty { return 0 }
        if !a.numbers.isEmpty && !b.numbers.isEmpty && a.numbers != b.numbers { return 0 }
        if a.markers != b.markers { return 0 }
        if a.joinedBytes == b.joinedBytes { return 1 }
        // Written together, long names with a common start look alike whatever follows: only short
        // names (a person's, a place's) are compared whole.
        let short = min(a.wordBytes.count, b.wordBytes.count) <= 3
        let close = short ? jaroWinkler(a.joinedBytes, b.joinedBytes) : 0
        let whole = close >= 0.93 ? 0.95 * close : 0
        // A name whose words all stand in the other (a short form) is close, not the same.
        let (ab, ba) = (mongeElkan(a, b, weight), mongeElkan(b, a, weight))
        let words = (2 * max(ab, ba) + min(ab, ba)) / 3
        return max(whole, words)
    }

    /// The weighted mean, over the words of `a`, of each word's best similarity to a word of `b` or
    /// to two or three neighbouring words of `b` joined; a similarity under 0.85 counts as none
    /// (Jaro–Winkler gives unrelated short words 0.7).
    static func mongeElkan(_ a: NameSkeleton, _ b: NameSkeleton, _ weight: Weight) -> Double {
        guard !a.wordBytes.isEmpty, !b.pool.isEmpty else { return 0 }
        var total = 0.0, sum = 0.0
        var used = [Bool](repeating: false, count: b.wordBytes.count)
        for word in a.wordBytes {
            // Each word of b meets one word of a at most ("Bộ trưởng Bộ …" is not "Thứ trưởng Bộ …").
            var best = 0.0
            var covered: Range<Int>?
            for other in b.pool where !other.words.contains(where: { used[$0] }) {
                let similarity = jaroWinkler(word, other.bytes)
                if similarity > best { (best, covered) = (similarity, other.words) }
                if best == 1 { break }
            }
            if best >= 0.85, let covered { for i in covered { used[i] = true } }
            let w = weight(word)
            total += (best >= 0.85 ? best : 0) * w
            sum += w
        }
        return sum > 0 ? total / sum : 0
    }

    public static func jaroWinkler(_ s: String, _ t: String) -> Double { jaroWinkler(Array(s.utf8), Array(t.utf8)) }

    /// Jaro–Winkler similarity, byte by byte; words with digits match only when equal (so "Company 119"
    /// and "Company 214" do not match on their numbers).
    static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        if a.contains(where: isDigit) || b.contains(where: isDigit) { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in a.indices {
                let low = max(0, i - window), high = min(b.count - 1, i + window)
                guard low <= high else { continue }
                for j in low...high where !flags[a.count + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[a.count + j] = true
                    matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            var transpositions = 0, j = 0
            for i in a.indices where flags[i] {
                while !flags[a.count + j] { j += 1 }
                if a[i] != b[j] { transpositions += 1 }
                j += 1
            }
            let m = Double(matches)
            let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions) / 2) / m) / 3
            var prefix = 0
            while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
            return jaro + Double(prefix) * 0.1 * (1 - jaro)
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
