import Dispatch
import RelGraphCore

/// The edge table's columns as its blocks read them (`Block`), and their join on all cores, as
/// `CSVNodeColumns` does for nodes: buffers sized for the most rows a block can hold, never grown
/// nor zeroed, and each block copied to its place in the final columns side by side.
enum CSVEdgeColumns {
    /// One block's rows: ends and type codes (of `types`).
    final class Block: @unchecked Sendable {  // Written by one thread, read after `concurrentPerform` returns.
        let source: UnsafeMutablePointer<Int32>
        let target: UnsafeMutablePointer<Int32>
        let type: UnsafeMutablePointer<UInt16>
        var types = ByteInterner()
        var rows = 0

        /// Room for the rows of a block of `size` bytes: a row takes at least 5 ("0,0,t" at the end).
        init(size: Int) {
            source = .allocate(capacity: size / 5 + 1)
            target = .allocate(capacity: size / 5 + 1)
            type = .allocate(capacity: size / 5 + 1)
        }

        deinit {
            source.deallocate()
            target.deallocate()
            type.deallocate()
        }

        /// Appends a row read by the generic path (`CSVBlocks.forEachRow`).
        func append(source from: Int32, target to: Int32, type code: UInt16) {
            (source[rows], target[rows], type[rows]) = (from, to, code)
            rows += 1
        }
    }

    /// The blocks' edges in file order; nil beyond 65,535 types.
    static func joined(_ blocks: [Block]) -> (source: [Int32], target: [Int32], type: [UInt16], types: [[UInt8]])? {
        guard let types = ByteInterner.joined(blocks.map(\.types)) else { return nil }
        var firstRow: [Int] = [], total = 0
        for block in blocks {
            firstRow.append(total)
            total += block.rows
        }
        let parts = Parts(blocks: blocks, maps: types.maps, firstRow: firstRow)
        var source = [Int32](), target = [Int32](), type = [UInt16]()
        source = [Int32](unsafeUninitializedCapacity: total) { source, sourceCount in
            target = [Int32](unsafeUninitializedCapacity: total) { target, targetCount in
                type = [UInt16](unsafeUninitializedCapacity: total) { type, typeCount in
                    let out = Output(source: source, target: target, type: type)
                    DispatchQueue.concurrentPerform(iterations: blocks.count) { parts.write($0, to: out) }
                    (sourceCount, targetCount, typeCount) = (total, total, total)
                }
            }
        }
        return (source, target, type, types.values)
    }

    /// The final columns, written by all blocks at once, each at its own rows.
    private struct Output: @unchecked Sendable {
        let source: UnsafeMutableBufferPointer<Int32>, target: UnsafeMutableBufferPointer<Int32>
        let type: UnsafeMutableBufferPointer<UInt16>
    }

    private struct Parts: @unchecked Sendable {  // Read only.
        let blocks: [Block], maps: [[UInt16]], firstRow: [Int]

        func write(_ i: Int, to out: Output) {
            let block = blocks[i], map = maps[i], row = firstRow[i], count = block.rows
            guard count > 0 else { return }
            out.source.baseAddress!.advanced(by: row).update(from: block.source, count: count)
            out.target.baseAddress!.advanced(by: row).update(from: block.target, count: count)
            for r in 0..<count { out.type[row + r] = map[Int(block.type[r])] }
        }
    }
}
