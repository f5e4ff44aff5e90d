/// The rows of a block of a `source,target,type` edge table (exactly these columns, in this
/// order) read in one pass: the two ends' digits are turned into numbers as they are scanned, and a
/// row whose type has the same bytes as the previous row's (gen.py and most exports write edges
/// grouped by type) takes the previous code after one comparison, without hashing or scanning it
/// again.
///
/// It accepts exactly what `CSVBlocks.forEachRow` + `CSVBlocks.decimal` accept for such a table
/// and reports `nil` for everything else (the whole table is then read row by row, which says where
/// each problem is): ends are canonical decimals below `nodeCount`, the type is non-empty, holds no
/// comma, quote or carriage return and is UTF-8 (checked once per distinct run of a type: digits,
/// commas and line breaks are ASCII, so the block needs no separate UTF-8 pass), blank lines are
/// skipped, and the last row may end without a line break.
enum CSVEdgeRows {
    /// Reads the block's rows into `columns`; false at the first thing a plain row of three fields
    /// would not hold.
    static func read(_ block: UnsafeRawBufferPointer, nodeCount: Int, into columns: CSVEdgeColumns.Block) -> Bool {
        guard let base = block.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let (source, target, type) = (columns.source, columns.target, columns.type)
        let end = block.count
        var p = 0, rows = 0
        defer { columns.rows = rows }
        // The previous row's type: where its bytes are in the block, and its code.
        var lastType = 0..<0, lastCode: UInt16 = 0
        while p < end {
            if base[p] == UInt8(ascii: "\n") {
                p += 1
                continue
            }
            guard let from = decimal(base, &p, end, below: nodeCount), p < end, base[p] == UInt8(ascii: ",") else {
                return false
            }
            p += 1
            guard let to = decimal(base, &p, end, below: nodeCount), p < end, base[p] == UInt8(ascii: ",") else {
                return false
            }
            p += 1
            let typeStart = p, length = lastType.count
            if length > 0, typeStart + length <= end,
               typeStart + length == end || base[typeStart + length] == UInt8(ascii: "\n"),
               same(base + typeStart, base + lastType.lowerBound, length) {
                p += length
            } else {
                while p < end && base[p] != UInt8(ascii: "\n") {
                    switch base[p] {
                    case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"): return false
                    default: p += 1
                    }
                }
                let bytes = UnsafeBufferPointer(start: base + typeStart, count: p - typeStart)
                guard !bytes.isEmpty, String(validating: bytes, as: UTF8.self) != nil,
                      let code = columns.types.code(UnsafeRawBufferPointer(bytes)) else { return false }
                lastType = typeStart..<p
                lastCode = code
            }
            source[rows] = Int32(from)
            target[rows] = Int32(to)
            type[rows] = lastCode
            rows += 1
            p += 1  // The line break (or past the end, for a last row without one).
        }
        return true
    }

    /// Whether `count` bytes at `a` and `b` are equal, in loads of 8, 4, 2 bytes that overlap at the
    /// end instead of a byte at a time (a type is a dozen bytes: a call to `memcmp` cost more than
    /// the comparison, and the byte loop over the last few bytes, a mispredicted branch each, was a
    /// fifth of reading the benchmark's edges). Reads only the `count` bytes.
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let (x, y) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
        @inline(__always) func equal<Word: FixedWidthInteger>(_ at: Int, _: Word.Type) -> Bool {
            x.loadUnaligned(fromByteOffset: at, as: Word.self) == y.loadUnaligned(fromByteOffset: at, as: Word.self)
        }
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                guard equal(i, UInt64.self) else { return false }
                i += 8
            }
            return equal(count - 8, UInt64.self)
        }
        if count >= 4 { return equal(0, UInt32.self) && equal(count - 4, UInt32.self) }
        if count >= 2 { return equal(0, UInt16.self) && equal(count - 2, UInt16.self) }
        return count == 0 || a[0] == b[0]
    }

    /// The canonical decimal at `p` (as `CSVBlocks.decimal` reads it), below `limit`; `p` moves
    /// past its digits. Up to 7 digits followed by another byte are read eight bytes at a time
    /// (SWAR: which bytes are digits, then the digits' value in three multiplications), the rest
    /// digit by digit.
    @inline(__always)
    static func decimal(_ base: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int, below limit: Int) -> Int? {
        if p + 8 <= end {
            let digits = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)) ^ (ones &* 0x30)
            // A byte is a digit when it is below 10 after the xor: adding 0x76 sets the high bit of
            // the others (a carry out of a byte at or above 0x8A only spoils bytes after it).
            let others = (digits &+ ones &* 0x76 | digits) & (ones &* 0x80)
            if others != 0 {
                let count = others.trailingZeroBitCount >> 3
                guard count > 0, base[p] != UInt8(ascii: "0") || count == 1 else { return nil }
                // The digits moved to the top bytes (zeros before them), then pairs, fours, eights combined.
                var value = digits &<< UInt64(64 - 8 * count)
                value = (value &* 10 &+ value &>> 8) & 0x00FF_00FF_00FF_00FF
                value = (value &* 100 &+ value &>> 16) & 0x0000_FFFF_0000_FFFF
                value = (value &* 10_000 &+ value &>> 32) & 0xFFFF_FFFF
                p += count
                return Int(value) < limit ? Int(value) : nil
            }
        }
        let start = p
        var value = 0
        while p < end {
            let digit = base[p] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int(digit)
            p += 1
            guard p - start <= 18 else { return nil }
        }
        let count = p - start
        guard count > 0, base[start] != UInt8(ascii: "0") || count == 1, value < limit else { return nil }
        return value
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
}
