/// Escaping for XML 1.0 text and attribute values, shared by the GraphML and GEXF writers.
enum XMLText {
    /// `&`, `<`, `>`, `"` as entities; tab, newline and carriage return as character references
    /// (a parser would otherwise normalise them to spaces inside attributes). Other control
    /// characters cannot appear in XML 1.0 at all, not even as references: they become U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
