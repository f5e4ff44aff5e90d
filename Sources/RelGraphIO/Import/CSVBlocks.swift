import Dispatch

/// A plain CSV table (no quotes, no carriage returns) cut into blocks of whole rows that are read
/// side by side on all cores, each straight into its part of the table's columns (`places`).
///
/// A block reports `nil` at the first thing it does not read itself — a quote, a carriage return, a
/// row with another number of fields, text that is not UTF-8, an empty required field — and the
/// whole table is then read row by row by `CSVColumnReader`, which says where each problem is.
struct CSVBlocks: @unchecked Sendable {  // Only ever reads `bytes`, which outlive every block.
    let bytes: UnsafeRawBufferPointer
    /// Where the rows start (after the header) and how many fields each must have.
    let start: Int
    let fieldCount: Int
    /// Bytes per block, roughly: large enough that a block's columns outweigh its bookkeeping,
    /// small enough that the cores share the work evenly.
    let blockSize: Int
    static let defaultBlockSize = 8 << 20

    /// The header's fields and the table after it; nil when the header is not plain.
    init?(_ bytes: UnsafeRawBufferPointer, blockSize: Int = defaultBlockSize) {
        self.blockSize = max(1, blockSize)
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = bytes[..<newline]
        guard !header.contains(UInt8(ascii: "\"")), !header.contains(UInt8(ascii: "\r")) else { return nil }
        self.bytes = bytes
        start = newline + 1
        fieldCount = header.count(where: { $0 == UInt8(ascii: ",") }) + 1
    }

    /// About `blockSize` bytes each, cut after a line break, at least one.
    var blocks: [Range<Int>] {
        let pieces = max(1, (bytes.count - start) / blockSize)
        var cuts = [start]
        for piece in 1..<max(pieces, 1) {
            var cut = start + (bytes.count - start) * piece / pieces
            while cut < bytes.count && bytes[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            if cut > cuts[cuts.count - 1] && cut < bytes.count { cuts.append(cut) }
        }
        cuts.append(bytes.count)
        return (0..<cuts.count - 1).map { cuts[$0]..<cuts[$0 + 1] }
    }

    /// Calls `read(i, block i)` for every block on all cores; whether every call returned true.
    func readEach(_ ranges: [Range<Int>], _ read: @Sendable (Int, UnsafeRawBufferPointer) -> Bool) -> Bool {
        let results = BlockResults<Bool>(count: ranges.count)
        let table = self
        DispatchQueue.concurrentPerform(iterations: ranges.count) { i in
            results.store(read(i, UnsafeRawBufferPointer(rebasing: table.bytes[ranges[i]])) ? true : nil, at: i)
        }
        return results.all != nil
    }

    /// Calls `row(fields)` for each non-blank row of `block`, the fields as byte ranges of the
    /// block; false (and stops) when a row is not plain or `row` returns false.
    func forEachRow(in block: UnsafeRawBufferPointer, _ row: (_ fields: UnsafeBufferPointer<Range<Int>>) -> Bool) -> Bool {
        guard String(validating: block.assumingMemoryBound(to: UInt8.self), as: UTF8.self) != nil else { return false }
        var fields = [Range<Int>](repeating: 0..<0, count: fieldCount)
        return fields.withUnsafeMutableBufferPointer { fields in
            var fieldStart = 0, field = 0
            /// Ends the row's last field at `end`; blank lines are skipped.
            func finishRow(at end: Int) -> Bool {
                defer { field = 0 }
                if field == 0 && end == fieldStart { return true }
                guard field + 1 == fieldCount else { return false }
                fields[field] = fieldStart..<end
                return row(UnsafeBufferPointer(fields))
            }
            for position in 0..<block.count {
                switch block[position] {
                case UInt8(ascii: ","):
                    guard field + 1 < fieldCount else { return false }
                    fields[field] = fieldStart..<position
                    field += 1
                    fieldStart = position + 1
                case UInt8(ascii: "\n"):
                    guard finishRow(at: position) else { return false }
                    fieldStart = position + 1
                case UInt8(ascii: "\""), UInt8(ascii: "\r"):
                    return false
                default:
                    break
                }
            }
            // The file's last row may end without a line break.
            return fieldStart == block.count && field == 0 || finishRow(at: block.count)
        }
    }

    /// The value of a canonical decimal (as `CSVColumnReader.decimal` reads it), else nil.
    @inline(__always)
    static func decimal(_ block: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18, block[range.lowerBound] != UInt8(ascii: "0") || range.count == 1 else {
            return nil
        }
        var value = 0
        for i in range {
            let digit = block[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}

/// Where the blocks' threads leave their results, each in its own slot of a buffer allocated up
/// front (an array's elements may not be assigned from several threads).
private final class BlockResults<Block>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Block?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ block: Block?, at i: Int) { slots[i] = block }

    var all: [Block]? {
        var blocks: [Block] = []
        for i in 0..<count {
            guard let block = slots[i] else { return nil }
            blocks.append(block)
        }
        return blocks
    }
}
