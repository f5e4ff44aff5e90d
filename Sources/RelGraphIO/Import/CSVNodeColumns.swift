import Dispatch
import RelGraphCore

/// The node table's columns, written by its blocks straight into the graph's columns, all blocks
/// side by side, as `CSVEdgeColumns` writes edges: no block buffers (at 1M nodes they were 48 MB
/// of fresh memory, whose faulting and zeroing by the kernel was a third of a CSV load's CPU).
///
/// Reading, a block writes each row's kind code into the kind column and where the row's name
/// starts and ends in the file into the id and name offset columns, at its places
/// (`CSVBlocks.places`). Once every block's name bytes are known, each block copies its names
/// from the file to their place in the names column and writes the final offsets over the
/// places it noted. Ids are "0", "1", … in row order (the blocks check it), so they are written
/// from the row count, never copied.
enum CSVNodeColumns {
    /// One block's rows, in its part of the final columns: kind codes (of `kinds`), and where each
    /// row's name starts and ends in the file.
    final class Block: @unchecked Sendable {  // Written by one thread, read after `concurrentPerform` returns.
        let kind: UnsafeMutablePointer<UInt16>
        let nameStart: UnsafeMutablePointer<Int>
        let nameEnd: UnsafeMutablePointer<Int>
        /// Where the block starts in the file.
        let origin: Int
        var kinds = ByteInterner()
        var rows = 0, nameBytes = 0
        /// The id of the block's first row; -1 until a row is read.
        var firstID = -1

        init(kind: UnsafeMutablePointer<UInt16>, nameStart: UnsafeMutablePointer<Int>, nameEnd: UnsafeMutablePointer<Int>,
             origin: Int) {
            (self.kind, self.nameStart, self.nameEnd, self.origin) = (kind, nameStart, nameEnd, origin)
        }

        /// Appends a row read by the generic path (`CSVBlocks.forEachRow`): its name's bytes in the block.
        func append(name: Range<Int>, kind code: UInt16) {
            (nameStart[rows], nameEnd[rows]) = (origin + name.lowerBound, origin + name.upperBound)
            nameBytes += name.count
            kind[rows] = code
            rows += 1
        }
    }

    /// The rows of `table` in file order, each block read by `read` into its `Block`: ids, names,
    /// kind codes and the kinds' bytes; nil when a block is not read (`read` returns false), when a
    /// block's first id is not the row count before it, or beyond 65,535 kinds.
    static func read(_ table: CSVBlocks, _ read: @Sendable (UnsafeRawBufferPointer, CSVBlocks, Block) -> Bool)
        -> (ids: StringColumn, names: StringColumn, kind: [UInt16], kinds: [[UInt8]])? {
        let ranges = table.blocks, places = table.places(of: ranges)
        let room = max(places[ranges.count], 1)
        var kind = [UInt16](), nameOffsets = [Int](), idOffsets = [Int](), names = [UInt8](), ids = [UInt8]()
        var kinds: [[UInt8]] = [], complete = false
        kind = [UInt16](unsafeUninitializedCapacity: room) { kind, kindCount in
            nameOffsets = [Int](unsafeUninitializedCapacity: room + 1) { nameOffsets, nameOffsetsCount in
                idOffsets = [Int](unsafeUninitializedCapacity: room + 1) { idOffsets, idOffsetsCount in
                    FreshMemory.populate([.init(kind), .init(nameOffsets), .init(idOffsets)])
                    let (kind, nameEnd, nameStart) = (kind.baseAddress!, nameOffsets.baseAddress! + 1, idOffsets.baseAddress! + 1)
                    let blocks = ranges.indices.map { i in
                        Block(kind: kind + places[i], nameStart: nameStart + places[i], nameEnd: nameEnd + places[i],
                              origin: ranges[i].lowerBound)
                    }
                    guard table.readEach(ranges, { i, block in read(block, table, blocks[i]) }),
                          let joined = ByteInterner.joined(blocks.map(\.kinds)) else { return }
                    var firstRow: [Int] = [], firstByte: [Int] = [], rows = 0, nameBytes = 0
                    for block in blocks {
                        guard block.rows == 0 || block.firstID == rows else { return }
                        firstRow.append(rows)
                        firstByte.append(nameBytes)
                        rows += block.rows
                        nameBytes += block.nameBytes
                    }
                    let counts = blocks.map(\.rows)
                    for column in [nameStart, nameEnd] { _ = CSVBlocks.closeGaps(column, places: places, rows: counts) }
                    _ = CSVBlocks.closeGaps(kind, places: places, rows: counts)
                    let idBytes = digits(below: rows)
                    names = [UInt8](unsafeUninitializedCapacity: nameBytes) { names, namesCount in
                        ids = [UInt8](unsafeUninitializedCapacity: idBytes) { ids, idsCount in
                            FreshMemory.populate([.init(names), .init(ids)])
                            nameEnd[-1] = 0
                            nameStart[-1] = 0
                            let parts = Parts(file: table.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                              blocks: blocks, maps: joined.maps, firstRow: firstRow, firstByte: firstByte,
                                              names: names.baseAddress, ids: ids.baseAddress, kind: kind,
                                              nameOffsets: nameEnd - 1, idOffsets: nameStart - 1)
                            DispatchQueue.concurrentPerform(iterations: blocks.count) { parts.write($0) }
                            (namesCount, idsCount) = (nameBytes, idBytes)
                        }
                    }
                    (kindCount, nameOffsetsCount, idOffsetsCount) = (rows, rows + 1, rows + 1)
                    kinds = joined.values
                    complete = true
                }
            }
        }
        guard complete, let idColumn = StringColumn(bytes: ids, offsets: idOffsets),
              let nameColumn = StringColumn(bytes: names, offsets: nameOffsets) else { return nil }
        return (idColumn, nameColumn, kind, kinds)
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

    /// The second pass: each block copies its names from the file, writes the final name and id
    /// offsets over where its names were, renumbers its kinds and writes its ids.
    private struct Parts: @unchecked Sendable {  // Each block writes its own rows and bytes.
        let file: UnsafePointer<UInt8>
        let blocks: [Block], maps: [[UInt16]], firstRow: [Int], firstByte: [Int]
        let names: UnsafeMutablePointer<UInt8>?, ids: UnsafeMutablePointer<UInt8>?, kind: UnsafeMutablePointer<UInt16>
        /// Row r's name starts at `idOffsets[r + 1]` and ends at `nameOffsets[r + 1]` in the file
        /// until its row is written.
        let nameOffsets: UnsafeMutablePointer<Int>, idOffsets: UnsafeMutablePointer<Int>

        func write(_ i: Int) {
            let block = blocks[i], map = maps[i], row = firstRow[i]
            guard block.rows > 0, let ids else { return }
            var at = firstByte[i]
            for r in row..<(row + block.rows) {
                let start = idOffsets[r + 1], length = nameOffsets[r + 1] - start
                if length > 0 { (names! + at).update(from: file + start, count: length) }
                at += length
                nameOffsets[r + 1] = at
            }
            ByteInterner.renumber(kind + row, count: block.rows, map: map)
            // The ids "row", "row + 1", …: the first written from its value, each next one by
            // adding 1 to the previous one's digits (right-aligned in `text`, zeros before them).
            var idAt = digits(below: row)
            let text = UnsafeMutablePointer<UInt8>.allocate(capacity: 20)
            defer { text.deallocate() }
            text.initialize(repeating: 0, count: 20)
            var value = row, length = 0
            repeat {
                text[19 - length] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                length += 1
            } while value > 0
            for id in row..<(row + block.rows) {
                (ids + idAt).update(from: text + (20 - length), count: length)
                idAt += length
                idOffsets[id + 1] = idAt
                var d = 19
                while text[d] == UInt8(ascii: "9") {
                    text[d] = UInt8(ascii: "0")
                    d -= 1
                }
                if text[d] == 0 {
                    text[d] = UInt8(ascii: "1")
                    length += 1
                } else {
                    text[d] += 1
                }
            }
        }
    }
}
