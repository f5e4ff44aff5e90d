import Foundation
import RelGraphCore
@testable import RelGraphIO
import RelGraphTestSupport
import Testing

/// What the scale work added to snapshots: the adjacency rows stored and checked instead of sorted,
/// ids "0", "1", … stored without a sorted order, and the file written as it is hashed.
@Suite struct SnapshotRowsTests {
    /// 30 nodes with ids "0"…"29" and 70 random edges, some parallel.
    static func denseNetwork() -> Network {
        var rng = Mutator.Generator(seed: 7)
        let edges = (0..<70).map { _ in (Int32(rng.next() % 30), Int32(rng.next() % 30)) }
        let graph = Graph(nodeIDs: (0..<30).map(String.init), nodeKind: (0..<30).map { UInt16($0 % 2) },
                          kinds: [EntityKind("unit"), EntityKind("official")],
                          edgeSource: edges.map(\.0), edgeTarget: edges.map(\.1),
                          edgeType: (0..<70).map { UInt16($0 % 3) },
                          types: ["heads", "member_of", "cooperates_with"].map { RelationType($0) })
        return Network(graph: graph, displayNames: StringColumn((0..<30).map { "Đơn vị \($0)" }))
    }

    /// The byte range of a section, read from the section table.
    static func range(of section: SnapshotFormat.Section, in bytes: [UInt8]) -> Range<Int>? {
        let count = Int(integer(bytes, at: 32, as: UInt32.self))
        for i in 0..<count {
            let entry = SnapshotFormat.headerSize + i * SnapshotFormat.sectionEntrySize
            guard integer(bytes, at: entry, as: UInt32.self) == section.rawValue else { continue }
            let offset = Int(integer(bytes, at: entry + 8, as: UInt64.self))
            return offset..<offset + Int(integer(bytes, at: entry + 16, as: UInt64.self))
        }
        return nil
    }

    static func integer<T: FixedWidthInteger>(_ bytes: [UInt8], at offset: Int, as _: T.Type) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }

    static func open(_ bytes: [UInt8]) -> Result<Network, SnapshotError> {
        Result { () throws(SnapshotError) in try SnapshotReader.read(Data(bytes), path: "F") }
    }

    @Test func hashingInPiecesIsHashingTheWhole() {
        var rng = Mutator.Generator(seed: 3)
        let bytes = (0..<1000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let whole = bytes.withUnsafeBytes { ContentHash.of($0) }
        for _ in 0..<50 {
            var hash = ContentHash(), start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + Int(rng.next() % 70))
                bytes[start..<end].withUnsafeBytes { hash.update($0) }
                start = end
            }
            #expect(hash.value == whole)
        }
    }

    @Test func fileAndMemoryHoldTheSameBytes() throws {
        let network = Self.denseNetwork()
        let url = TestFiles.temporaryFile(suffix: ".rgs")
        defer { try? FileManager.default.removeItem(at: url) }
        try SnapshotWriter.write(network, to: url.path)
        #expect(try [UInt8](Data(contentsOf: url)) == (try SnapshotWriter.bytes(of: network)))
        let read = try SnapshotReader.read(path: url.path)
        #expect(read.graph.outEdges == network.graph.outEdges && read.graph.inNeighbors == network.graph.inNeighbors)
        #expect(read.graph.outStart == network.graph.outStart && read.graph.inStart == network.graph.inStart)
        #expect(Array(read.displayNames) == Array(network.displayNames))
    }

    @Test func writingWhereNoFileCanBeIsAnError() {
        #expect(throws: AtomicFile.WriteError.self) {
            try SnapshotWriter.write(Self.denseNetwork(), to: "/nonexistent-folder/x.rgs")
        }
    }

    @Test func denseIdsNeedNoSortedOrder() throws {
        var bytes = try SnapshotWriter.bytes(of: Self.denseNetwork())
        #expect(Self.range(of: .idOrder, in: bytes) == nil)
        let read = try Self.open(bytes).get()
        #expect(read.graph.node(id: "29") == 29 && read.graph.node(id: "30") == nil)
        // "3" becomes "7": the ids are no longer 0…n-1 in order, and there is no order to use.
        let ids = try #require(Self.range(of: .idBytes, in: bytes))
        bytes[ids.lowerBound + 3] = UInt8(ascii: "7")
        FuzzTests.rehash(&bytes)
        #expect(Self.open(bytes).error == .corrupt(path: "F", reason: "missing section idOrder"))
    }

    /// Rows a traversal could not walk safely (a neighbour or an edge out of range, starts that
    /// fall), in a well-hashed file, are refused. (Whether in-range rows hold exactly the file's
    /// edges, in order, is not checked on opening: the content hash shows they are the rows the
    /// writer took from its graph.)
    @Test func rowsThatCannotBeWalkedAreRefused() throws {
        let clean = try SnapshotWriter.bytes(of: Self.denseNetwork())
        func refused(_ section: SnapshotFormat.Section, at index: Int, _ value: Int32) throws -> Bool {
            var bytes = clean
            let range = try #require(Self.range(of: section, in: bytes))
            withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(range.lowerBound + 4 * index..<range.lowerBound + 4 * index + 4, with: $0) }
            FuzzTests.rehash(&bytes)
            return Self.open(bytes).error == .corrupt(path: "F", reason: "the adjacency rows are malformed")
        }
        #expect(try refused(.outNeighbors, at: 0, 30))
        #expect(try refused(.inNeighbors, at: 5, -1))
        #expect(try refused(.outEdges, at: 69, 70))
        #expect(try refused(.inStart, at: 1, 71))
        #expect(try !refused(.outNeighbors, at: 0, 29), "a neighbour in range is taken as written")
    }

    /// A snapshot written before the rows were stored (their sections absent) opens by sorting.
    @Test func snapshotsWithoutRowsStillOpen() throws {
        let network = Self.denseNetwork()
        var bytes = try SnapshotWriter.bytes(of: network)
        let rowSections: Set<UInt32> = [SnapshotFormat.Section.outStart, .outEdges, .outNeighbors, .inStart, .inEdges,
                                        .inNeighbors].map(\.rawValue).reduce(into: []) { $0.insert($1) }
        let count = Int(Self.integer(bytes, at: 32, as: UInt32.self))
        let table = SnapshotFormat.headerSize..<SnapshotFormat.headerSize + count * SnapshotFormat.sectionEntrySize
        let entries = stride(from: table.lowerBound, to: table.upperBound, by: SnapshotFormat.sectionEntrySize).map {
            Array(bytes[$0..<$0 + SnapshotFormat.sectionEntrySize])
        }
        let kept = entries.filter { !rowSections.contains(UInt32($0[0]) | UInt32($0[1]) << 8) }
        #expect(kept.count == count - 6)
        // Kept entries first; the count then leaves the row entries out of the table.
        bytes.replaceSubrange(table, with: (kept + entries.filter { !kept.contains($0) }).flatMap { $0 })
        withUnsafeBytes(of: UInt32(kept.count).littleEndian) { bytes.replaceSubrange(32..<36, with: $0) }
        FuzzTests.rehash(&bytes)
        let read = try Self.open(bytes).get()
        #expect(read.graph.outEdges == network.graph.outEdges && read.graph.inNeighbors == network.graph.inNeighbors)
    }
}

extension Result {
    var error: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}
