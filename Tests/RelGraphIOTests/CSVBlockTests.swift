import Foundation
import RelGraphCore
@testable import RelGraphIO
import RelGraphTestSupport
import Testing

/// Reading the benchmark's CSV in blocks on all cores gives the row reader's network exactly, and
/// leaves to the row reader every file it does not read the same way.
@Suite struct CSVBlockTests {
    /// The columns of a network, for comparing two readings.
    static func columns(_ network: Network) -> [String] {
        let graph = network.graph
        return [Array(graph.nodeIDs).joined(separator: "|"), Array(network.displayNames).joined(separator: "|"),
                graph.kinds.map(\.rawValue).joined(separator: "|"), "\(graph.nodeKind)",
                graph.types.map(\.rawValue).joined(separator: "|"), "\(graph.edgeType)",
                "\(graph.edgeSource)", "\(graph.edgeTarget)"]
    }

    static func rowByRow(_ folder: String) throws -> Network {
        var reader = CSVColumnReader()
        return try reader.network(nodes: folder + "/nodes.csv", edges: folder + "/edges.csv", inBlocks: false)
    }

    static func inBlocks(_ folder: String, blockSize: Int) -> Network? {
        CSVColumnReader.readInBlocks(nodes: folder + "/nodes.csv", edges: folder + "/edges.csv", blockSize: blockSize)
    }

    /// 400 nodes (Vietnamese names, some empty, columns in another order), 1,500 edges, blank
    /// lines in both, no line break at the end: the same network whatever the blocks.
    /// The columns in the benchmark's order go through the one-pass readers (`CSVNodeRows`,
    /// `CSVEdgeRows`), in another order through the blocks' generic rows.
    @Test(arguments: [false, true])
    func blocksOfAnySizeReadWhatRowsRead(benchmarkOrder: Bool) throws {
        var rng = Mutator.Generator(seed: 11)
        let kinds = ["unit", "official", "event"], types = ["heads", "member_of", "cooperates_with", "co_chairs"]
        var nodes = benchmarkOrder ? "id,kind,name\n" : "name,id,kind\n"
        for i in 0..<400 {
            let (name, kind) = (i % 7 == 0 ? "" : "Đồn Biên phòng \(i)", kinds[Int(rng.next() % 3)])
            nodes += benchmarkOrder ? "\(i),\(kind),\(name)\n" : "\(name),\(i),\(kind)\n"
            if i % 97 == 0 { nodes += "\n" }
        }
        var edges = "source,target,type\n"
        for i in 0..<1500 {
            edges += "\(rng.next() % 400),\(rng.next() % 400),\(types[Int(rng.next() % 4)])"
            if i < 1499 { edges += "\n" }
            if i % 89 == 0 { edges += "\n" }  // Blocks with fewer rows than line breaks leave gaps.
        }
        let folder = try ImportTests.folder(["nodes.csv": nodes, "edges.csv": edges])
        let expected = Self.columns(try Self.rowByRow(folder))
        for blockSize in [1, 7, 64, 1000, 1 << 20] {
            let network = try #require(Self.inBlocks(folder, blockSize: blockSize), "block size \(blockSize)")
            #expect(Self.columns(network) == expected, "block size \(blockSize)")
            #expect(network.graph.node(id: "399") == 399)
        }
        #expect(Self.columns(try #require(try CSVGraphReader.network(path: folder))) == expected)
    }

    /// Files the blocks decline; the row reader then reads them, or reports their problems.
    @Test(arguments: [
        ("id,kind,name\n0,unit,\"Sư đoàn, 1\"\n1,unit,B\n", "source,target,type\n0,1,heads\n"),  // quotes
        ("id,kind,name\r\n0,unit,A\r\n1,unit,B\r\n", "source,target,type\n0,1,heads\n"),  // carriage returns
        ("id,kind,name\n0,unit\n1,unit,B\n", "source,target,type\n0,1,heads\n"),  // a missing field
        ("id,kind,name\n0,unit,A,extra\n1,unit,B\n", "source,target,type\n0,1,heads\n"),  // an extra field
        ("id,kind,name\n1,unit,A\n0,unit,B\n", "source,target,type\n0,1,heads\n"),  // ids out of order
        ("id,kind,name\nhanoi,place,Hà Nội\nhue,place,Huế\n", "source,target,type\nhue,hanoi,located_in\n"),
        ("id,kind,name\n0,,A\n1,unit,B\n", "source,target,type\n0,1,heads\n"),  // an empty kind
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,2,heads\n"),  // an unknown node
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,1,\n"),  // an empty type
        ("id,kind\n0,unit\n1,unit\n", "source,target,type\n0,1,heads\n"),  // no name column
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target\n0,1\n"),  // no type column
        // The edge rows' one-pass reader (`CSVEdgeRows`): after a row of the same type, and alone.
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,1,heads\n1,0,heads\"x\"\n"),  // a quote
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,1,heads\n1,0,heads\r\n"),  // a carriage return
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,1,heads\n1,0,heads,x\n"),  // an extra field
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,1,heads\n1,0\n"),  // a missing field
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,01,heads\n"),  // a leading zero
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,+1,heads\n"),  // a sign
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0, 1,heads\n"),  // a space
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,1,heads\n,1,heads\n"),  // an empty end
        ("id,kind,name\n0,unit,A\n1,unit,B\n", "source,target,type\n0,1,heads\n0,99999999999999999999,heads\n"),
        // The node rows' one-pass reader (`CSVNodeRows`): after a row of the same kind, and alone.
        ("id,kind,name\n0,unit,A\n1,unit,\"B\"\n", "source,target,type\n0,1,heads\n"),  // a quoted name
        ("id,kind,name\n0,unit,A\n1,unit,Bo\rx\n", "source,target,type\n0,1,heads\n"),  // a carriage return
        ("id,kind,name\n0,unit,A\n1,un\"it,B\n", "source,target,type\n0,1,heads\n"),  // a quote in a kind
        ("id,kind,name\n0,unit,A\n1,unit\n", "source,target,type\n0,1,heads\n"),  // a missing name after the kind
        ("id,kind,name\n0,unit,A\n1,units\n", "source,target,type\n0,1,heads\n"),  // a missing field
        ("id,kind,name\n0,unit,A\n1,,B\n", "source,target,type\n0,1,heads\n"),  // an empty kind
        ("id,kind,name\n1,unit,A\n2,unit,B\n", "source,target,type\n1,2,heads\n"),  // ids from 1
        ("id,kind,name\n0,unit,A\n01,unit,B\n", "source,target,type\n0,1,heads\n"),  // a leading zero
        ("id,kind,name\n0,unit,A\n2,unit,B\n", "source,target,type\n0,2,heads\n"),  // a gap
        ("id,kind,name\n0,unit,A\n1,unit,B,C\n", "source,target,type\n0,1,heads\n"),  // an extra field
    ])
    func unusualFilesAreLeftToTheRowReader(nodes: String, edges: String) throws {
        let folder = try ImportTests.folder(["nodes.csv": nodes, "edges.csv": edges])
        #expect(Self.inBlocks(folder, blockSize: 4) == nil)
        #expect(Self.inBlocks(folder, blockSize: 1 << 20) == nil)
        let rows = Result { try Self.rowByRow(folder) }.map(Self.columns)
        let viaData = Result { try CSVGraphReader.network(path: folder) }.map { $0.map(Self.columns) ?? [] }
        #expect("\(rows)" == "\(viaData)")
    }

    /// A type that is not UTF-8, in a row of its own and after a row whose type it starts like.
    @Test func edgeTypesThatAreNotUTF8AreLeftToTheRowReader() throws {
        for rows in [[0xC3, 0x28], Array("heads\n1,0,heads".utf8) + [0xC3, 0x28]] as [[UInt8]] {
            let folder = try ImportTests.folder(["nodes.csv": "id,kind,name\n0,unit,A\n1,unit,B\n"])
            let bytes = Array("source,target,type\n0,1,".utf8) + rows + Array("\n".utf8)
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/edges.csv"))
            #expect(Self.inBlocks(folder, blockSize: 1 << 20) == nil)
        }
    }

    @Test func textThatIsNotUTF8IsLeftToTheRowReader() throws {
        let folder = try ImportTests.folder(["edges.csv": "source,target,type\n"])
        let bytes = Array("id,kind,name\n0,unit,A\n1,unit,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/nodes.csv"))
        #expect(Self.inBlocks(folder, blockSize: 1 << 20) == nil)
        #expect(ImportTests.problems {
            _ = try CSVGraphReader.network(path: folder)
            return try CSVGraphReader.read(folder: folder)
        } == ["\(folder)/nodes.csv:3:8: error: the name is not valid UTF-8 text"])
    }

    /// Kinds and names that are not UTF-8 (a lone continuation, an overlong form, a surrogate, a
    /// scalar above U+10FFFF, a sequence cut by the end of the file), after a row of the same kind.
    @Test(arguments: [[0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE1, 0x80]])
    func nodeTextThatIsNotUTF8IsLeftToTheRowReader(bytes: [UInt8]) throws {
        for (before, after) in [("0,unit,A\n1,unit,Ok ", "\n"), ("0,unit,A\n1,unit,", ""), ("0,unit,A\n1,unit", ",B\n")] {
            let folder = try ImportTests.folder(["edges.csv": "source,target,type\n"])
            let file = Array("id,kind,name\n\(before)".utf8) + bytes + Array(after.utf8)
            try Data(file).write(to: URL(fileURLWithPath: folder + "/nodes.csv"))
            #expect(Self.inBlocks(folder, blockSize: 1 << 20) == nil, "\(bytes) in \(before)")
        }
    }

    /// The one-pass reader's UTF-8 checks (a kind's, and a name's by `UTF8Steps`) agree with the
    /// standard library's on every two-byte string and on random longer ones, at every alignment
    /// of the eight-byte skip.
    @Test func nodeTextIsUTF8ExactlyWhenTheStandardLibrarySaysSo() {
        func agrees(_ bytes: [UInt8]) -> Bool {
            let stdlib = String(validating: bytes, as: UTF8.self) != nil
            let special: Set<UInt8> = [0x0A, 0x0D, 0x22, 0x2C]
            guard !bytes.contains(where: special.contains) else { return true }
            let (kindEnd, nameEnd) = bytes.withUnsafeBufferPointer {
                (CSVNodeRows.text($0.baseAddress!, 0, bytes.count, until: 0x2C),
                 CSVNodeRows.nameEnd($0.baseAddress!, 0, bytes.count, steps: UTF8Steps.steps))
            }
            return (kindEnd == bytes.count) == stdlib && (nameEnd == bytes.count) == stdlib
        }
        for a in 0...255 {
            for b in 0...255 { #expect(agrees([UInt8(a), UInt8(b)]), "\([a, b])") }
        }
        var rng = Mutator.Generator(seed: 20)
        let pieces: [[UInt8]] = [[0x41], [0x7F], [0x80], [0xBF], [0xC2, 0xA0], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0x80],
                                 [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
                                 [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
                                 [0xC1, 0xBF], [0xE1, 0x80], [0xFF], Array("Việt Nam ".utf8)]
        for _ in 0..<20_000 {
            var bytes = [UInt8](repeating: 0x61, count: Int(rng.next() % 9))
            for _ in 0..<Int(rng.next() % 6) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
            bytes += [UInt8](repeating: 0x62, count: Int(rng.next() % 9))
            if !agrees(bytes) {
                Issue.record("disagree on \(bytes)")
                return
            }
        }
    }

    /// The edge reader's decimals (eight bytes at a time when eight are left, else digit by digit)
    /// are `CSVBlocks.decimal` of the digits before the first other byte, on every length of digits
    /// and every byte after them.
    @Test func edgeEndsAreTheDecimalsTheRowReaderReads() {
        var rng = Mutator.Generator(seed: 21)
        for _ in 0..<50_000 {
            let digits = (0..<Int(rng.next() % 21)).map { _ in UInt8(ascii: "0") + UInt8(rng.next() % 10) }
            let after = (0..<Int(rng.next() % 9)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let bytes = digits + after
            guard !bytes.isEmpty else { continue }
            let run = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            let limit = Int(rng.next() % 2) == 0 ? Int.max : 1_000_000
            let expected = bytes.withUnsafeBytes { CSVBlocks.decimal($0, 0..<run) }.flatMap { $0 < limit ? $0 : nil }
            var p = 0
            let value = bytes.withUnsafeBufferPointer { CSVEdgeRows.decimal($0.baseAddress!, &p, bytes.count, below: limit) }
            #expect(value == expected, "\(bytes)")
            if value != nil { #expect(p == run, "\(bytes)") }
        }
    }

    /// The comparison of types and kinds (overlapping loads of 8, 4 and 2 bytes) says what `==` says
    /// on every length from 1 to 40, for equal bytes and for bytes that differ at any one place.
    @Test func bytesCompareAsEquality() {
        var rng = Mutator.Generator(seed: 5)
        for count in 1...40 {
            let a = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            for place in -1..<count {
                var b = a
                if place >= 0 { b[place] ^= UInt8(1 + rng.next() % 255) }
                let same = a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in CSVEdgeRows.same(a.baseAddress!, b.baseAddress!, count) }
                }
                #expect(same == (a == b), "count \(count), differs at \(place)")
            }
        }
    }
}
