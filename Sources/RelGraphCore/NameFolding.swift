import Foundation

/// The search key of a name: what remains when case, diacritics, punctuation and spacing are
/// folded away, so "Điện Biên", "dien bien" and "DIEN  BIEN" all become `dien bien`.
public enum NameFolding {
    /// NFD, drop combining marks, đ/Đ (and ð/Ð) → d, lowercase, and keep the runs of letters and digits
    /// separated by single spaces.
    /// - Complexity: O(n) in the length of `text`.
    public static func key(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The folded words of `text`, in order.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { tokens.append(String(current)); current = .init() }
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                continue
            default:
                break
            }
            // Đ/đ have no decomposition; Ð/ð (eth) are a common mistyping of them in Vietnamese text.
            if scalar == "đ" || scalar == "Đ" || scalar == "ð" || scalar == "Ð" {
                current.append("d")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }
}
