import Dispatch
import RelGraphCore

/// The edge table's columns, written by its blocks straight into their places in the final
/// columns (`CSVBlocks.places`), all blocks side by side: no block buffers and no join copying
/// them into the columns. (At 1M nodes / 5M edges the kernel's faulting and zeroing of fresh
/// memory was a third of a CSV load's CPU; the blocks' buffers were 50 MB of it.)
enum CSVEdgeColumns {
    /// One block's rows: its part of the final columns, and the codes of its types (of `types`).
    final class Block: @unchecked Sendable {  // Written by one thread, read after `concurrentPerform` returns.
        let source: UnsafeMutablePointer<Int32>
        let target: UnsafeMutablePointer<Int32>
        let type: UnsafeMutablePointer<UInt16>
        var types = ByteInterner()
        var rows = 0

        init(source: UnsafeMutablePointer<Int32>, target: UnsafeMutablePointer<Int32>, type: UnsafeMutablePointer<UInt16>) {
            (self.source, self.target, self.type) = (source, target, type)
        }

        /// Appends a row read by the generic path (`CSVBlocks.forEachRow`).
        func append(source from: Int32, target to: Int32, type code: UInt16) {
            (source[rows], target[rows], type[rows]) = (from, to, code)
            rows += 1
        }
    }

    /// The edges of `table` in file order, each block read by `read` into its `Block`; nil when a
    /// block is not read (`read` returns false) or beyond 65,535 types.
    static func read(_ table: CSVBlocks, _ read: @Sendable (UnsafeRawBufferPointer, CSVBlocks, Block) -> Bool)
        -> (source: [Int32], target: [Int32], type: [UInt16], types: [[UInt8]])? {
        let ranges = table.blocks, places = table.places(of: ranges)
        let room = max(places[ranges.count], 1)
        var source = [Int32](), target = [Int32](), type = [UInt16](), types: [[UInt8]] = []
        var complete = false
        source = [Int32](unsafeUninitializedCapacity: room) { source, sourceCount in
            target = [Int32](unsafeUninitializedCapacity: room) { target, targetCount in
                type = [UInt16](unsafeUninitializedCapacity: room) { type, typeCount in
                    FreshMemory.populate([.init(source), .init(target), .init(type)])
                    let (source, target, type) = (source.baseAddress!, target.baseAddress!, type.baseAddress!)
                    let blocks = ranges.indices.map { i in
                        Block(source: source + places[i], target: target + places[i], type: type + places[i])
                    }
                    guard table.readEach(ranges, { i, block in read(block, table, blocks[i]) }),
                          let joined = ByteInterner.joined(blocks.map(\.types)) else { return }
                    let parts = Parts(blocks: blocks, maps: joined.maps)
                    DispatchQueue.concurrentPerform(iterations: blocks.count) { parts.renumber($0) }
                    let rows = blocks.map(\.rows)
                    let total = CSVBlocks.closeGaps(source, places: places, rows: rows)
                    _ = CSVBlocks.closeGaps(target, places: places, rows: rows)
                    _ = CSVBlocks.closeGaps(type, places: places, rows: rows)
                    (sourceCount, targetCount, typeCount) = (total, total, total)
                    types = joined.values
                    complete = true
                }
            }
        }
        return complete ? (source, target, type, types) : nil
    }

    private struct Parts: @unchecked Sendable {  // Each block renumbers its own rows.
        let blocks: [Block], maps: [[UInt16]]

        /// The block's type codes in the table's numbering.
        func renumber(_ i: Int) { ByteInterner.renumber(blocks[i].type, count: blocks[i].rows, map: maps[i]) }
    }
}
