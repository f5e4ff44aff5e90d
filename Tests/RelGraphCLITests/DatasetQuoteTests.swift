import Foundation
import Testing

/// Every citation of the bundled dataset quotes its article byte for byte: checked here against the
/// originals in ../shared/seeds and ../shared/corpus, not against the copies in texts/, so a copy that
/// drifted is caught too. Read straight from the YAML text (one citation per line, as the dataset writes
/// them), so this holds whatever the loader does with the files.
@Suite struct DatasetQuoteTests {
    static let dataset = CLI.packageRoot.appendingPathComponent("Data/vietnam-laos-defence")
    static let shared = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    struct Citation {
        var file: String, line: Int, source: String, locator: String, quote: String
    }

    /// The dataset's YAML files, recursively, by relative path.
    static func yamlFiles() throws -> [(path: String, text: String)] {
        let root = dataset.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: dataset, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "yaml" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.count))
            files.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Source id → the original file: `seed_file` is a whole seed file, `corpus_file` the corpus body.
    static func originals(_ files: [(path: String, text: String)]) throws -> [String: String] {
        let id = try Regex(#"^  - id: ([a-z0-9][a-z0-9._-]*)\s*$"#), file = try Regex(#"^\s+(seed|corpus)_file: (\S+)\s*$"#)
        var result: [String: String] = [:], current: String?
        for (_, text) in files {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if let match = line.wholeMatch(of: id) { current = String(match.output[1].substring!) }
                if let match = line.wholeMatch(of: file), let source = current {
                    let folder = match.output[1].substring == "seed" ? "seeds" : "corpus"
                    let name = String(match.output[2].substring!)
                    let raw = try String(contentsOf: shared.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
                    if folder == "seeds" {
                        result[source] = raw
                    } else if let header = raw.range(of: "\n---\n") {
                        result[source] = String(raw[header.upperBound...])
                    } else {
                        Issue.record("\(folder)/\(name) has no '---' header line")
                    }
                }
            }
        }
        return result
    }

    /// Every line that carries a `quote:`; a line the pattern cannot read is a failure, never skipped.
    static func citations(_ files: [(path: String, text: String)]) throws -> [Citation] {
        let pattern = try Regex(#"source: ([a-z0-9][a-z0-9._-]*).*?locator: ([^,}]+?)\s*[,}].*?quote: "((?:[^"\\]|\\.)*)""#)
        let reordered = try Regex(#"source: ([a-z0-9][a-z0-9._-]*).*?quote: "((?:[^"\\]|\\.)*)", locator: ([^,}]+?)\s*[,}]"#)
        var result: [Citation] = []
        for (path, text) in files {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("quote: ") {
                func unescape(_ s: Substring) -> String {
                    s.replacingOccurrences(of: #"\""#, with: "\"").replacingOccurrences(of: #"\\"#, with: "\\")
                }
                if let m = line.firstMatch(of: pattern) {
                    result.append(Citation(file: path, line: index + 1, source: String(m.output[1].substring!),
                                           locator: String(m.output[2].substring!), quote: unescape(m.output[3].substring!)))
                } else if let m = line.firstMatch(of: reordered) {
                    result.append(Citation(file: path, line: index + 1, source: String(m.output[1].substring!),
                                           locator: String(m.output[3].substring!), quote: unescape(m.output[2].substring!)))
                } else {
                    Issue.record("\(path):\(index + 1): a citation line this test cannot read: \(line)")
                }
            }
        }
        return result
    }

    /// Paragraphs: runs of non-blank lines (a blank line is empty or whitespace only), from ¶1.
    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = [], current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }

    /// Byte for byte: Swift's `contains` on strings would also accept a canonically equivalent quote
    /// (NFD for NFC), which is not what the article prints.
    static func containsBytes(_ text: String, _ quote: String) -> Bool {
        Data(text.utf8).range(of: Data(quote.utf8)) != nil
    }

    @Test func everyQuoteIsVerbatimInItsOriginalAndInTheNamedParagraph() throws {
        let files = try Self.yamlFiles()
        let originals = try Self.originals(files)
        #expect(originals.count == 26, "the 2 seeds and the 24 corpus items")
        var checked = 0
        for citation in try Self.citations(files) {
            let place = "\(citation.file):\(citation.line)"
            guard let text = originals[citation.source] else {
                // Only background sources (general knowledge, no text) may be cited without a text.
                #expect(citation.source.hasPrefix("bg-") && citation.locator == "general knowledge", "\(place): \(citation.source) has no text")
                continue
            }
            checked += 1
            let verbatim = Self.containsBytes(text, citation.quote)
            #expect(verbatim, "\(place): not verbatim in \(citation.source): \(citation.quote)")
            #expect(citation.quote.unicodeScalars.count <= 200, "\(place): quote longer than 200 characters")
            let number = Int(citation.locator.dropFirst()) ?? 0
            let numbered = Self.paragraphs(text)
            let named = citation.locator.hasPrefix("¶") && (1...numbered.count).contains(number)
            #expect(named, "\(place): locator \(citation.locator) names no paragraph of \(citation.source)")
            if named {
                let inParagraph = Self.containsBytes(numbered[number - 1], citation.quote)
                #expect(inParagraph, "\(place): quote not in \(citation.source) \(citation.locator)")
            }
        }
        #expect(checked > 0)
    }

    @Test func theTextsBesideTheDataAreTheOriginalsByteForByte() throws {
        for (source, original) in try Self.originals(try Self.yamlFiles()) {
            let copy = try Data(contentsOf: Self.dataset.appendingPathComponent("texts/\(source).txt"))
            #expect(copy == Data(original.utf8), "texts/\(source).txt")
        }
        let texts = try FileManager.default.contentsOfDirectory(atPath: Self.dataset.appendingPathComponent("texts").path)
        #expect(texts.count == 26)
    }

    /// One article's contribution is one file, removable as a whole: articles/<source-id>.yaml cites only
    /// <source-id>, and there is one such file for each of the 24 corpus items.
    @Test func anArticleFileCitesOnlyItsOwnSource() throws {
        let articles = try Self.yamlFiles().filter { $0.path.hasPrefix("articles/") }
        #expect(articles.count == 24)
        for citation in try Self.citations(articles) {
            let own = String(citation.file.dropFirst("articles/".count).dropLast(".yaml".count))
            #expect(citation.source == own, "\(citation.file):\(citation.line) cites \(citation.source)")
        }
    }

    /// README.md's commands `python3 scripts/check_quotes.py` (the check without Swift) and `… --counts`
    /// (the Counts section, word for word).
    @Test func thePythonCheckerAgreesAndPrintsTheReadmeCounts() throws {
        func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
            let process = Process(), output = Pipe()
            let script = CLI.packageRoot.appendingPathComponent("scripts/check_quotes.py").path
            let python = ProcessInfo.processInfo.environment["RELGRAPH_PYTHON"] ?? "/usr/bin/python3"
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script, Self.dataset.path] + arguments
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let check = try run([])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasPrefix("ok: 31 sources, 26 texts, "))
        let counts = try run(["--counts"])
        let readme = try String(contentsOf: Self.dataset.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("\n\n" + counts.stdout + "\n"), "README.md's Counts differ from check_quotes.py --counts")
    }

    /// README.md's "Citations (N): source n, …" line is what the files hold.
    @Test func readmeCitationCountsMatchTheData() throws {
        let files = try Self.yamlFiles()
        var perSource: [String: Int] = [:]
        for citation in try Self.citations(files) { perSource[citation.source, default: 0] += 1 }
        let readme = try String(contentsOf: Self.dataset.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("Citations (") })
        let stated = DatasetReadmeTests.counts(line)
        #expect(stated.total == perSource.values.reduce(0, +))
        #expect(stated.by == perSource)
    }
}
