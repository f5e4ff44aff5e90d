import Foundation
import RelGraphCore

/// A corpus file (../shared/corpus): a header of `key: value` lines (title, publisher, date, url, language,
/// truncation), a line `---`, then the text. `relgraph add-source` makes a source of the header and keeps
/// the text, byte for byte, as the source's text.
public struct CorpusHeader: Sendable {
    public var source: Source
    /// The text after the `---` line, byte for byte.
    public var body: [UInt8]

    public enum Problem: Error, Sendable, CustomStringConvertible {
        case noSeparator(file: String), notUTF8(file: String), noDate(file: String)
        public var description: String {
            switch self {
            case let .noSeparator(file): return "\(file): error: no '---' line between the header and the text"
            case let .notUTF8(file): return "\(file): error: the file is not valid UTF-8 text"
            case let .noDate(file): return "\(file): error: the header has no date YYYY, YYYY-MM or YYYY-MM-DD"
            }
        }
    }

    /// Parses `bytes` read from `file`; `id` names the source (default: `defaultID`).
    public init(bytes: [UInt8], file: String, id: String? = nil) throws(Problem) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(file: file) }
        guard let separator = text.range(of: "\n---\n") ?? (text.hasPrefix("---\n") ? text.range(of: "---\n") : nil) else {
            throw .noSeparator(file: file)
        }
        var fields: [String: String] = [:]
        for line in text[..<separator.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        }
        let (dateText, dateNote) = Self.splitNote(fields["date"] ?? "")
        guard let date = PartialDate(String(dateText.split(separator: " ").first ?? "")) else { throw .noDate(file: file) }
        let (title, titleNote) = Self.splitNote(fields["title"] ?? "")
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var attributes = ["corpus_file": (file as NSString).lastPathComponent,
                          "excerpt": (fields["truncation"] ?? "").hasPrefix("TRUNCATED") ? "true" : "false"]
        if let titleNote { attributes["title_note"] = titleNote }
        if let dateNote { attributes["date_note"] = dateNote }
        let publisher = fields["publisher"].flatMap { $0.isEmpty ? nil : $0 }
        source = Source(id: id ?? Self.defaultID(base: base, publisher: publisher, date: date), kind: .article,
                        title: title.isEmpty ? nil : title, publisher: publisher, date: date,
                        language: fields["language"], url: fields["url"], attributes: attributes)
        let start = text.utf8.distance(from: text.startIndex, to: separator.upperBound)
        body = Array(bytes[start...])
    }

    /// `u05-vietnamplus-2024-03-20`: the file's name, the publisher's first word (not "the"), the date.
    static func defaultID(base: String, publisher: String?, date: PartialDate) -> String {
        let words = (publisher ?? "").lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0 != "the" }
        let word = words.first.map { String(String.UnicodeScalarView($0.unicodeScalars.filter(\.isASCII))) } ?? ""
        return [base.lowercased(), word, date.description].filter { !$0.isEmpty }.joined(separator: "-")
    }

    /// `Title (note)` → (`Title`, `note`).
    static func splitNote(_ text: String) -> (String, String?) {
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else { return (text, nil) }
        return (String(text[..<open.lowerBound]), String(text[open.upperBound...].dropLast()))
    }
}
