import Foundation
import RelGraphCore

/// The sections of one network's snapshot, each handed out as the bytes of a column in memory.
struct SnapshotSections {
    /// A section's bytes, without copying the column they belong to (on little-endian machines).
    struct Column {
        let count: Int
        let withBytes: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void

        init<T: FixedWidthInteger>(_ values: [T]) {
            count = values.count * MemoryLayout<T>.size
            withBytes = { body in
                if 1.littleEndian == 1 {
                    try values.withUnsafeBytes(body)
                } else {
                    try values.map(\.littleEndian).withUnsafeBytes(body)
                }
            }
        }

        /// String offsets, stored as UInt64 whatever `Int` is.
        init(offsets: [Int]) {
            if MemoryLayout<Int>.size == 8 {
                self.init(offsets)
            } else {
                self.init(offsets.map { UInt64($0) })
            }
        }
    }

    let list: [(SnapshotFormat.Section, Column)]

    /// - Complexity: O(V + E) for the checks and display names of a dataset, O(V log V) when ids
    ///   need their sorted order; O(1) copies of the columns of a bare edge list.
    init(_ network: Network) throws {
        let graph = network.graph
        let names = network.displayNames
        var list: [(SnapshotFormat.Section, Column)] = [
            (.kinds, Column(Array(try JSONEncoder().encode(graph.kinds.map(\.rawValue))))),
            (.types, Column(Array(try JSONEncoder().encode(graph.types.map(\.rawValue))))),
            (.nodeKind, Column(graph.nodeKind)),
            (.edgeSource, Column(graph.edgeSource)),
            (.edgeTarget, Column(graph.edgeTarget)),
            (.edgeType, Column(graph.edgeType)),
            (.idBytes, Column(graph.nodeIDs.bytes)),
            (.idOffsets, Column(offsets: graph.nodeIDs.offsets)),
            (.nameBytes, Column(names.bytes)),
            (.nameOffsets, Column(offsets: names.offsets)),
            (.outStart, Column(graph.outStart)),
            (.outEdges, Column(graph.outEdges)),
            (.outNeighbors, Column(graph.outNeighbors)),
            (.inStart, Column(graph.inStart)),
            (.inEdges, Column(graph.inEdges)),
            (.inNeighbors, Column(graph.inNeighbors)),
        ]
        switch graph.idIndex {
        case .dense: break
        case let .sorted(order): list.append((.idOrder, Column(order)))
        case .hashed: list.append((.idOrder, Column(NodeIDIndex.sortedOrder(of: graph.nodeIDs))))
        }
        if network.hasRecords { list.append((.records, Column(SnapshotRecords.encode(network.dataset)))) }
        self.list = list
    }
}

/// Where a snapshot's bytes go: a file, or memory.
protocol SnapshotSink {
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Replaces the first bytes, written as zeros, once the content hash is known.
    func rewriteHeader(_ header: [UInt8]) throws
}

extension SnapshotSink {
    func write(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try write($0) } }
}

/// A snapshot assembled in memory (tests, small networks).
final class SnapshotMemory: SnapshotSink {
    private(set) var bytes: [UInt8] = []
    func write(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }
    func rewriteHeader(_ header: [UInt8]) { bytes.replaceSubrange(0..<header.count, with: header) }
}

/// A snapshot written straight to a file descriptor.
final class SnapshotFile: SnapshotSink {
    private let descriptor: Int32
    private let target: String
    private var isOpen = true

    /// Creates `path` (the temporary file) for a snapshot that will become `target`.
    init(creating path: String, for target: String) throws {
        self.target = target
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicFile.WriteError.cannotWrite(path: target, reason: String(cString: strerror(errno)))
        }
    }

    func failure(_ reason: String) -> AtomicFile.WriteError { .cannotWrite(path: target, reason: reason) }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            guard written > 0 else { throw failure(String(cString: strerror(errno))) }
            offset += written
        }
    }

    func rewriteHeader(_ header: [UInt8]) throws {
        let written = header.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
        guard written == header.count else { throw failure(String(cString: strerror(errno))) }
    }

    func close() throws {
        guard isOpen else { return }
        isOpen = false
        guard Foundation.close(descriptor) == 0 else { throw failure(String(cString: strerror(errno))) }
    }
}
