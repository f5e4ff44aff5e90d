import Foundation
import RelGraphCore

/// Writes a network as a snapshot (see `SnapshotFormat`).
///
/// The columns go out as they lie in memory, one after the other, hashed on the way: a snapshot of
/// a million entities is never assembled in memory (assembling it took four copies, 700 MB).
public enum SnapshotWriter {
    /// Writes the snapshot of `network` to `path` atomically: into a temporary file beside it,
    /// renamed over `path` once complete, so that a reader never sees half of one.
    /// - Complexity: as `bytes(of:)`, in O(1) memory beyond the network.
    public static func write(_ network: Network, to path: String) throws {
        // The same target rules as every output: never an input, through links, into devices as a
        // stream, the old file's permissions kept.
        let target = try OutputTarget(path)
        if target.kind == .stream { return try AtomicFile.write(try bytes(of: network), to: path) }
        AtomicFile.removeLeftovers(beside: target.path)
        let temporary = target.temporaryPath
        let file = try SnapshotFile(creating: temporary, for: path)
        do {
            try stream(network, to: file)
            try file.close()
            try target.commit(temporary)
        } catch {
            try? file.close()
            unlink(temporary)
            throw error
        }
    }

    /// The snapshot's bytes. A network with records keeps them (as JSON) so that citations and every
    /// name survive; a bare edge list keeps ids, kinds, types and display names.
    /// - Complexity: O(V + E), plus O(V log V) to sort ids that are not "0", "1", … in order.
    public static func bytes(of network: Network) throws -> [UInt8] {
        let memory = SnapshotMemory()
        try stream(network, to: memory)
        return memory.bytes
    }

    private static func stream(_ network: Network, to sink: some SnapshotSink) throws {
        let sections = try SnapshotSections(network).list
        let tableEnd = SnapshotFormat.headerSize + sections.count * SnapshotFormat.sectionEntrySize
        var table: [UInt8] = []
        var offset = aligned(tableEnd)
        for (section, column) in sections {
            put(section.rawValue, into: &table)
            put(UInt32(0), into: &table)
            put(UInt64(offset), into: &table)
            put(UInt64(column.count), into: &table)
            offset += aligned(column.count)
        }
        table.append(contentsOf: repeatElement(0, count: aligned(tableEnd) - tableEnd))
        try sink.write(Array(repeating: 0, count: SnapshotFormat.headerSize))
        var hash = ContentHash()
        func emit(_ bytes: UnsafeRawBufferPointer) throws {
            hash.update(bytes)
            try sink.write(bytes)
        }
        try table.withUnsafeBytes(emit)
        for (_, column) in sections {
            try column.withBytes(emit)
            let padding = [UInt8](repeating: 0, count: aligned(column.count) - column.count)
            try padding.withUnsafeBytes(emit)
        }
        var header = SnapshotFormat.magic
        put(SnapshotFormat.version, into: &header)
        put(SnapshotFormat.byteOrderMark, into: &header)
        put(UInt64(network.graph.nodeCount), into: &header)
        put(UInt64(network.graph.edgeCount), into: &header)
        put(UInt32(sections.count), into: &header)
        put(UInt32(0), into: &header)
        put(hash.value, into: &header)
        put(UInt64(offset), into: &header)
        put(UInt64(0), into: &header)
        try sink.rewriteHeader(header)
    }

    private static func aligned(_ n: Int) -> Int { (n + 7) / 8 * 8 }

    private static func put<T: FixedWidthInteger>(_ value: T, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
