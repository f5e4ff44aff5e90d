import Foundation

/// Reads an RFC 4180 CSV file record by record, in fixed-size chunks, straight from bytes: no line is
/// ever turned into a `String` before its fields are known. Quoted fields may hold commas, doubled
/// quotes and line breaks; CRLF and LF both end a record; blank lines are skipped.
///
/// The fields of the current record are byte ranges into `bytes`, valid until the next call.
/// - Complexity: O(file size); memory O(chunk + longest record).
final class CSVScanner {
    static let chunkSize = 1 << 20

    let path: String
    /// The current record's field bytes, field after field (quotes removed, doubled quotes undone).
    private(set) var bytes: [UInt8] = []
    /// Each field of the current record as a range of `bytes`.
    private(set) var fields: [Range<Int>] = []
    /// The line on which the current record starts, and the column (in bytes, from 1) of each field.
    private(set) var line = 0
    private(set) var columns: [Int] = []
    /// Set when the file ends inside a quoted field: the last record is then cut short.
    private(set) var endsInsideQuotes = false

    private let file: UnsafeMutablePointer<FILE>
    private var chunk: [UInt8]
    private var position = 0
    private var count = 0
    private var nextLine = 1
    private var lineStart = 0

    init?(path: String) {
        guard let file = fopen(path, "rb") else { return nil }
        InputFiles.note(path)
        // Spreadsheet programs start UTF-8 CSV with a byte order mark: skip it, not a column name.
        var head = [UInt8](repeating: 0, count: 3)
        if fread(&head, 1, 3, file) != 3 || head != [0xEF, 0xBB, 0xBF] { rewind(file) }
        self.path = path
        self.file = file
        chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    deinit { fclose(file) }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// Moves to the next non-blank record; false at the end of the file.
    func next() -> Bool {
        while true {
            guard let ended = scanRecord() else { return false }
            if ended && fields.count == 1 && fields[0].isEmpty { continue }
            return true
        }
    }

    /// Scans one record; nil at the end of input, else whether it ended normally.
    ///
    /// The loop works on local copies of the scanner's state, written back at the end: touching a
    /// class's stored properties byte by byte would cost a dynamic exclusivity check each time.
    private func scanRecord() -> Bool? {
        var bytes = self.bytes, fields = self.fields, columns = self.columns
        self.bytes = []
        self.fields = []
        self.columns = []
        defer {
            self.bytes = bytes
            self.fields = fields
            self.columns = columns
        }
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
        if position == count && !refill() { return nil }
        line = nextLine
        var state = State.fieldStart
        var fieldStart = 0
        var position = self.position, nextLine = self.nextLine, lineStart = self.lineStart
        columns.append(position - lineStart + 1)
        var ended = false
        while !ended {
            if position == count {
                self.position = position
                self.lineStart = lineStart
                // The last record may end without a line break.
                let more = refill()
                position = self.position
                lineStart = self.lineStart
                if !more { break }
            }
            let end = count
            chunk.withUnsafeBufferPointer { buffer in
                while position < end {
                    let byte = buffer[position]
                    position += 1
                    switch state {
                    case .quoted:
                        if byte == 0x22 { state = .quoteInQuoted; continue }
                        if byte == 0x0A { nextLine += 1; lineStart = position }
                        bytes.append(byte)
                    case .quoteInQuoted where byte == 0x22:
                        bytes.append(byte)
                        state = .quoted
                    case .fieldStart where byte == 0x22:
                        state = .quoted
                    default:
                        switch byte {
                        case 0x2C:
                            fields.append(fieldStart..<bytes.count)
                            fieldStart = bytes.count
                            columns.append(position - lineStart + 1)
                            state = .fieldStart
                        case 0x0A:
                            nextLine += 1
                            lineStart = position
                            ended = true
                            return
                        case 0x0D:
                            continue
                        default:
                            bytes.append(byte)
                            state = .unquoted
                        }
                    }
                }
            }
        }
        self.position = position
        self.nextLine = nextLine
        self.lineStart = lineStart
        if state == .quoted { endsInsideQuotes = true }
        fields.append(fieldStart..<bytes.count)
        return true
    }

    private func refill() -> Bool {
        lineStart -= count
        count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, Self.chunkSize, file) }
        position = 0
        return count > 0
    }

    /// The field's bytes as text; nil when they are not UTF-8.
    func text(_ i: Int) -> String? {
        String(validating: bytes[fields[i]], as: UTF8.self)
    }

    func isEmpty(_ i: Int) -> Bool { fields[i].isEmpty }
}
