import RelGraphCore

/// The layout of a relgraph snapshot (`.rgs`), version 2. All integers little-endian.
///
///     0   magic "RGSNAP\r\n" (the CR LF catches text-mode transfers, as in PNG)
///     8   format version, UInt32            12  byte-order mark 0x01020304, UInt32
///     16  node count, UInt64                24  edge count, UInt64
///     32  section count, UInt32             36  reserved
///     40  content hash of bytes 64..<end    48  file length, UInt64
///     56  reserved
///     64  section table: per section tag UInt32, reserved UInt32, offset UInt64, length UInt64
///     …   sections, each starting at a multiple of 8
///
/// Sections hold the frozen graph's columns as they are in memory, so opening a snapshot is a few
/// copies out of the mapped file and checks: no parsing, no sorting. Ids come with their sorted
/// order unless they are "0", "1", … in node order (then the order section is left out and the
/// reader checks that they are); the adjacency rows come as they are in memory too, and the
/// reader checks them (`Graph.init(…out:in:)`) instead of sorting the edges again. Snapshots
/// written before the rows were stored lack them and are sorted on opening.
///
/// Versions: the version changes when the meaning of a section or of the header changes. A new
/// section keeps the version; a reader that does not know a section's tag refuses the file and
/// says that a newer relgraph wrote it. Version 2 (binary records instead of JSON) is the first
/// change: an older snapshot is refused with the advice to make it again (it is a cache of data
/// that `relgraph snapshot` reads, never the only copy), not read by a second decoder.
enum SnapshotFormat {
    static let magic: [UInt8] = Array("RGSNAP\r\n".utf8)
    static let version: UInt32 = 2
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerSize = 64
    static let sectionEntrySize = 24

    enum Section: UInt32, CaseIterable {
        case kinds = 1, types, nodeKind, edgeSource, edgeTarget, edgeType
        case idBytes, idOffsets, nameBytes, nameOffsets, idOrder
        /// The full records when the network has them: sources, citations, names (`SnapshotRecords`;
        /// version 1 held them as JSON).
        case records
        /// The adjacency rows: `Graph.outStart`, `outEdges`, `outNeighbors` and the `in` ones.
        case outStart, outEdges, outNeighbors, inStart, inEdges, inNeighbors
    }
}

/// Why a file is not a usable snapshot.
public enum SnapshotError: Error, Sendable, Equatable, CustomStringConvertible {
    case notASnapshot(path: String)
    case unsupportedVersion(path: String, version: UInt32)
    case truncated(path: String)
    case corrupt(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notASnapshot(path): return "\(path): error: not a relgraph snapshot"
        case let .unsupportedVersion(path, version) where version < SnapshotFormat.version:
            return "\(path): error: snapshot format version \(version) is older than this relgraph reads "
                + "(version \(SnapshotFormat.version)): make it again with `relgraph snapshot`"
        case let .unsupportedVersion(path, version):
            return "\(path): error: snapshot format version \(version) is newer than this relgraph reads "
                + "(version \(SnapshotFormat.version)): use a newer relgraph, or make it again with `relgraph snapshot`"
        case let .truncated(path): return "\(path): error: the snapshot is truncated"
        case let .corrupt(path, reason): return "\(path): error: the snapshot is corrupt: \(reason)"
        }
    }
}
