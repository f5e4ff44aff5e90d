import Foundation
import RelGraphCore

/// Printing results: text for people, JSON (sorted keys, two-space indent) for programs.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try jsonData(value))
    }

    /// One value as one line of JSON (sorted keys, no indentation), written at once: a reader of a
    /// stream of answers never sees half a line.
    static func jsonLine<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try jsonData(value, formatting: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// The bytes `json` prints: what `relgraph serve` answers too.
    static func jsonData<T: Encodable>(_ value: T, formatting: JSONEncoder.OutputFormatting
                                       = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Prints `relgraph: warning: TEXT` on stderr: work will go on, but the user should know.
    static func warning(_ text: String) {
        FileHandle.standardError.write(Data(ControlCharacters.visible("relgraph: warning: \(text)\n", keepingLineBreaks: true).utf8))
    }

    /// Prints `text` and a line break; control characters from the data are shown as pictures
    /// (`ControlCharacters`), never sent to the terminal.
    static func line(_ text: String = "") {
        FileHandle.standardOutput.write(Data((ControlCharacters.visible(text, keepingLineBreaks: true) + "\n").utf8))
    }

    /// `line` for each of `texts`, written at once: one write instead of one per line (a hundred
    /// thousand of them in `structure` at a million entities).
    static func lines(_ texts: [String]) {
        var joined = ""
        for text in texts {
            joined += ControlCharacters.visible(text, keepingLineBreaks: true)
            joined += "\n"
        }
        FileHandle.standardOutput.write(Data(joined.utf8))
    }

    /// Rows with columns padded to the widest cell (by characters), the last column unpadded.
    static func table(_ rows: [[String]], indent: String = "") {
        guard let columns = rows.map(\.count).max() else { return }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns - 1 { widths[i] = max(widths[i], cell.count) }
        }
        for row in rows {
            let cells = row.enumerated().map { i, cell in
                i < row.count - 1 ? cell + String(repeating: " ", count: widths[i] - cell.count) : cell
            }
            line(indent + cells.joined(separator: "  "))
        }
    }
}

