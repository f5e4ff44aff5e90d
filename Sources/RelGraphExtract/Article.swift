import Foundation
import RelGraphCore
import RelGraphIO

/// The article `relgraph extract` reads: a corpus file (a header, `---`, the text) or bare text.
///
/// Offsets everywhere in extraction count Unicode scalars of `body` from 0 (what Python's `str`
/// indexes for NFC text), so a proposal's `start`/`end` can be checked by any tool that reads the text.
public struct Article: Sendable {
    /// The text after the header, or the whole file when it has none (as `texts/<id>.txt` keeps it).
    public let body: String
    public let scalars: [Unicode.Scalar]
    /// The source the article is (from the header, as `add-source` makes it), nil for bare text.
    public let source: Source?
    /// The paragraphs' scalar ranges, numbered from 1 as `¶N` locators count them.
    public let paragraphs: [Range<Int>]

    public enum Problem: Error, Sendable, CustomStringConvertible {
        case empty(file: String), notUTF8(file: String), header(String)
        public var description: String {
            switch self {
            case let .empty(file): return "\(file): error: the article has no text"
            case let .notUTF8(file): return "\(file): error: the file is not valid UTF-8 text"
            case let .header(message): return message
            }
        }
    }

    /// Reads `bytes` of `file`: a corpus file when it has a `---` line, bare text otherwise.
    public init(bytes: [UInt8], file: String, sourceID: String? = nil) throws(Problem) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(file: file) }
        if text.hasPrefix("---\n") || text.contains("\n---\n") {
            do {
                let header = try CorpusHeader(bytes: bytes, file: file, id: sourceID)
                source = header.source
                body = String(decoding: header.body, as: UTF8.self).precomposedStringWithCanonicalMapping
            } catch .noDate {
                // A header without a date still has its text; the proposals are then undated.
                let separator = text.range(of: "\n---\n") ?? text.range(of: "---\n")!
                source = nil
                body = String(text[separator.upperBound...]).precomposedStringWithCanonicalMapping
            } catch { throw .header(error.description) }
        } else {
            source = nil
            body = text.precomposedStringWithCanonicalMapping
        }
        scalars = Array(body.unicodeScalars)
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty(file: file) }
        paragraphs = Self.paragraphs(of: scalars)
    }

    /// The text of a scalar range.
    public func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The `¶N` paragraph holding `offset`.
    public func paragraph(at offset: Int) -> Int {
        (paragraphs.firstIndex { $0.contains(offset) || $0.upperBound == offset } ?? 0) + 1
    }

    /// Runs of lines without a blank line between them, as the validator counts `¶N`.
    static func paragraphs(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?, lineStart = 0, lastContentEnd = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                let blank = scalars[lineStart..<i].allSatisfy { $0.properties.isWhitespace }
                if blank {
                    if let s = start { result.append(s..<lastContentEnd); start = nil }
                } else {
                    if start == nil { start = lineStart }
                    lastContentEnd = i
                }
                lineStart = i + 1
            }
            i += 1
        }
        if let s = start { result.append(s..<lastContentEnd) }
        return result
    }
}
