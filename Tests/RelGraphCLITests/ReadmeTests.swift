import Foundation
import Testing

/// Every `$ relgraph …` command in README.md's console blocks runs and prints what the README shows,
/// so the README cannot drift from the tool. A `…` line ends a prefix: the rest of the output is not shown.
@Suite struct ReadmeTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var expected: [String]
        var isPrefix: Bool
        var testDescription: String { "relgraph " + arguments.joined(separator: " ") }
    }

    static let readme = CLI.packageRoot.appendingPathComponent("README.md")

    static let examples: [Example] = {
        guard let text = try? String(contentsOf: readme, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inConsole = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                inConsole = line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ relgraph ") {
                examples.append(Example(arguments: shellWords(String(line.dropFirst("$ relgraph ".count))),
                                        expected: [], isPrefix: false))
            } else if line == "…" {
                examples[examples.count - 1].isPrefix = true
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected.append(line)
            }
        }
        return examples
    }()

    /// Splits a command line on spaces, keeping double-quoted words whole.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in line {
            switch character {
            case "\"": quoted.toggle(); started = true
            case " " where !quoted:
                if started { words.append(current) }
                current = ""; started = false
            default: current.append(character); started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    @Test func readmeHasExamples() {
        #expect(Self.examples.count >= 4)
    }

    /// In README order, in one fresh folder, so that a command may read what an earlier one wrote.
    @Test func examplesRunAsShown() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The bundled dataset's article texts, as files the examples may read (`extract texts/…`).
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Data/vietnam-laos-defence/texts"),
                                         to: folder.appendingPathComponent("texts"))
        for example in Self.examples {
            // `--rev` reads the bundled dataset's git history: from inside relgraph's repository.
            let result = try CLI.run(example.arguments, in: example.arguments.contains("--rev") ? CLI.packageRoot : folder)
            // `diff` exits 1 when the two differ, as diff(1) does.
            let expected: Int32 = example.arguments.first == "diff" && example.expected != ["no differences"] ? 1 : 0
            #expect(result.status == expected, "\(example.testDescription): \(result.stderr)")
            var lines = result.stdout.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            let shown = example.isPrefix ? Array(lines.prefix(example.expected.count)) : lines
            #expect(shown == example.expected, "\(example.testDescription)")
        }
    }
}
