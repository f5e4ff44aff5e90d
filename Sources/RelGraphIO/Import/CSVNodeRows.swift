/// The rows of a block of an `id,kind,name` node table (exactly these columns, in this order) read in
/// one pass, as `CSVEdgeRows` reads edges: the id's digits are checked against the row's place (ids
/// "0", "1", … in row order, so the id column is never copied: `CSVNodeColumns` writes it from the
/// count), a kind with the previous row's bytes takes its code after one comparison, and the name is
/// checked for UTF-8 while it is copied (the block needs no separate validation pass, which also
/// made an 8 MB `String` of every block).
///
/// It accepts exactly what `CSVBlocks.forEachRow` + `CSVBlocks.decimal` accept for such a table and
/// reports false for everything else (the whole table is then read row by row, which says where
/// each problem is): the id is a canonical decimal, the kind is non-empty, neither the kind nor the
/// name holds a comma, quote or carriage return, both are UTF-8, blank lines are skipped, and the
/// last row may end without a line break.
enum CSVNodeRows {
    /// Reads the block's rows into `columns`, whose first id is the block's first row's; false at
    /// the first thing a plain row of three fields with dense ids would not hold.
    static func read(_ block: UnsafeRawBufferPointer, into columns: CSVNodeColumns.Block) -> Bool {
        guard let base = block.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let end = block.count
        var p = 0, rows = 0, nameBytes = 0
        var lastKind = 0..<0, lastCode: UInt16 = 0
        defer { (columns.rows, columns.nameBytes) = (rows, nameBytes) }
        while p < end {
            if base[p] == UInt8(ascii: "\n") {
                p += 1
                continue
            }
            guard let id = CSVEdgeRows.decimal(base, &p, end, below: Int.max), p < end, base[p] == UInt8(ascii: ",")
            else { return false }
            if rows == 0 && columns.firstID < 0 { columns.firstID = id }
            guard id == columns.firstID + rows else { return false }
            p += 1
            let kindStart = p, length = lastKind.count
            if length > 0, kindStart + length < end, base[kindStart + length] == UInt8(ascii: ","),
               CSVEdgeRows.same(base + kindStart, base + lastKind.lowerBound, length) {
                p += length
            } else {
                guard let kindEnd = text(base, p, end, until: UInt8(ascii: ",")), kindEnd > kindStart, kindEnd < end,
                      base[kindEnd] == UInt8(ascii: ","),
                      let code = columns.kinds.code(UnsafeRawBufferPointer(start: base + kindStart, count: kindEnd - kindStart))
                else { return false }
                p = kindEnd
                lastKind = kindStart..<kindEnd
                lastCode = code
            }
            p += 1  // The comma.
            guard let nameEnd = text(base, p, end, until: UInt8(ascii: "\n")) else { return false }
            (columns.names + nameBytes).update(from: base + p, count: nameEnd - p)
            nameBytes += nameEnd - p
            columns.nameEnds[rows] = nameBytes
            columns.kind[rows] = lastCode
            rows += 1
            p = nameEnd + 1  // Past the line break (or past the end, for a last row without one).
        }
        return true
    }

    /// Where the UTF-8 text at `p` ends: at `stop` (or a line break, which ends the row) or at `end`;
    /// nil at a comma before `stop`, a quote, a carriage return or bytes that are not UTF-8.
    /// Eight bytes at a time skip ahead to the next byte that is not plain ASCII text (a separator,
    /// a quote, a carriage return, or part of a longer UTF-8 sequence).
    @inline(__always)
    static func text(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, until stop: UInt8) -> Int? {
        var p = start
        while p < end {
            if p + 8 <= end {
                let flags = notPlain(UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)))
                if flags == 0 {
                    p += 8
                    continue
                }
                p += flags.trailingZeroBitCount >> 3
            }
            let byte = base[p]
            if byte < 0x80 {
                switch byte {
                case stop, UInt8(ascii: "\n"): return p
                case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"): return nil
                default: p += 1
                }
            } else {
                guard let length = scalarLength(base, p, end) else { return nil }
                p += length
            }
        }
        return p
    }

    /// The high bit of each of the eight bytes (in memory order, little-endian) that is a comma,
    /// quote, carriage return or line break or has its high bit set, exact for the first such byte
    /// (the bytes after it may be flagged wrongly: they are looked at one by one).
    @inline(__always)
    static func notPlain(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        return word & highs | zeroBytes(word ^ (ones &* 0x2C)) | zeroBytes(word ^ (ones &* 0x22))
            | zeroBytes(word ^ (ones &* 0x0D)) | zeroBytes(word ^ (ones &* 0x0A))
    }

    /// The length of the well-formed UTF-8 sequence of more than one byte at `p` (the Unicode
    /// standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); nil if
    /// there is none.
    @inline(__always)
    static func scalarLength(_ base: UnsafePointer<UInt8>, _ p: Int, _ end: Int) -> Int? {
        @inline(__always) func byte(_ i: Int, in range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            p + i < end && range.contains(base[p + i])
        }
        switch base[p] {
        case 0xC2...0xDF: return byte(1) ? 2 : nil
        case 0xE0: return byte(1, in: 0xA0...0xBF) && byte(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return byte(1) && byte(2) ? 3 : nil
        case 0xED: return byte(1, in: 0x80...0x9F) && byte(2) ? 3 : nil
        case 0xF0: return byte(1, in: 0x90...0xBF) && byte(2) && byte(3) ? 4 : nil
        case 0xF1...0xF3: return byte(1) && byte(2) && byte(3) ? 4 : nil
        case 0xF4: return byte(1, in: 0x80...0x8F) && byte(2) && byte(3) ? 4 : nil
        default: return nil
        }
    }
}
