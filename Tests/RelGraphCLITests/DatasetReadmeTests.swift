import Foundation
import Testing

/// Data/vietnam-laos-defence/README.md states its counts and vocabulary in lines such as
/// "Relations (528): participated_in 81, covers 51, …"; they must be what `relgraph stats` counts on the
/// folder (every file, articles/ included), so the README cannot fall behind the data again.
@Suite struct DatasetReadmeTests {
    static let readme = DatasetQuoteTests.dataset.appendingPathComponent("README.md")

    /// "Label (N): name n, name n." → (N, [name: n]); a line without "(N)" has N = the sum.
    static func counts(_ line: Substring) -> (total: Int, by: [String: Int]) {
        let colon = line.firstIndex(of: ":")!
        let head = line[..<colon], body = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        var by: [String: Int] = [:]
        for item in body.trimmingCharacters(in: CharacterSet(charactersIn: ".")).split(separator: ",") {
            let words = item.split(separator: " ")
            by[words.dropLast().joined(separator: " ")] = Int(words.last!)
        }
        let stated = head.firstIndex(of: "(").flatMap { open in Int(head[head.index(after: open)...].dropLast()) }
        return (stated ?? by.values.reduce(0, +), by)
    }

    static func readmeLine(_ prefix: String) throws -> Substring {
        let text = try String(contentsOf: readme, encoding: .utf8)
        return try #require(text.split(separator: "\n").first { $0.hasPrefix(prefix) }, "README.md has no line \(prefix)…")
    }

    /// `relgraph stats --format json` on the dataset folder: (total, [name: count]) of one section.
    static func stats(_ section: String) throws -> (total: Int, by: [String: Int]) {
        let result = try CLI.run(["stats", "--format", "json", "--data", DatasetQuoteTests.dataset.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let part = try #require(json?[section] as? [String: Any])
        var by: [String: Int] = [:]
        for entry in part["by"] as? [[String: Any]] ?? [] { by[entry["name"] as! String] = entry["count"] as? Int }
        return (part["total"] as? Int ?? -1, by)
    }

    @Test(arguments: [("Entities (", "entities"), ("Relations (", "relations"), ("Status:", "relation_status"),
                      ("Sources (", "sources")])
    func readmeCountsAreWhatStatsCounts(prefix: String, section: String) throws {
        let stated = Self.counts(try Self.readmeLine(prefix)), counted = try Self.stats(section)
        #expect(stated.total == counted.total)
        #expect(stated.by == counted.by)
    }

    /// The vocabulary table lists exactly the entity kinds and relation types in use.
    @Test func readmeVocabularyIsTheVocabularyInUse() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "\n## Vocabulary\n").dropFirst().first)
            .components(separatedBy: "\n## ").first!
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
        let listed = Set(rows.map { String($0.dropFirst(3).prefix { $0 != "`" }) })
        let used = Set(try Self.stats("entities").by.keys).union(try Self.stats("relations").by.keys)
        #expect(listed == used)
    }

    /// `validate` on the folder: no error, and one warning per disagreement between sources (the conflicts
    /// README.md lists), nothing else. Line and column are left out, so editing an article does not break this.
    @Test func validateWarnsOfTheConflictsAndNothingElse() throws {
        let folder = DatasetQuoteTests.dataset.path
        let result = try CLI.run(["validate", "--data", folder])
        #expect(result.status == 0)
        let lines = result.stdout.replacingOccurrences(of: folder + "/", with: "")
            .replacing(try Regex(#"\.yaml:\d+:\d+:"#), with: ".yaml:")
        #expect(lines == """
            articles/u05-vietnamplus-2024-03-20.yaml: warning: conflict: sources disagree on the level of \
            'defence-policy-dialogue': deputy-minister (vtc-2024-10-22, u18-vns-2024-10-22) vs minister \
            (u05-vietnamplus-2024-03-20)
            articles/u12-vietnamplus-2023-12-14.yaml: warning: conflict: sources disagree on the date of \
            'tri-border-exchange-1': 2023-12-12 (u11-vietnamplus-2023-11-20) vs 2023-12-14 (u12-vietnamplus-2023-12-14)
            231 entities, 526 relations, 31 sources: 0 errors, 2 warnings

            """)
    }
}
