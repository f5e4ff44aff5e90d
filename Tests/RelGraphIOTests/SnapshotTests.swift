import Foundation
import RelGraphTestSupport
import RelGraphCore
import RelGraphIO
import Testing

/// Snapshots round-trip a network, and a damaged or foreign file gives its own error, never a crash.
@Suite struct SnapshotTests {
    static func minimalNetwork() throws -> Network {
        Network(YAMLDatasetReader.read(files: try Fixtures.datasetFiles("minimal")).dataset)
    }

    /// A bare network: ids "0"… in order (the dense id layout), two kinds, parallel edges.
    static func bareNetwork() -> Network {
        let graph = Graph(nodeIDs: ["0", "1", "2", "3"], nodeKind: [0, 1, 1, 0],
                          kinds: [EntityKind("unit"), EntityKind("official")],
                          edgeSource: [0, 0, 2, 3], edgeTarget: [1, 1, 3, 0], edgeType: [0, 1, 0, 1],
                          types: [RelationType("heads"), RelationType("member_of")])
        return Network(graph: graph, displayNames: StringColumn(["Sư đoàn 1", "Ông A", "Bà B", "Đồn Biên phòng 4"]))
    }

    static func write(_ network: Network) throws -> URL {
        let url = TestFiles.temporaryFile(suffix: ".rgs")
        try Data(try SnapshotWriter.bytes(of: network)).write(to: url)
        return url
    }

    static func same(_ a: Network, _ b: Network) {
        #expect(Array(a.graph.nodeIDs) == Array(b.graph.nodeIDs))
        #expect(a.graph.edgeSource == b.graph.edgeSource)
        #expect(a.graph.edgeTarget == b.graph.edgeTarget)
        #expect((0..<a.graph.edgeCount).map { a.graph.type(of: Int32($0)) } == (0..<b.graph.edgeCount).map { b.graph.type(of: Int32($0)) })
        #expect((0..<a.graph.nodeCount).map { a.entity(Int32($0)) } == (0..<b.graph.nodeCount).map { b.entity(Int32($0)) })
        #expect((0..<a.graph.edgeCount).map { a.relation(Int32($0)) } == (0..<b.graph.edgeCount).map { b.relation(Int32($0)) })
    }

    @Test func datasetRoundTripKeepsRecordsAndCitations() throws {
        let network = try Self.minimalNetwork()
        let url = try Self.write(network)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(SnapshotReader.isSnapshot(path: url.path))
        let read = try SnapshotReader.read(path: url.path)
        Self.same(network, read)
        #expect(read.hasRecords)
        #expect(read.relation(4).citations.first?.locator == "¶14")
        #expect(try read.resolve("phan van giang") == network.graph.node(id: "phan-van-giang"))
    }

    @Test func bareRoundTripFindsIdsWithoutBuildingATable() throws {
        let network = Self.bareNetwork()
        let url = try Self.write(network)
        defer { try? FileManager.default.removeItem(at: url) }
        let read = try SnapshotReader.read(path: url.path)
        Self.same(network, read)
        #expect(!read.hasRecords)
        #expect(read.graph.node(id: "3") == 3)
        #expect(read.graph.node(id: "4") == nil)
        #expect(read.graph.node(id: "03") == nil)
        #expect(try read.resolve("don bien phong") == 3)
    }

    @Test func writingIsDeterministic() throws {
        let a = try SnapshotWriter.bytes(of: try Self.minimalNetwork())
        let b = try SnapshotWriter.bytes(of: try Self.minimalNetwork())
        #expect(a == b)
    }

    func damaged(_ change: (inout [UInt8]) -> Void) throws -> SnapshotError? {
        var bytes = try SnapshotWriter.bytes(of: Self.bareNetwork())
        change(&bytes)
        let url = TestFiles.temporaryFile(suffix: ".rgs")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try SnapshotReader.read(path: url.path)
            return nil
        } catch {
            return error.replacingPath(url.path)
        }
    }

    @Test func truncatedFile() throws {
        #expect(try damaged { $0.removeLast(9) } == .truncated(path: "F"))
        #expect(try damaged { $0.removeLast($0.count - 20) } == .truncated(path: "F"))
    }

    @Test func flippedByteAnywhereInTheContent() throws {
        let length = try SnapshotWriter.bytes(of: Self.bareNetwork()).count
        for offset in stride(from: 64, to: length, by: 7) {
            #expect(try damaged { $0[offset] ^= 0x20 } == .corrupt(path: "F", reason: "content hash mismatch"))
        }
    }

    @Test func wrongVersionAndForeignFiles() throws {
        #expect(try damaged { $0[8] = 3 } == .unsupportedVersion(path: "F", version: 3))
        #expect(try damaged { $0[8] = 1 } == .unsupportedVersion(path: "F", version: 1))
        #expect(try damaged { $0[0] = UInt8(ascii: "X") } == .notASnapshot(path: "F"))
        #expect(try damaged { $0 = Array("digraph { a -> b }".utf8) } == .notASnapshot(path: "F"))
        #expect(try damaged { $0 = [] } == .notASnapshot(path: "F"))
        #expect(try damaged { $0.append(0) } == .corrupt(path: "F", reason: "1 bytes after its end"))
    }

    /// A snapshot of an older format (version 1 held its records as JSON) is refused in one line that
    /// names the file and says what to do.
    @Test func olderVersionsSayHowToMakeTheSnapshotAgain() {
        #expect(SnapshotError.unsupportedVersion(path: "g.rgs", version: 1).description
                == "g.rgs: error: snapshot format version 1 is older than this relgraph reads (version 2): "
                + "make it again with `relgraph snapshot`")
        #expect(SnapshotError.unsupportedVersion(path: "g.rgs", version: 3).description
                == "g.rgs: error: snapshot format version 3 is newer than this relgraph reads (version 2): "
                + "use a newer relgraph, or make it again with `relgraph snapshot`")
    }

    /// Found by FuzzTests: a node count beyond Int.max trapped when converted.
    @Test func hugeCountsInAWellHashedFile() throws {
        let error = try damaged { bytes in
            bytes.replaceSubrange(16..<24, with: [UInt8](repeating: 0xFF, count: 8))
            FuzzTests.rehash(&bytes)
        }
        #expect(error == .corrupt(path: "F", reason: "counts out of range"))
    }

    /// A section this relgraph does not know, in a file whose hash holds, comes from a newer writer.
    @Test func unknownSectionInAWellHashedFile() throws {
        let error = try damaged { bytes in
            bytes.replaceSubrange(64..<68, with: [99, 0, 0, 0])
            FuzzTests.rehash(&bytes)
        }
        #expect(error == .corrupt(path: "F", reason: "section 0 has tag 99, which this relgraph does not know "
                                  + "(written by a newer relgraph?)"))
    }

    @Test func missingFileIsNotASnapshot() {
        #expect(throws: SnapshotError.notASnapshot(path: "/nonexistent.rgs")) {
            try SnapshotReader.read(path: "/nonexistent.rgs")
        }
    }
}

extension Error {
    /// The snapshot error with its path replaced by "F", to compare errors about temporary files.
    func replacingPath(_ path: String) -> SnapshotError? {
        switch self as? SnapshotError {
        case .notASnapshot?: return .notASnapshot(path: "F")
        case let .unsupportedVersion(_, version)?: return .unsupportedVersion(path: "F", version: version)
        case .truncated?: return .truncated(path: "F")
        case let .corrupt(_, reason)?: return .corrupt(path: "F", reason: reason)
        case nil: return nil
        }
    }
}
