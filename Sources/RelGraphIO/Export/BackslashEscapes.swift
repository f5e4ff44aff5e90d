/// Backslash escapes as Cypher and YAML double-quoted strings share them: `\\`, the quote, `\n`,
/// `\r`, `\t`, and `\uXXXX` for the other characters the language cannot hold raw.
enum BackslashEscapes {
    /// `text` between `quote`s, escaping C0 controls and every scalar `alsoEscaped` accepts.
    static func quoted(_ text: String, quote: Unicode.Scalar,
                       alsoEscaped: (Unicode.Scalar) -> Bool = { _ in false }) -> String {
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case quote: out += "\\" + String(quote)
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || alsoEscaped(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + String(quote)
    }
}
