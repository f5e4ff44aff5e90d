import Foundation
import Testing

/// `relgraph extract` and `merge-proposals`: proposals with their quotes and offsets, the review file, and
/// the round trip extract → review → merge on a corpus article removed from a copy of the bundled dataset.
@Suite struct ExtractCommandTests {
    static let bundled = CLI.packageRoot.appendingPathComponent("Data/vietnam-laos-defence")
    static let u06 = "u06-vns-2025-03-28"

    /// A copy of the bundled dataset without U06's article file and text, and U06 as a corpus file.
    static func workspace() throws -> (folder: URL, data: String, corpus: String) {
        let folder = try CLI.temporaryFolder()
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: bundled, to: data)
        let text = data.appendingPathComponent("texts/\(u06).txt")
        let body = try Data(contentsOf: text)
        try FileManager.default.removeItem(at: text)
        try FileManager.default.removeItem(at: data.appendingPathComponent("articles/\(u06).yaml"))
        let corpus = folder.appendingPathComponent("U06.txt")
        var file = Data("title: Việt Nam, Laos hold fifth defence policy dialogue\npublisher: Viet Nam News (VNS)\ndate: 2025-03-28\nlanguage: en\n---\n".utf8)
        file.append(body)
        try file.write(to: corpus)
        return (folder, data.path, corpus.path)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// A new person after a rank, resolved posts and rounds, a spelling the dataset writes otherwise.
    @Test func newArticleAgainstTheBundledDataset() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            Major General Somsak Inthavong, Deputy Minister of National Defence of Laos, attended the fifth Việt Nam – Laos defence policy dialogue in Luang Prabang province on March 28.

            Sen. Lt. Gen. Khamliang Outhakaysone received Somsak Inthavong.

            """.write(to: folder.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "new.txt", "--source", "new-article"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            new-article (en): 1 new entities, 3 new relations, 3 citations of relations the dataset has
              + person somsak-inthavong  ¶1 0.8  "Somsak Inthavong"
              + has_rank somsak-inthavong → rank-major-general  ¶1 0.76 rank-before-name  "Major General Somsak Inthavong"
              + holds somsak-inthavong → post-la-deputy-defence-minister  ¶1 0.68 post-after-name  "Somsak Inthavong, Deputy Minister of National Defence of Laos"
              + participated_in somsak-inthavong → dialogue-5  ¶1 0.56 participation-verb  "Somsak Inthavong, Deputy Minister of National Defence of Laos, attended the fifth Việt Nam – Laos defence policy dialogue"
              = held_at dialogue-5 → luang-prabang  ¶1 0.8 event-place  "fifth Việt Nam – Laos defence policy dialogue in Luang Prabang province"
              = round_of dialogue-5 → defence-policy-dialogue  ¶1 0.9 round-ordinal  "fifth Việt Nam – Laos defence policy dialogue"
              = has_rank khamlieng-outhakaysone → rank-senior-lieutenant-general  ¶2 0.95 rank-before-name  "Sen. Lt. Gen. Khamliang Outhakaysone"

            """)
    }

    /// The language a corpus header declares is the article's; text without a header is detected, and
    /// --lang overrides both. (A French sentence full of Vietnamese names reads as Vietnamese.)
    @Test func headerLanguageBeforeDetection() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "Le vice-ministre Hoàng Xuân Chiến a reçu Nguyễn Tân Cương à Hà Nội."
        try "title: t\npublisher: p\ndate: 2024-10-22\nlanguage: fr\n---\n\(sentence)\n"
            .write(to: folder.appendingPathComponent("header.txt"), atomically: true, encoding: .utf8)
        try "\(sentence)\n".write(to: folder.appendingPathComponent("bare.txt"), atomically: true, encoding: .utf8)
        func language(_ arguments: [String]) throws -> String? {
            let result = try CLI.run(["extract"] + arguments + ["--source", "s", "--format", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])["language"] as? String
        }
        #expect(try language(["header.txt"]) == "fr")
        #expect(try language(["bare.txt"]) == "vi")  // its letters say Vietnamese: the names' diacritics
        #expect(try language(["header.txt", "--lang", "en"]) == "en")
    }

    /// The JSON of a corpus article's first proposals: quote, offsets, locator, confidence, rule.
    @Test func corpusArticleJSON() throws {
        let (folder, data, corpus) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["extract", corpus, "--data", data, "--source", Self.u06, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(json["language"] as? String == "en")
        #expect(json["date"] as? String == "2025-03-28")
        let relations = try #require(json["relations"] as? [[String: Any]])
        let rank = try #require(relations.first { $0["id"] as? String == "chien-rank-senior-lieutenant-general" })
        let first = try JSONSerialization.data(withJSONObject: rank, options: [.sortedKeys])
        #expect(String(decoding: first, as: UTF8.self) == #"{"evidence":{"confidence":0.95,"end":82,"locator":"¶1","quote":"Senior Lieutenant General Hoàng Xuân Chiến","rule":"rank-before-name","start":40},"existing":true,"from":"hoang-xuan-chien","id":"chien-rank-senior-lieutenant-general","qualifiers":{},"status":"reported","to":"rank-senior-lieutenant-general","type":"has_rank"}"#)
        let round = try #require(relations.first { $0["type"] as? String == "round_of" })
        let evidence = try #require(round["evidence"] as? [String: Any])
        #expect(evidence["quote"] as? String == "fifth Việt Nam – Laos defence policy dialogue")
        #expect(evidence["start"] as? Int == 168 && evidence["end"] as? Int == 213)
        #expect(round["id"] as? String == "dialogue-5-round-of-dialogue")
    }

    /// extract → review → merge brings the article's relations back; validate passes; a rejected
    /// proposal is not proposed again.
    @Test func extractReviewMergeRoundTrip() throws {
        let (folder, data, corpus) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = folder.appendingPathComponent("review.yaml").path
        let added = try CLI.run(["add-source", corpus, "--data", data, "--id", Self.u06])
        #expect(added.status == 0, "\(added.stderr)")
        let extracted = try CLI.run(["extract", corpus, "--data", data, "--source", Self.u06, "-o", review])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        // The minutes "the two parties signed" are the one new entity, with signed_at and the two ministries' party_to.
        #expect(extracted.stdout.hasPrefix("u06-vns-2025-03-28 (en): 1 new entities, 3 new relations, 20 citations of relations the dataset has\n"))
        let text = try Self.read(review)
        #expect(text.contains("""
              - relation: "sivixay-rank-major-general"
                # has_rank: sivixay-phengsantisouk → rank-major-general
                sources: [{source: "u06-vns-2025-03-28", quote: "Major General Sivixay Phengsantisouk", locator: "¶8"}]
                review: pending
                evidence: {rule: rank-before-name, confidence: 0.95, start: 1781, end: 1817}

            """))
        // Accept everything but the first citation, which is rejected.
        var decided = text.replacingOccurrences(of: "review: pending", with: "review: accept")
        let citations = try #require(decided.range(of: "\nextend:\n"))
        decided = decided.replacingOccurrences(of: "review: accept", with: "review: reject",
                                               range: decided.range(of: "review: accept", range: citations.upperBound..<decided.endIndex))
        try decided.write(toFile: review, atomically: true, encoding: .utf8)
        let merged = try CLI.run(["merge-proposals", review, "--data", data])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == "merged into articles/u06-vns-2025-03-28.yaml: 1 entities, 3 relations, 19 citations; 1 rejected, 0 pending\n")
        let validated = try CLI.run(["validate", "--data", data])
        #expect(validated.status == 0, "\(validated.stderr)")
        let article = try Self.read("\(data)/articles/\(Self.u06).yaml")
        for relation in ["chien-co-chairs-dialogue-5", "vongkham-co-chairs-dialogue-5", "dialogue-5-held-at-luang-prabang",
                         "dialogue-5-round-of-dialogue", "sivixay-rank-major-general", "dialogue-5-covers-training",
                         "vongkham-holds-la-deputy-defence-minister"] {
            #expect(article.contains("- relation: \"\(relation)\""), "\(relation)")
        }
        #expect(article.contains("  - id: \"minutes-fifth-viet-nam-laos-defence-policy-dialogue-signed-at-dialogue-5\""))
        #expect(try Self.read("\(data)/rejected-proposals.yaml") == """
            # Proposals of `relgraph extract` rejected in review, per source: not proposed again for that source.
            rejected:
              - {source: "u06-vns-2025-03-28", type: holds, from: "hoang-xuan-chien", to: "post-vn-deputy-defence-minister"}

            """)
        let again = try CLI.run(["extract", corpus, "--data", data, "--source", Self.u06])
        #expect(again.stdout == "u06-vns-2025-03-28 (en): 0 new entities, 0 new relations, 0 citations of relations the dataset has, 1 rejected before\n")
    }

    /// Merging the same review twice: the second merge adds nothing (no entity, relation or citation
    /// twice), says so, and leaves the article file byte for byte as the first merge wrote it.
    @Test func mergingTwiceChangesNothing() throws {
        let (folder, data, _) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("new.txt")
        try """
            title: Lao deputy minister at the fifth dialogue
            publisher: Test
            date: 2025-03-28
            language: en
            ---
            Major General Somsak Inthavong, Deputy Minister of National Defence of Laos, attended the fifth Việt Nam – Laos defence policy dialogue in Luang Prabang province on March 28.

            """.write(to: article, atomically: true, encoding: .utf8)
        let added = try CLI.run(["add-source", article.path, "--data", data, "--id", "new-article"])
        #expect(added.status == 0, "\(added.stderr)")
        let review = folder.appendingPathComponent("review.yaml").path
        let extracted = try CLI.run(["extract", article.path, "--data", data, "--source", "new-article", "-o", review])
        #expect(extracted.stdout.hasPrefix("new-article (en): 1 new entities, 3 new relations, 2 citations of relations the dataset has\n"))
        try Self.read(review).replacingOccurrences(of: "review: pending", with: "review: accept")
            .write(toFile: review, atomically: true, encoding: .utf8)
        let first = try CLI.run(["merge-proposals", review, "--data", data])
        #expect(first.stdout == "merged into articles/new-article.yaml: 1 entities, 3 relations, 2 citations; 0 rejected, 0 pending\n")
        let written = try Self.read("\(data)/articles/new-article.yaml")
        let second = try CLI.run(["merge-proposals", review, "--data", data])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "merged into articles/new-article.yaml: 0 entities, 0 relations, 0 citations; 0 rejected, 0 pending; 6 already in the dataset, left alone\n")
        #expect(try Self.read("\(data)/articles/new-article.yaml") == written)
        #expect(try CLI.run(["validate", "--data", data]).status == 0)
    }

    /// A missing, empty or non-UTF-8 article, or a review file that is not one: one line, non-zero exit.
    @Test func badInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x66, 0xff, 0xfe]).write(to: folder.appendingPathComponent("binary.txt"))
        try "title: x\n---\n   \n".write(to: folder.appendingPathComponent("blank.txt"), atomically: true, encoding: .utf8)
        try "source: [1, 2]\n".write(to: folder.appendingPathComponent("review.yaml"), atomically: true, encoding: .utf8)
        let cases: [([String], Int32, String)] = [
            (["extract", "missing.txt"], 65, "missing.txt: error: cannot read the file\n"),
            (["extract", "empty.txt"], 65, "empty.txt: error: the article has no text\n"),
            (["extract", "blank.txt"], 65, "blank.txt: error: the article has no text\n"),
            (["extract", "binary.txt"], 65, "binary.txt: error: the file is not valid UTF-8 text\n"),
            (["extract", "empty.txt", "--lang", "de"], 64, ""),
        ]
        for (arguments, status, stderr) in cases {
            let result = try CLI.run(arguments, in: folder)
            #expect(result.status == status, "\(arguments)")
            if !stderr.isEmpty { #expect(result.stderr == stderr, "\(arguments)") }
            #expect(result.stdout.isEmpty)
        }
        let merge = try CLI.run(["merge-proposals", "review.yaml", "--data", folder.path], in: folder)
        #expect(merge.status == 65)
        #expect(merge.stderr.hasPrefix("review.yaml: error: not a review file: "))
        #expect(merge.stderr.filter { $0 == "\n" }.count == 1)
    }

    /// The review file the README shows is what extract writes.
    @Test func readmeReviewFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.bundled.appendingPathComponent("texts"), to: folder.appendingPathComponent("texts"))
        let result = try CLI.run(["extract", "texts/\(Self.u06).txt", "--source", "u06-demo", "-o", "proposals.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```yaml\n# Proposals of `relgraph extract` for source u06-demo"))
        let block = readme[readme.index(start.lowerBound, offsetBy: "```yaml\n".count)...]
        let shown = String(block[..<block.range(of: "```")!.lowerBound])
        #expect(try Self.read(folder.appendingPathComponent("proposals.yaml").path).hasPrefix(shown))
    }
}
