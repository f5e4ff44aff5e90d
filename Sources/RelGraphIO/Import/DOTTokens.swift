import RelGraphCore

/// A bound on DOT token length, checked before Graphviz sees the text: Graphviz's scanner takes time
/// quadratic in a token's length (a 4-million-character string took 8 s here), so one hostile or
/// broken file (a quote never closed) could hold a command for minutes.
enum DOTTokens {
    /// The longest token (identifier, number or quoted string) relgraph hands to Graphviz.
    static let limit = 1 << 20

    /// The first token longer than `limit`, as an error at its line and column; nil when all are shorter.
    /// - Complexity: O(n), one pass over the bytes.
    static func firstOverLimit(_ text: [UInt8], file: String) -> Diagnostic? {
        var line = 1, lineStart = 0
        var tokenStart: (offset: Int, line: Int, column: Int)?
        var inQuotes = false, escaped = false
        for (offset, byte) in text.enumerated() {
            if let start = tokenStart, offset - start.offset > limit {
                return .error("a DOT \(inQuotes ? "quoted string" : "token") longer than \(limit) bytes "
                              + "(Graphviz reads such tokens in quadratic time)",
                              at: SourceLocation(file: file, line: start.line, column: start.column))
            }
            if byte == UInt8(ascii: "\n") { line += 1; lineStart = offset + 1 }
            if inQuotes {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { inQuotes = false; tokenStart = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inQuotes = true
                tokenStart = (offset, line, offset - lineStart + 1)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ";"),
                 UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "-"):
                tokenStart = nil
            default:
                if tokenStart == nil { tokenStart = (offset, line, offset - lineStart + 1) }
            }
        }
        return nil
    }
}
