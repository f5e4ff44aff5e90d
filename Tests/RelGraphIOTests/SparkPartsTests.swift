import Foundation
import Testing
@testable import RelGraphIO

/// The pieces of a Spark export that the CLI tests reach only through whole exports.
@Suite struct SparkPartsTests {
    /// FIPS 180-4's examples, and a million bytes fed in pieces that straddle the 64-byte blocks.
    @Test func sha256KnownAnswers() {
        func digest(_ pieces: [[UInt8]]) -> String {
            var hash = SHA256()
            for piece in pieces { hash.update(piece) }
            return hash.hexDigest()
        }
        #expect(digest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest([Array("abc".utf8)]) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digest([Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)])
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(digest([million]) == expected)
        #expect(digest([Array(million[..<1]), Array(million[1..<63]), Array(million[63..<200]), Array(million[200...])]) == expected)
    }

    /// Quotes doubled, commas quoted, line breaks (CR, LF, CR LF) one space each; what LineCSV reads back.
    @Test func fieldsStayOnOneLineAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spark-parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = CSVPartWriter(folder: folder, table: "t", header: ["a", "b"], rowsPerPart: 2)
        let values = [["plain", "with, comma"], ["say \"hi\"", "one\ntwo\r\nthree\rfour"], ["last", ""]]
        for row in values {
            for value in row { writer.field(value) }
            try writer.endRow()
        }
        let parts = try writer.finish()
        #expect(parts.map(\.path) == ["t/part-00000.csv", "t/part-00001.csv"])
        #expect(parts.map(\.rows) == [2, 1])
        let first = try Data(contentsOf: folder.appendingPathComponent(parts[0].path))
        #expect(String(decoding: first, as: UTF8.self) == "a,b\nplain,\"with, comma\"\n\"say \"\"hi\"\"\",\"one two three four\"\n")
        #expect(LineCSV.table(first).rows == [["plain", "with, comma"], ["say \"hi\"", "one two three four"]])
        #expect(first.count == parts[0].bytes)
    }

    /// A table without rows is one part holding the header.
    @Test func emptyTableIsAHeader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spark-parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = CSVPartWriter(folder: folder, table: "edges", header: ["src", "dst"], rowsPerPart: 10)
        let parts = try writer.finish()
        #expect(parts.map(\.rows) == [0])
        #expect(try String(contentsOf: folder.appendingPathComponent("edges/part-00000.csv"), encoding: .utf8) == "src,dst\n")
    }
}
