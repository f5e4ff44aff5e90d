/// The rounds of semi-synchronous label propagation (`Communities.labelPropagation`), on all cores
/// and with exactly the labels of networkx's sequential definition.
///
/// Why the result does not depend on threads: nodes of one colour are never adjacent, so each reads
/// only labels of other colours, which nobody writes meanwhile. A colour's nodes are therefore
/// updated in parallel (fixed pieces, each with its own scratch) and the labels after every colour
/// are exactly those of one node after the other.
///
/// Why work can be skipped without changing the labels: a node's new label depends only on its own
/// label and its neighbours'. Once a node has been updated, it already holds a most frequent label
/// of its neighbourhood, so until a neighbour's label changes, updating it again changes nothing:
/// only nodes with a changed neighbour are updated again ("active" nodes, as networkit's PLP keeps).
///
/// Why the rounds stop where networkx's do: networkx checks before every round whether every node
/// holds a most frequent label. A round that changes no label leaves every node holding one, and a
/// round started when every node holds one changes nothing, so stopping after the first round
/// without a change gives the same labels, without a separate pass to check.
enum LabelPropagation {
    /// Each node's final label, from `colours` (the nodes of each colour of a proper colouring).
    /// - Complexity: O(R · (V' + E')) for R rounds on all cores, V' and E' the nodes updated and their
    ///   links (all of them in the first round, shrinking after).
    static func labels(_ view: SimpleGraph, colours: [[Int32]]) -> [Int32] {
        let n = view.nodeCount
        var label = (0..<n).map { Int32($0) }
        var active = [Bool](repeating: true, count: n)
        let maxDegree = (0..<n).reduce(0) { max($0, view.degree($1)) }
        let scratch = (0..<Parallel.pieces(for: n)).map { _ in Scratch(maxDegree: maxDegree) }
        view.offsets.withUnsafeBufferPointer { offsets in
            view.neighbors.withUnsafeBufferPointer { neighbors in
                label.withUnsafeMutableBufferPointer { label in
                    active.withUnsafeMutableBufferPointer { active in
                        let rows = Rows(offsets: SharedReads(base: offsets.baseAddress!),
                                        neighbors: SharedReads(base: neighbors.baseAddress ?? UnsafePointer(bitPattern: 8)!),
                                        labels: DisjointWrites(base: label.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!),
                                        active: DisjointWrites(base: active.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!))
                        var changed = true
                        while changed {
                            changed = false
                            for group in colours where update(group, rows, scratch) { changed = true }
                        }
                    }
                }
            }
        }
        return label
    }

    /// The view's rows, the labels and the active flags, as the parallel pieces of one colour share them.
    private struct Rows: Sendable {
        let offsets: SharedReads<Int>
        let neighbors: SharedReads<Int32>
        let labels: DisjointWrites<Int32>
        let active: DisjointWrites<Bool>
    }

    /// Gives each active node of one colour its neighbours' most frequent label, then activates the
    /// neighbours of the nodes that changed (one thread: pieces would write the same flags); whether
    /// any label changed.
    private static func update(_ group: [Int32], _ rows: Rows, _ scratch: [Scratch]) -> Bool {
        // Small colours on one thread: starting threads would cost more than the work.
        let pieces = group.count < 4096 ? 1 : scratch.count
        group.withUnsafeBufferPointer { group in
            let nodes = SharedReads(base: group.baseAddress!)
            Parallel.forEachPiece(of: group.count, pieces: pieces) { piece, range in
                let scratch = scratch[piece]
                scratch.changed.removeAll(keepingCapacity: true)
                for i in range {
                    let v = Int(nodes[i])
                    guard rows.active[v] else { continue }
                    rows.active[v] = false
                    let start = rows.offsets[v], end = rows.offsets[v + 1]
                    guard start < end else { continue }
                    let own = rows.labels[v]
                    let top = scratch.mostFrequent(among: rows.neighbors.base + start, count: end - start, rows.labels, own: own)
                    // One most frequent label: take it; several: keep one's own if among them, else the largest.
                    if (top.count == 1 || !top.containsOwn) && top.largest != own {
                        rows.labels[v] = top.largest
                        scratch.changed.append(Int32(v))
                    }
                }
            }
        }
        var changed = false
        for piece in 0..<pieces {
            for v in scratch[piece].changed {
                changed = true
                for i in rows.offsets[Int(v)]..<rows.offsets[Int(v) + 1] { rows.active[Int(rows.neighbors[i])] = true }
            }
        }
        return changed
    }

    /// One piece's scratch space, used by one thread at a time.
    private final class Scratch: @unchecked Sendable {
        /// The labels of one node's neighbours, sorted to count them: a few dozen bytes to sort instead
        /// of a label-indexed count array (4 MB at a million nodes, read at random).
        private let buffer: UnsafeMutablePointer<Int32>
        /// The nodes this piece changed in the current colour.
        var changed: [Int32] = []

        init(maxDegree: Int) { buffer = .allocate(capacity: max(maxDegree, 1)) }

        deinit { buffer.deallocate() }

        /// The labels of maximum frequency among the `count` neighbours at `neighbors`: how many there
        /// are, the largest of them, and whether `own` is one of them.
        func mostFrequent(among neighbors: UnsafePointer<Int32>, count: Int, _ labels: DisjointWrites<Int32>,
                          own: Int32) -> (count: Int, largest: Int32, containsOwn: Bool) {
            // One neighbour (a leaf of the hierarchy): its label, nothing to sort.
            if count == 1 {
                let l = labels[Int(neighbors[0])]
                return (1, l, l == own)
            }
            for i in 0..<count { buffer[i] = labels[Int(neighbors[i])] }
            var sorted = UnsafeMutableBufferPointer(start: buffer, count: count)
            sorted.sortShortRow()
            var top = 0, topCount = 0, largest: Int32 = -1, ownCount = 0
            var i = 0
            while i < count {
                let l = buffer[i]
                var j = i + 1
                while j < count && buffer[j] == l { j += 1 }
                let run = j - i
                if l == own { ownCount = run }
                // Runs come in ascending label order: among equal counts the last is the largest.
                if run > top { (top, topCount, largest) = (run, 1, l) } else if run == top { (topCount, largest) = (topCount + 1, l) }
                i = j
            }
            return (topCount, largest, ownCount == top)
        }
    }
}
