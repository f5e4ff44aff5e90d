import Foundation
import Yams

/// What can still be read of a dataset file that libyaml refused.
///
/// libyaml stops at its first error and cannot resume, so one stray `]` would lose a whole file, and
/// then every reference into it would be reported as dangling: hundreds of errors for one typo. A
/// dataset file is a few top-level sections, each a list of records, and a record never spans two
/// list items; so each item is parsed on its own, at its own lines. The items that still fail are
/// kept as text: an unknown id that occurs in that text is a consequence of the syntax error, not a
/// dangling reference (see `YAMLDatasetReader`).
enum YAMLRecovery {
    struct Result {
        /// A mapping of each section to the items that parsed, with their real lines and columns;
        /// nil when nothing could be read.
        var root: Node?
        /// The text of the items (or lines outside any item) that could not be parsed.
        var unread: [String]
    }

    /// One list item of a top-level section: its section, the line it starts on (from 1), its text.
    struct Item {
        var section: String
        var line: Int
        var text: String
        /// The piece is the section's own line (`dataset: {title: …}`), not its content.
        var startsSection: Bool
    }

    /// - Complexity: O(n) in the file's length, plus one libyaml parse per item.
    static func recover(_ text: String) -> Result {
        var pairs: [(key: Node, value: Node)] = []
        var unread: [String] = []
        for item in items(of: text) {
            // Blank lines put the item at its own line numbers; the section key goes on the line
            // just above it, which in the file holds the key or an earlier item's last line.
            let padded = item.startsSection
                ? String(repeating: "\n", count: item.line - 1) + item.text
                : String(repeating: "\n", count: max(0, item.line - 2)) + item.section + ":\n" + item.text
            guard let root = try? Yams.compose(yaml: padded), case let .mapping(mapping) = root, !mapping.isEmpty else {
                unread.append(item.text)
                continue
            }
            for (key, value) in mapping {
                if case let .sequence(parsed) = value,
                   let index = pairs.firstIndex(where: { $0.key.scalar?.string == key.scalar?.string }),
                   case let .sequence(earlier) = pairs[index].value {
                    pairs[index].value = .sequence(Node.Sequence(Array(earlier) + Array(parsed)))
                } else {
                    pairs.append((key, value))
                }
            }
        }
        guard !pairs.isEmpty else { return Result(root: nil, unread: unread.isEmpty ? [text] : unread) }
        return Result(root: .mapping(Node.Mapping(pairs.map { ($0.key, $0.value) })), unread: unread)
    }

    /// Splits the file into pieces that parse on their own: a line at column 1 that is not a comment
    /// starts a section (`entities:`), and is a piece of its own when it holds its value
    /// (`dataset: {…}`); inside a section, `- ` at the section's item indentation starts a list item,
    /// and other indented lines (a block mapping's fields) make one piece until the next section.
    static func items(of text: String) -> [Item] {
        var items: [Item] = []
        var section = ""
        var itemIndent: Int?
        var current: Item?
        func close() {
            if let open = current { items.append(open) }
            current = nil
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if indent == 0, let first = body.first, first != "#", first != "-" {
                close()
                section = String(body.prefix { $0 != ":" })
                itemIndent = nil
                let holdsValue = !body.trimmingCharacters(in: .whitespaces).hasSuffix(":")
                if holdsValue { current = Item(section: section, line: index + 1, text: String(line), startsSection: true) }
                continue
            }
            if body.hasPrefix("- ") || body == "-", itemIndent == nil || itemIndent == indent {
                close()
                itemIndent = indent
                current = Item(section: section, line: index + 1, text: String(line), startsSection: false)
            } else if current != nil {
                current?.text += "\n" + line
            } else if !body.isEmpty, !body.hasPrefix("#") {
                current = Item(section: section, line: index + 1, text: String(line), startsSection: false)
            }
        }
        close()
        return items
    }
}
