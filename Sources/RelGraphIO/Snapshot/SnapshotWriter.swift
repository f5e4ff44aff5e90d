import Foundation
import RelGraphCore

/// Writes a network as a snapshot (see `SnapshotFormat`).
public enum SnapshotWriter {
    /// The snapshot's bytes. A network with records keeps them (as JSON) so that citations and every
    /// name survive; a bare edge list keeps ids, kinds, types and display names.
    /// - Complexity: O(V log V + E) (the ids are sorted once here so that opening never sorts).
    public static func bytes(of network: Network) throws -> [UInt8] {
        let graph = network.graph
        let names = StringColumn((0..<graph.nodeCount).map { network.entity(Graph.Node($0)).displayName })
        var sections: [(SnapshotFormat.Section, [UInt8])] = [
            (.kinds, try JSONEncoder().encode(graph.kinds.map(\.rawValue)).bytes),
            (.types, try JSONEncoder().encode(graph.types.map(\.rawValue)).bytes),
            (.nodeKind, raw(graph.nodeKind)),
            (.edgeSource, raw(graph.edgeSource)),
            (.edgeTarget, raw(graph.edgeTarget)),
            (.edgeType, raw(graph.edgeType)),
            (.idBytes, graph.nodeIDs.bytes),
            (.idOffsets, raw(graph.nodeIDs.offsets.map { UInt64($0) })),
            (.nameBytes, names.bytes),
            (.nameOffsets, raw(names.offsets.map { UInt64($0) })),
            (.idOrder, raw(NodeIDIndex.sortedOrder(of: graph.nodeIDs))),
        ]
        if network.hasRecords {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            sections.append((.records, try encoder.encode(network.dataset).bytes))
        }
        return assemble(sections, nodeCount: graph.nodeCount, edgeCount: graph.edgeCount)
    }

    private static func assemble(_ sections: [(SnapshotFormat.Section, [UInt8])], nodeCount: Int,
                                 edgeCount: Int) -> [UInt8] {
        let tableEnd = SnapshotFormat.headerSize + sections.count * SnapshotFormat.sectionEntrySize
        var table: [UInt8] = []
        var body: [UInt8] = []
        var offset = aligned(tableEnd)
        for (section, bytes) in sections {
            put(section.rawValue, into: &table)
            put(UInt32(0), into: &table)
            put(UInt64(offset), into: &table)
            put(UInt64(bytes.count), into: &table)
            body.append(contentsOf: bytes)
            let padding = aligned(bytes.count) - bytes.count
            body.append(contentsOf: repeatElement(0, count: padding))
            offset += bytes.count + padding
        }
        var content = table
        content.append(contentsOf: repeatElement(0, count: aligned(tableEnd) - tableEnd))
        content.append(contentsOf: body)
        var file = SnapshotFormat.magic
        put(SnapshotFormat.version, into: &file)
        put(SnapshotFormat.byteOrderMark, into: &file)
        put(UInt64(nodeCount), into: &file)
        put(UInt64(edgeCount), into: &file)
        put(UInt32(sections.count), into: &file)
        put(UInt32(0), into: &file)
        put(content.withUnsafeBytes { ContentHash.of($0) }, into: &file)
        put(UInt64(SnapshotFormat.headerSize + content.count), into: &file)
        put(UInt64(0), into: &file)
        file.append(contentsOf: content)
        return file
    }

    private static func aligned(_ n: Int) -> Int { (n + 7) / 8 * 8 }

    private static func put<T: FixedWidthInteger>(_ value: T, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func raw<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
        values.map(\.littleEndian).withUnsafeBytes { Array($0) }
    }
}

extension Data {
    var bytes: [UInt8] { [UInt8](self) }
}
