import Foundation

/// One table of a Spark export (nodes or edges) written as CSV part files: `part-00000.csv`,
/// `part-00001.csv` … of at most `rowsPerPart` rows each, every part with the header, so that Spark
/// reads each part alone and splits the table by parts. Rows go out through a buffer of about a
/// megabyte and are hashed as they are written: the table is never held in memory.
///
/// Fields are RFC 4180 (quoted when they hold a comma or a quote, quotes doubled) and never span
/// lines: a line break inside a field becomes a space, so that Spark's line-oriented reader
/// (`multiLine` off, the default that can split a file) reads every row.
struct CSVPartWriter {
    typealias Part = SparkManifest.Part

    private let folder: URL
    private let table: String
    private let header: [String]
    private let rowsPerPart: Int
    private(set) var parts: [Part] = []
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var hash = SHA256()
    private var rowsInPart = 0
    private var bytesInPart = 0
    private var fieldsInRow = 0

    /// Parts go to `folder/table/`.
    init(folder: URL, table: String, header: [String], rowsPerPart: Int) {
        precondition(rowsPerPart > 0)
        self.folder = folder
        self.table = table
        self.header = header
        self.rowsPerPart = rowsPerPart
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    private static let flushSize = 1 << 20

    /// Appends one field of the current row.
    mutating func field(_ text: String) {
        if fieldsInRow > 0 { buffer.append(UInt8(ascii: ",")) }
        fieldsInRow += 1
        let utf8 = text.utf8
        let plain = !utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        if plain { buffer += utf8; return }
        buffer.append(UInt8(ascii: "\""))
        var afterCarriageReturn = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer += [byte, byte]
            // CR LF is one break, one space.
            case 10 where afterCarriageReturn: break
            case 10, 13: buffer.append(UInt8(ascii: " "))
            default: buffer.append(byte)
            }
            afterCarriageReturn = byte == 13
        }
        buffer.append(UInt8(ascii: "\""))
    }

    mutating func field(_ number: Int) { field(String(number)) }

    /// Ends the current row; starts a new part first when the current one is full.
    mutating func endRow() throws {
        buffer.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
        if handle == nil { try openPart() }
        rowsInPart += 1
        if buffer.count >= Self.flushSize { try flush() }
        if rowsInPart == rowsPerPart { try closePart() }
    }

    /// Closes the last part (writing a part with the header alone when there were no rows) and
    /// returns every part.
    mutating func finish() throws -> [Part] {
        if handle == nil && parts.isEmpty { try openPart() }
        if handle != nil { try closePart() }
        return parts
    }

    /// Opens the next part and writes its header in front of what is buffered.
    private mutating func openPart() throws {
        let name = String(format: "part-%05d.csv", parts.count)
        let directory = folder.appendingPathComponent(table)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw SparkExportError.cannotWrite(path: url.path, reason: "cannot create the file")
        }
        self.handle = handle
        parts.append(Part(path: "\(table)/\(name)", rows: 0, bytes: 0, sha256: ""))
        let pendingRow = buffer
        buffer.removeAll(keepingCapacity: true)
        for column in header { field(column) }
        buffer.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
        buffer += pendingRow
    }

    private mutating func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw SparkExportError.cannotWrite(path: folder.appendingPathComponent(parts[parts.count - 1].path).path,
                                               reason: error.localizedDescription)
        }
        hash.update(buffer)
        bytesInPart += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func closePart() throws {
        try flush()
        try handle?.close()
        handle = nil
        parts[parts.count - 1].rows = rowsInPart
        parts[parts.count - 1].bytes = bytesInPart
        parts[parts.count - 1].sha256 = hash.hexDigest()
        hash = SHA256()
        rowsInPart = 0
        bytesInPart = 0
    }
}
