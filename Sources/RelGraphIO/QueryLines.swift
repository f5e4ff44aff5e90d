import Foundation
import RelGraphCore
#if canImport(Glibc)
import Glibc
#endif

/// Queries given in bulk, one per line, from a file or from standard input (`-`).
///
/// Standard input is read a line at a time as it arrives (not in blocks), so that another program can
/// write a question, read its answer, and only then ask the next one.
///
/// A line holds fields separated by tabs, or by commas when it has no tab (a CSV file such as
/// `source,target,expected` works as it is: fields after the ones a command needs are ignored). A
/// field may be double-quoted to hold a comma (`"Bộ Quốc phòng, Lào"`, `""` for a quote); spaces
/// around a field are dropped. Blank lines and lines starting with `#` are skipped, and so is a first
/// line that names the expected fields (a header such as `source,target`).
/// - Complexity: O(length of the input); memory O(longest line).
public final class QueryLines {
    /// One line of queries, numbered from 1 as in the input.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var fields: [String]
    }

    /// The input's name in messages: its path, or `<stdin>`.
    public let name: String
    private let header: [String]
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    private var number = 0

    /// Opens `path` (`-`: standard input). `header` names the fields a header line would hold.
    public init(path: String, header: [String]) throws(InputError) {
        self.header = header.map { $0.lowercased() }
        if path == "-", let input = fdopen(STDIN_FILENO, "rb") {
            // A stream of its own on descriptor 0 (C's `stdin` is a global Swift 6 will not share),
            // never closed: standard input stays open for the rest of the process.
            (file, ownsFile, name) = (input, false, "<stdin>")
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  let file = fopen(path, "rb") else {
                throw .unreadable(path: path, reason: "cannot read the file")
            }
            (self.file, ownsFile, name) = (file, true, path)
        }
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
    }

    /// The next line with fields, nil at the end of the input. A line whose quotes do not close is
    /// an error naming it (`file:line:column`).
    public func next() throws(InputError) -> Line? {
        while true {
            let length = getline(&buffer, &capacity, file)
            guard length >= 0, let buffer else { return nil }
            number += 1
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                            count: length)
            var text = String(decoding: bytes, as: UTF8.self)
            while text.hasSuffix("\n") || text.hasSuffix("\r") || text.hasSuffix("\r\n") { text.removeLast() }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = try Self.fields(of: text, at: SourceLocation(file: name, line: number, column: 1))
            if number == 1, fields.count >= header.count,
               zip(fields, header).allSatisfy({ $0.lowercased() == $1 }) { continue }
            return Line(number: number, fields: fields)
        }
    }

    private enum FieldState { case unquoted, quoted, closed }

    /// Splits one line into its fields: on tabs when it has any, else on commas outside quotes.
    static func fields(of line: String, at location: SourceLocation) throws(InputError) -> [String] {
        let separator: Character = line.contains("\t") ? "\t" : ","
        var fields: [String] = [], field = "", state = FieldState.unquoted, column = 0, closedAt = 0
        var characters = line.makeIterator()
        func error(_ message: String) -> InputError {
            .malformed(.error(message, at: SourceLocation(file: location.file, line: location.line, column: column)))
        }
        func endField() {
            fields.append(state == .closed ? field : field.trimmingCharacters(in: .whitespaces))
            (field, state) = ("", .unquoted)
        }
        while let character = characters.next() {
            column += 1
            switch state {
            case .unquoted:
                if character == separator {
                    endField()
                } else if character == "\"", field.allSatisfy(\.isWhitespace) {
                    (field, state) = ("", .quoted)
                } else {
                    field.append(character)
                }
            case .quoted:
                if character == "\"" { (state, closedAt) = (.closed, column) } else { field.append(character) }
            case .closed:
                // Right after a closing quote: a second quote is a quote inside the field.
                if character == "\"", closedAt == column - 1 {
                    field.append("\"")
                    state = .quoted
                } else if character == separator {
                    endField()
                } else if !character.isWhitespace {
                    throw error("text after a closing quote")
                }
            }
        }
        if state == .quoted { throw error("a quoted field does not end on its line") }
        endField()
        return fields
    }
}
