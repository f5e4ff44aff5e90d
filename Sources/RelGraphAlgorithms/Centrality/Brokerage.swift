/// Gould–Fernandez brokerage roles (Gould & Fernandez 1989): for every two-step path a → b → c with
/// no direct tie a → c, the broker b plays one of five roles, decided by the groups (e.g. countries)
/// of the three:
///
/// | role | groups | b … |
/// |---|---|---|
/// | coordinator | a = b = c | mediates inside its own group |
/// | gatekeeper | a ≠ b = c | lets an outsider into its group |
/// | representative | a = b ≠ c | speaks for its group to another |
/// | itinerant (consultant) | a = c ≠ b | mediates inside another group |
/// | liaison | a, b, c all differ | links two groups it belongs to neither of |
///
/// a and c must belong to a group (a pair without one is not *between* groups); a broker without a
/// group counts as a group of its own, so it can be itinerant or liaison — which is how a bilateral
/// mechanism or document, having no country, shows up as the link between two countries.
public enum Brokerage {
    public enum Role: String, CaseIterable, Sendable, Codable {
        case coordinator, gatekeeper, representative, itinerant, liaison
    }

    /// For each node, how many open two-step paths it brokers in each role (indexed like
    /// `Role.allCases`). `view` directed: a → b → c follows arcs; undirected: every ordered pair of
    /// b's neighbours counts, so gatekeeper and representative counts are equal.
    /// `group[v]` is v's group, or nil.
    /// - Complexity: O(Σ_b in(b) · out(b) · log Δ).
    public static func roles(_ view: SimpleGraph, group: [Int?]) -> [[Int]] {
        let incoming = view.reversed()
        var counts = [[Int]](repeating: [0, 0, 0, 0, 0], count: view.nodeCount)
        for b in 0..<view.nodeCount {
            for a32 in incoming.neighbors(of: b) {
                let a = Int(a32)
                guard let ga = group[a] else { continue }
                let aOut = view.neighbors(of: a)
                for c32 in view.neighbors(of: b) {
                    let c = Int(c32)
                    guard c != a, let gc = group[c], !contains(aOut, c32) else { continue }
                    counts[b][role(ga, group[b], gc).index] += 1
                }
            }
        }
        return counts
    }

    static func role(_ a: Int, _ b: Int?, _ c: Int) -> Role {
        switch (a == b, b == c, a == c) {
        case (true, true, _): return .coordinator
        case (false, true, _): return .gatekeeper
        case (true, false, _): return .representative
        case (false, false, true): return .itinerant
        case (false, false, false): return .liaison
        }
    }

    /// Binary search in a sorted row.
    private static func contains(_ row: ArraySlice<Int32>, _ value: Int32) -> Bool {
        var low = row.startIndex, high = row.endIndex
        while low < high {
            let mid = (low + high) / 2
            if row[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < row.endIndex && row[low] == value
    }
}

extension Brokerage.Role {
    /// Position in `allCases`, the column of `Brokerage.roles`.
    public var index: Int { Brokerage.Role.allCases.firstIndex(of: self)! }
}
