/// The rows of a block of an `id,kind,name` node table (exactly these columns, in this order) read in
/// one pass, as `CSVEdgeRows` reads edges: the id's digits are checked against the row's place (ids
/// "0", "1", … in row order, so the id column is never copied: `CSVNodeColumns` writes it from the
/// count), a kind the block has read before takes its code after comparing bytes, and the name is
/// checked for UTF-8 and where it is in the file noted (`CSVNodeColumns` copies it from there; the
/// block needs no separate validation pass, which also made an 8 MB `String` of every block).
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
        var recent = RecentKinds(), code: UInt16 = 0
        let steps = UTF8Steps.steps
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
            let kindStart = p
            if let known = recent.match(base, kindStart, end) {
                p += known.length
                code = known.code
            } else {
                guard let kindEnd = text(base, p, end, until: UInt8(ascii: ",")), kindEnd > kindStart, kindEnd < end,
                      base[kindEnd] == UInt8(ascii: ","),
                      let interned = columns.kinds.code(UnsafeRawBufferPointer(start: base + kindStart, count: kindEnd - kindStart))
                else { return false }
                p = kindEnd
                code = interned
                recent.add(kindStart..<kindEnd, code: interned)
            }
            p += 1  // The comma.
            guard let nameEnd = nameEnd(base, p, end, steps: steps) else { return false }
            (columns.nameStart[rows], columns.nameEnd[rows]) = (columns.origin + p, columns.origin + nameEnd)
            nameBytes += nameEnd - p
            columns.kind[rows] = code
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

    /// Where the name at `start` ends (at a line break, or at `end`); nil when it holds a comma, a
    /// quote or a carriage return or is not UTF-8 (what `text(until: "\n")` says, faster): eight
    /// bytes at a time find the line break and any separator before it, and only a name with a
    /// byte above 7F is then checked for UTF-8, by `UTF8Steps` (no branch per character).
    @inline(__always)
    static func nameEnd(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, steps: UnsafePointer<UInt64>) -> Int? {
        var p = start, high: UInt64 = 0, found = false
        while p + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            let breaks = zeroBytes(word ^ (ones &* 0x0A))
            let separators = zeroBytes(word ^ (ones &* 0x2C)) | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x0D))
            // The lowest flag of each is exact, so a flag below the first line break is a separator.
            let before = breaks == 0 ? ~0 : (breaks & (0 &- breaks)) &- 1
            guard separators & before == 0 else { return nil }
            high |= word & highs & before
            if breaks != 0 {
                p += breaks.trailingZeroBitCount >> 3
                found = true
                break
            }
            p += 8
        }
        while !found && p < end && base[p] != UInt8(ascii: "\n") {
            switch base[p] {
            case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"): return nil
            default: high |= UInt64(base[p])
            }
            p += 1
        }
        guard high & highs == 0 || UTF8Steps.isValid(base + start, p - start, steps: steps) else { return nil }
        return p
    }

    /// The high bit of each of the eight bytes (in memory order, little-endian) that is a comma,
    /// quote, carriage return or line break or has its high bit set, exact for the first such byte
    /// (the bytes after it may be flagged wrongly: they are looked at one by one).
    @inline(__always)
    static func notPlain(_ word: UInt64) -> UInt64 {
        word & highs | zeroBytes(word ^ (ones &* 0x2C)) | zeroBytes(word ^ (ones &* 0x22))
            | zeroBytes(word ^ (ones &* 0x0D)) | zeroBytes(word ^ (ones &* 0x0A))
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `v` that is zero, exact for the lowest (a borrow may flag bytes above it).
    @inline(__always)
    private static func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }

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

/// The kinds a block has read so far (up to 16), where their bytes are in it and their codes: a row
/// whose kind is one of them takes its code after comparing bytes, without a scan or a lookup
/// (the benchmark's nodes change kind on two rows of three, so "the previous row's kind" missed).
private struct RecentKinds: ~Copyable {
    private let starts = UnsafeMutablePointer<Int>.allocate(capacity: 16)
    private let lengths = UnsafeMutablePointer<Int>.allocate(capacity: 16)
    private let codes = UnsafeMutablePointer<UInt16>.allocate(capacity: 16)
    private var count = 0

    deinit {
        starts.deallocate()
        lengths.deallocate()
        codes.deallocate()
    }

    /// The kind whose bytes, followed by a comma, are at `p`.
    @inline(__always)
    func match(_ base: UnsafePointer<UInt8>, _ p: Int, _ end: Int) -> (length: Int, code: UInt16)? {
        for i in 0..<count {
            let length = lengths[i]
            if p + length < end, base[p + length] == UInt8(ascii: ","), CSVEdgeRows.same(base + p, base + starts[i], length) {
                return (length, codes[i])
            }
        }
        return nil
    }

    mutating func add(_ bytes: Range<Int>, code: UInt16) {
        guard count < 16 else { return }
        (starts[count], lengths[count], codes[count]) = (bytes.lowerBound, bytes.count, code)
        count += 1
    }
}
