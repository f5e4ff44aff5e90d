import Foundation

/// The body of a source, kept beside the data (`texts/<source-id>.txt`), against which the
/// validator checks every quote and `¶N` locator that cites the source.
///
/// Paragraphs are separated by blank lines (lines of white space alone) and counted from 1: a run of
/// lines without a blank line between them is one paragraph, however many lines it has.
public struct SourceText: Sendable {
    public let sourceID: String
    /// Where the text was read from, as diagnostics name it.
    public let file: String
    /// In Unicode NFC, as the dataset's quotes are.
    public let text: String
    public let paragraphs: [String]

    public init(sourceID: String, file: String, text: String) {
        self.sourceID = sourceID
        self.file = file
        self.text = text.precomposedStringWithCanonicalMapping
        var paragraphs: [String] = [], lines: [Substring] = []
        let all: [Substring] = self.text.split(separator: "\n", omittingEmptySubsequences: false) + [""]
        for line in all {
            if line.allSatisfy(\.isWhitespace) {
                if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
                lines = []
            } else {
                lines.append(line)
            }
        }
        self.paragraphs = paragraphs
    }

    /// The paragraph numbers a locator names: `¶3` → 3...3, `¶3-4` or `¶3–4` → 3...4; nil for any
    /// other locator (a page, "general knowledge"), which is not checked.
    public static func paragraphs(named locator: String) -> ClosedRange<Int>? {
        guard locator.hasPrefix("¶") else { return nil }
        let numbers = locator.dropFirst().split(whereSeparator: { $0 == "-" || $0 == "–" }).map { Int($0) }
        guard (1...2).contains(numbers.count), numbers.allSatisfy({ $0 != nil }),
              let first = numbers.first!, let last = numbers.last!, first >= 1, first <= last else { return nil }
        return first...last
    }

    /// The numbers of the paragraphs that contain `quote`.
    /// - Complexity: O(length of the text × length of the quote) at worst.
    public func paragraphs(containing quote: String) -> [Int] {
        paragraphs.indices.filter { paragraphs[$0].contains(quote) }.map { $0 + 1 }
    }
}
