/// Control characters from data, made visible before they reach a terminal, a diagnostic line or a
/// drawing. Data is typed by hand or imported from other tools; an ESC or OSC sequence in a name
/// would otherwise drive the analyst's terminal, a CR or newline in a kind could forge a
/// `file:line: error:` line, and a form feed makes an SVG invalid XML.
///
/// C0 controls become their Unicode Control Pictures (ESC → ␛, NUL → ␀, BEL → ␇), DEL → ␡, C1
/// controls (U+0080–U+009F) → U+FFFD. Tab stays; line breaks stay only where the caller keeps them.
public enum ControlCharacters {
    /// The visible stand-in for `scalar`, or nil when it is no control character to replace.
    public static func picture(of scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09: return nil
        case 0x0A where keepingLineBreaks: return nil
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        default: return nil
        }
    }

    /// `text` with every control character replaced by its picture.
    /// - Complexity: O(n); text without control characters is returned as it is after one scan.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { picture(of: $0, keepingLineBreaks: keepingLineBreaks) != nil }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(picture(of: scalar, keepingLineBreaks: keepingLineBreaks) ?? scalar)
        }
        return String(result)
    }
}
