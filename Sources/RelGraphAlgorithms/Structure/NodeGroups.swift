/// Nodes grouped by a key per node (a component, a community, a colour), each group ascending.
///
/// Counting placement, nodes taken in ascending order: no per-group sort and no arrays grown one
/// node at a time (at a million nodes, sorting the giant component's members and appending labels to
/// a million small arrays were a tenth of `structure`'s time).
enum NodeGroups {
    /// The nodes of each key of `key` (keys in `0..<keyCount`), in key order; empty for unused keys.
    /// - Complexity: O(V + keyCount).
    static func byKey(_ key: [Int32], keyCount: Int) -> [[Int32]] {
        var size = [Int](repeating: 0, count: keyCount)
        for k in key { size[Int(k)] += 1 }
        var groups = size.map { count -> [Int32] in
            var group: [Int32] = []
            group.reserveCapacity(count)
            return group
        }
        for v in 0..<key.count { groups[Int(key[v])].append(Int32(v)) }
        return groups
    }

    /// The groups of `byKey` that are not empty, largest first, ties by smallest member.
    /// - Complexity: O(V + keyCount + g log g) for g groups.
    static func largestFirst(_ key: [Int32], keyCount: Int) -> [[Int32]] {
        byKey(key, keyCount: keyCount).filter { !$0.isEmpty }.sorted { a, b in
            a.count != b.count ? a.count > b.count : a[0] < b[0]
        }
    }
}
