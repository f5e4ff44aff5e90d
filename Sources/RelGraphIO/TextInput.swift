import RelGraphCore

/// Checks on raw input text shared by every reader: encoding and NUL bytes, located by line and column.
enum TextInput {
    /// Where the first byte that breaks UTF-8 stands (column in bytes of the line, as no scalar is known).
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1, lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = sequenceLength(bytes, at: i)
            if length == 0 { break }
            if bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
            i += length
        }
        let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, 0 if it is not valid.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
        let lead = bytes[i]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= bytes.endIndex,
              String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else { return 0 }
        return length
    }

    /// Whether the bytes start with a UTF-16 byte-order mark (FF FE or FE FF).
    static func isUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    static func firstNUL(in text: String, file: String) -> SourceLocation? {
        guard text.utf8.contains(0) else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\0" { return SourceLocation(file: file, line: line, column: column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }
}
