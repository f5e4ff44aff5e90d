import Dispatch

extension CSVBlocks {
    /// Where each block's rows go when the blocks write them straight into the table's columns:
    /// `places[i]` is block i's first row and `places[ranges.count]` the room for all of them. A
    /// first pass counts each block's line breaks (sixteen bytes at a time, a small part of reading
    /// its rows), plus one for a last line without one: no block has more rows than that. Blocks
    /// with blank lines fill less than their room; `closeGaps` moves the rows together afterwards.
    func places(of ranges: [Range<Int>]) -> [Int] {
        var places = [Int](repeating: 0, count: ranges.count + 1)
        places.withUnsafeMutableBufferPointer { places in
            let lines = Lines(bytes: bytes, ranges: ranges, counts: places)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { lines.count($0) }
        }
        for i in 0..<ranges.count { places[i + 1] += places[i] }
        return places
    }

    /// Moves each block's `rows[i]` rows of `column` from `places[i]` to right after the previous
    /// block's, in file order (rows only ever move towards the start); returns the number of rows.
    static func closeGaps<Value>(_ column: UnsafeMutablePointer<Value>, places: [Int], rows: [Int]) -> Int {
        var total = 0
        for (place, count) in zip(places, rows) {
            if place != total && count > 0 { (column + total).update(from: column + place, count: count) }
            total += count
        }
        return total
    }

    /// The first pass: each block's line breaks, and 1 for a last line without one.
    private struct Lines: @unchecked Sendable {  // Each block writes its own slot.
        let bytes: UnsafeRawBufferPointer, ranges: [Range<Int>], counts: UnsafeMutableBufferPointer<Int>

        /// Sixteen bytes at a time compared with a line break, counted in sixteen byte-wide
        /// counters that are added up every 255 steps. (Eight bytes at a time with the zero-byte
        /// trick read 3 GB/s and were 9% of a 1M load's samples; this reads 15 GB/s. `SIMD32`
        /// compiled to one lane at a time, 200 times slower: the build targets SSE2.)
        func count(_ i: Int) {
            let range = ranges[i]
            guard let base = bytes.baseAddress, !range.isEmpty else { return }
            let newline = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
            var p = range.lowerBound, lines = 0
            while p + 16 <= range.upperBound {
                var counters = SIMD16<UInt8>()
                var steps = 0
                while steps < 255 && p + 16 <= range.upperBound {
                    counters &+= SIMD16<UInt8>().replacing(with: 1, where: (base + p).loadUnaligned(as: SIMD16<UInt8>.self) .== newline)
                    p += 16
                    steps += 1
                }
                lines += Int(SIMD16<UInt16>(truncatingIfNeeded: counters).wrappedSum())
            }
            while p < range.upperBound {
                if bytes[p] == UInt8(ascii: "\n") { lines += 1 }
                p += 1
            }
            counts[i + 1] = lines + (bytes[range.upperBound - 1] == UInt8(ascii: "\n") ? 0 : 1)
        }
    }
}
