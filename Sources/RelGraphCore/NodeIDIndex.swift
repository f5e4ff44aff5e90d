/// Finds a node by its id. Three layouts, chosen by what the ids are:
/// - `dense`: the ids are "0", "1", … "n-1" in node order (edge lists numbered by row, like the
///   bench data): the id is parsed, no table at all;
/// - `sorted`: node numbers ordered by id bytes (stored in snapshots, so opening one builds nothing);
/// - `hashed`: a dictionary, for everything else.
public enum NodeIDIndex: Sendable {
    case dense
    case sorted([Int32])
    case hashed([String: Int32])

    /// The layout for `ids`: dense when it applies, otherwise hashed.
    /// - Complexity: O(total id length).
    public static func build(for ids: StringColumn) -> NodeIDIndex {
        if isDense(ids) { return .dense }
        var table = [String: Int32](minimumCapacity: ids.count)
        for i in 0..<ids.count where table[ids[i]] == nil { table[ids[i]] = Int32(i) }
        return .hashed(table)
    }

    /// Node numbers ordered by their ids' bytes, for the `sorted` layout.
    /// - Complexity: O(n log n) comparisons.
    public static func sortedOrder(of ids: StringColumn) -> [Int32] {
        (0..<Int32(ids.count)).sorted { ids.utf8(at: Int($0)).lexicographicallyPrecedes(ids.utf8(at: Int($1))) }
    }

    static func isDense(_ ids: StringColumn) -> Bool {
        for i in 0..<ids.count where parseDecimal(ids.utf8(at: i)) != i { return false }
        return true
    }

    /// The value of a canonical decimal (no sign, no leading zero but "0"), else nil.
    static func parseDecimal(_ digits: some Collection<UInt8>) -> Int? {
        guard let first = digits.first, digits.count <= 18, first != UInt8(ascii: "0") || digits.count == 1 else {
            return nil
        }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// - Complexity: O(1) for dense and hashed (on average), O(log n) for sorted.
    func node(id: String, in ids: StringColumn) -> Int32? {
        switch self {
        case .dense:
            guard let value = Self.parseDecimal(Array(id.utf8)), value < ids.count else { return nil }
            return Int32(value)
        case let .hashed(table):
            return table[id]
        case let .sorted(order):
            let key = Array(id.utf8)
            var low = 0, high = order.count
            while low < high {
                let mid = (low + high) / 2
                if ids.utf8(at: Int(order[mid])).lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid }
            }
            guard low < order.count, ids.utf8(at: Int(order[low])).elementsEqual(key) else { return nil }
            return order[low]
        }
    }
}
