import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph xref`, `judge`, `merge` and `split` on the real binary and real files.
@Suite struct XrefCommandTests {
    static let fixture = TestFiles.fixture("datasets/xref")

    /// A copy of the fixture in a fresh folder, for the commands that write judgements.yaml.
    static func copy() throws -> String {
        let folder = try TestFiles.temporaryFolder().appendingPathComponent("xref")
        try FileManager.default.copyItem(atPath: fixture, toPath: folder.path)
        return folder.path
    }

    @Test func xrefListsThePairsWithTheirEvidence() throws {
        let result = try CLI.run(["xref", "--data", Self.fixture])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            3 candidate pairs (8 compared, 0 spelling keys too common, 0 judged different, 1 ruled out)

            1. 1.121  person  chansamone ~ chansamone-vi
               + names "Chansamone Chanyalath" ~ "Chăn-sạ-mỏn Chăn-nha-lạt" (0.94)
               + same country LA
               + 1 shared neighbour: mod-laos
               + both member_of mod-laos

            2. 1.050  place  luang-prabang ~ luong-phra-bang
               + names "Luang Prabang" ~ "Luông Phra Băng" (1.00)
               + same country LA

            3. 1.000  event  dialogue-5 ~ dialogue-5-en
               + names "fifth Việt Nam – Laos defence policy dialogue" ~ "5th Vietnam–Laos Defence Policy Dialogue" (1.00)

            """)
    }

    @Test func xrefJSONGivesEachPairsScoreAndEvidence() throws {
        let result = try CLI.run(["xref", "--data", Self.fixture, "--format", "json", "--limit", "1"])
        #expect(result.status == 0)
        struct Report: Decodable {
            struct Pair: Decodable {
                struct Entity: Decodable { var id: String }
                var a: Entity, b: Entity, score: Double, names: [String]
                var `for`: [String], against: [String]
            }
            var candidates: [Pair]
            var total: Int, compared: Int, ruled_out: Int, judged_different: Int
        }
        let report = try JSONDecoder().decode(Report.self, from: result.stdoutBytes)
        #expect(report.candidates.count == 1)
        #expect((report.total, report.compared, report.ruled_out, report.judged_different) == (3, 8, 1, 0))
        let pair = try #require(report.candidates.first)
        #expect((pair.a.id, pair.b.id, pair.score) == ("chansamone", "chansamone-vi", 1.121))
        #expect(pair.for == ["names \"Chansamone Chanyalath\" ~ \"Chăn-sạ-mỏn Chăn-nha-lạt\" (0.94)", "same country LA",
                             "1 shared neighbour: mod-laos", "both member_of mod-laos"])
        #expect(pair.against == [])
    }

    @Test func aPairJudgedDifferentIsNeverProposedAgain() throws {
        let folder = try Self.copy()
        let judged = try CLI.run(["judge", "luang-prabang", "luong-phra-bang", "--different", "--data", folder,
                                  "--by", "analyst", "--at", "2026-12-03T08:00:00Z", "--why", "two places"])
        #expect(judged.status == 0)
        #expect(judged.stdout == "recorded: luang-prabang and luong-phra-bang are different\n")
        #expect(try String(contentsOfFile: folder + "/judgements.yaml", encoding: .utf8) == """
            judgements:
              - {different: [luang-prabang, luong-phra-bang], by: "analyst", at: "2026-12-03T08:00:00Z", why: "two places"}

            """)
        let result = try CLI.run(["xref", "--data", folder])
        #expect(result.stdout.hasPrefix("2 candidate pairs (8 compared, 0 spelling keys too common, 1 judged different, 1 ruled out)\n"))
        #expect(!result.stdout.contains("luong-phra-bang"))
        let again = try CLI.run(["merge", "luang-prabang", "luong-phra-bang", "--data", folder, "--by", "a", "--at", "t"])
        #expect(again.status == 65)
        #expect(again.stderr == "\(folder)/judgements.yaml:3:12: error: 'luang-prabang' and 'luong-phra-bang' are judged both the same and different\n")
    }

    @Test func mergeMovesEverythingAndSplitGivesTheFolderBackByteForByte() throws {
        let folder = try Self.copy()
        let merged = try CLI.run(["merge", "chansamone", "chansamone-vi", "--data", folder, "--by", "analyst",
                                  "--at", "2026-12-03T08:00:00Z", "--why", "one minister"])
        #expect(merged.status == 0)
        #expect(merged.stdout == "merged chansamone-vi into chansamone\n")
        let show = try CLI.run(["show", "chansamone", "--data", folder])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Chăn-sạ-mỏn Chăn-nha-lạt"))
        #expect(show.stdout.contains("merged_from  chansamone-vi"))
        let stats = try CLI.run(["stats", "--data", folder, "--format", "json"])
        #expect(stats.stdout.contains("\"count\" : 3,\n        \"name\" : \"person\""))
        // The merged-away id finds the entity it was merged into.
        let gone = try CLI.run(["show", "chansamone-vi", "--data", folder])
        #expect(gone.status == 0)
        #expect(gone.stdout.hasPrefix("Chansamone Chanyalath [chansamone]\n"))
        let split = try CLI.run(["split", "chansamone", "chansamone-vi", "--data", folder])
        #expect(split.status == 0)
        #expect(split.stdout == "split chansamone-vi from chansamone\n")
        for name in ["sources.yaml", "entities.yaml", "relations.yaml"] {
            #expect(FileManager.default.contents(atPath: folder + "/" + name) ==
                    FileManager.default.contents(atPath: Self.fixture + "/" + name))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() ==
                ["entities.yaml", "relations.yaml", "sources.yaml"])
    }

    @Test func badJudgementsAreRefusedWithOneLine() throws {
        let folder = try Self.copy()
        let unknown = try CLI.run(["merge", "chansamone", "nobody", "--data", folder, "--by", "a", "--at", "t"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "relgraph: error: no entity 'nobody' in the dataset\n")
        let kinds = try CLI.run(["merge", "chansamone", "mod-laos", "--data", folder, "--by", "a", "--at", "t"])
        #expect(kinds.status == 65)
        #expect(kinds.stderr == "\(folder)/judgements.yaml:2:12: error: cannot merge 'mod-laos' (organization) into 'chansamone' (person): kinds differ\n")
        let notDifferent = try CLI.run(["judge", "chansamone", "mod-laos", "--data", folder])
        #expect(notDifferent.status == 64)
        let never = try CLI.run(["split", "chansamone", "chansamone-vi", "--data", folder])
        #expect(never.status == 65)
        #expect(never.stderr == "\(folder)/judgements.yaml:1:1: error: no judgements: chansamone and chansamone-vi were never merged\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/judgements.yaml"))
        try "judgements:\n  - {same: [chansamone, nobody]}\n".write(toFile: folder + "/judgements.yaml", atomically: true, encoding: .utf8)
        let invalid = try CLI.run(["validate", "--data", folder])
        #expect(invalid.status == 65)
        #expect(invalid.stdout.contains("\(folder)/judgements.yaml:2:12: error: unknown entity 'nobody' in a judgement"))
    }
}
