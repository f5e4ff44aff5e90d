import Dispatch
import RelGraphCore

/// The node table's columns as its blocks read them (`Block`), and their join into the graph's
/// columns on all cores.
///
/// A block writes into buffers sized for the most rows its bytes can hold, never grown nor zeroed
/// (a fresh array's zeroing and its growth's copies were a tenth of a load); the join writes each
/// block's part of the final columns at its place, all blocks side by side. Ids are "0", "1", … in
/// row order (the blocks check it), so they are written from the row count, never copied.
enum CSVNodeColumns {
    /// One block's rows: its names end to end, where each ends, each row's kind code (of `kinds`).
    final class Block: @unchecked Sendable {  // Written by one thread, read after `concurrentPerform` returns.
        let names: UnsafeMutablePointer<UInt8>
        let nameEnds: UnsafeMutablePointer<Int>
        let kind: UnsafeMutablePointer<UInt16>
        var kinds = ByteInterner()
        var rows = 0, nameBytes = 0
        /// The id of the block's first row; -1 until a row is read.
        var firstID = -1

        /// Room for the rows of a block of `size` bytes: a row takes at least 4 ("0,k," at the end).
        init(size: Int) {
            names = .allocate(capacity: max(size, 1))
            nameEnds = .allocate(capacity: size / 4 + 1)
            kind = .allocate(capacity: size / 4 + 1)
        }

        deinit {
            names.deallocate()
            nameEnds.deallocate()
            kind.deallocate()
        }

        /// Appends a row read by the generic path (`CSVBlocks.forEachRow`).
        func append(name: UnsafeRawBufferPointer, kind code: UInt16) {
            if let source = name.baseAddress {
                UnsafeMutableRawPointer(names + nameBytes).copyMemory(from: source, byteCount: name.count)
            }
            nameBytes += name.count
            nameEnds[rows] = nameBytes
            kind[rows] = code
            rows += 1
        }
    }

    /// The blocks' rows in file order: ids, names, kind codes and the kinds' bytes; nil when a
    /// block's first id is not the row count before it or there are more than 65,535 kinds.
    static func joined(_ blocks: [Block]) -> (ids: StringColumn, names: StringColumn, kind: [UInt16], kinds: [[UInt8]])? {
        guard let kinds = ByteInterner.joined(blocks.map(\.kinds)) else { return nil }
        // Where each block's rows and name bytes go.
        var firstRow: [Int] = [], firstByte: [Int] = []
        var rows = 0, nameBytes = 0
        for block in blocks {
            guard block.rows == 0 || block.firstID == rows else { return nil }
            firstRow.append(rows)
            firstByte.append(nameBytes)
            rows += block.rows
            nameBytes += block.nameBytes
        }
        let idBytes = digits(below: rows)
        let parts = Parts(blocks: blocks, maps: kinds.maps, firstRow: firstRow, firstByte: firstByte)
        var names = [UInt8](), nameOffsets = [Int](), kind = [UInt16](), ids = [UInt8](), idOffsets = [Int]()
        names = [UInt8](unsafeUninitializedCapacity: nameBytes) { names, namesCount in
            nameOffsets = [Int](unsafeUninitializedCapacity: rows + 1) { nameOffsets, nameOffsetsCount in
                kind = [UInt16](unsafeUninitializedCapacity: rows) { kind, kindCount in
                    ids = [UInt8](unsafeUninitializedCapacity: idBytes) { ids, idsCount in
                        idOffsets = [Int](unsafeUninitializedCapacity: rows + 1) { idOffsets, idOffsetsCount in
                            nameOffsets[0] = 0
                            idOffsets[0] = 0
                            let out = Output(names: names, nameOffsets: nameOffsets, kind: kind, ids: ids, idOffsets: idOffsets)
                            DispatchQueue.concurrentPerform(iterations: blocks.count) { parts.write($0, to: out) }
                            (namesCount, nameOffsetsCount, kindCount) = (nameBytes, rows + 1, rows)
                            (idsCount, idOffsetsCount) = (idBytes, rows + 1)
                        }
                    }
                }
            }
        }
        guard let idColumn = StringColumn(bytes: ids, offsets: idOffsets),
              let nameColumn = StringColumn(bytes: names, offsets: nameOffsets) else { return nil }
        return (idColumn, nameColumn, kind, kinds.values)
    }

    /// The bytes of the decimals 0 ..< `count` end to end.
    static func digits(below count: Int) -> Int {
        var total = 0, width = 1, low = 0, high = 10
        while low < count {
            total += (min(high, count) - low) * width
            (low, high, width) = (high, high * 10, width + 1)
        }
        return total
    }

    /// The final columns, written by all blocks at once, each at its own rows and bytes.
    private struct Output: @unchecked Sendable {
        let names: UnsafeMutableBufferPointer<UInt8>, nameOffsets: UnsafeMutableBufferPointer<Int>
        let kind: UnsafeMutableBufferPointer<UInt16>
        let ids: UnsafeMutableBufferPointer<UInt8>, idOffsets: UnsafeMutableBufferPointer<Int>
    }

    private struct Parts: @unchecked Sendable {  // Read only.
        let blocks: [Block], maps: [[UInt16]], firstRow: [Int], firstByte: [Int]

        func write(_ i: Int, to out: Output) {
            let block = blocks[i], map = maps[i], row = firstRow[i], byte = firstByte[i]
            if block.nameBytes > 0 {
                out.names.baseAddress!.advanced(by: byte).update(from: block.names, count: block.nameBytes)
            }
            for r in 0..<block.rows {
                out.nameOffsets[row + r + 1] = byte + block.nameEnds[r]
                out.kind[row + r] = map[Int(block.kind[r])]
            }
            // The ids "row", "row + 1", …: the first written from its value, each next one by
            // adding 1 to the previous one's digits (right-aligned in `text`, zeros before them).
            var at = digits(below: row)
            let text = UnsafeMutablePointer<UInt8>.allocate(capacity: 20)
            defer { text.deallocate() }
            text.initialize(repeating: 0, count: 20)
            var value = row, length = 0
            repeat {
                text[19 - length] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                length += 1
            } while value > 0
            let ids = out.ids.baseAddress!
            for id in row..<(row + block.rows) {
                (ids + at).update(from: text + (20 - length), count: length)
                at += length
                out.idOffsets[id + 1] = at
                var i = 19
                while text[i] == UInt8(ascii: "9") {
                    text[i] = UInt8(ascii: "0")
                    i -= 1
                }
                if text[i] == 0 {
                    text[i] = UInt8(ascii: "1")
                    length += 1
                } else {
                    text[i] += 1
                }
            }
        }
    }
}
