/// Hands out ids that are unique within a set: `base`, then `base` + separator + 2, 3 …
///
/// Remembers the next suffix of each base, so a million relations between the same two entities
/// get their ids in linear time (probing 2, 3 … from the start each time is quadratic).
public struct UniqueIDs: Sendable {
    private var taken: Set<String>
    private var nextSuffix: [String: Int] = [:]
    private let separator: String

    public init(taken: Set<String> = [], separator: String) {
        self.taken = taken
        self.separator = separator
    }

    /// - Complexity: O(1) amortized, plus the ids already taken that the suffixes skip over.
    public mutating func claim(_ base: String) -> String {
        if taken.insert(base).inserted { return base }
        var n = nextSuffix[base] ?? 2
        var candidate = "\(base)\(separator)\(n)"
        while !taken.insert(candidate).inserted {
            n += 1
            candidate = "\(base)\(separator)\(n)"
        }
        nextSuffix[base] = n + 1
        return candidate
    }
}
