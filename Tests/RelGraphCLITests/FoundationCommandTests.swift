import Foundation
import Testing

/// `validate`, `stats`, `search`, `show` run as a real process on the minimal fixture dataset,
/// with exact text and JSON output.
@Suite struct FoundationCommandTests {
    @Test func validateCleanDataset() throws {
        let result = try CLI.minimal(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout == "8 entities, 7 relations, 1 sources: 0 errors, 0 warnings\n")
        #expect(result.stderr == "")
    }

    @Test func validateReportsEveryErrorWithItsPositionAndExits65() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["sources.yaml", "entities.yaml", "relations.yaml"] {
            try FileManager.default.copyItem(atPath: CLI.fixture("datasets/minimal/\(name)"),
                                             toPath: folder.appendingPathComponent(name).path)
        }
        try FileManager.default.copyItem(atPath: CLI.fixture("invalid/dangling-reference.yaml"),
                                         toPath: folder.appendingPathComponent("x.yaml").path)
        try FileManager.default.copyItem(atPath: CLI.fixture("invalid/unknown-kind.yaml"),
                                         toPath: folder.appendingPathComponent("y.yaml").path)
        let result = try CLI.run(["validate", "--data", folder.path])
        #expect(result.status == 65)
        #expect(result.stdout == """
            \(folder.path)/x.yaml:5:11: error: relation 'nobody-holds-minister' refers to unknown entity 'nobody'
            \(folder.path)/y.yaml:4:11: error: unknown entity kind 'ministry' (known: person, organization, post, mechanism, event, document, place, topic, rank)
            9 entities, 8 relations, 1 sources: 2 errors, 0 warnings

            """)
        // Other commands refuse the dataset with the same lines on stderr.
        let stats = try CLI.run(["stats", "--data", folder.path])
        #expect(stats.status == 65)
        #expect(stats.stdout == "")
        #expect(stats.stderr.split(separator: "\n").count == 2)
    }

    @Test func validateJSON() throws {
        let result = try CLI.minimal(["validate", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            {
              "diagnostics" : [

              ],
              "entities" : 8,
              "errors" : 0,
              "relations" : 7,
              "sources" : 1,
              "valid" : true,
              "warnings" : 0
            }

            """)
    }

    @Test func stats() throws {
        let result = try CLI.minimal(["stats"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Minimal example
            entities  8
              organization  2
              person        2
              post          2
              document      1
              place         1
            relations  7
              holds            2
              post_in          2
              signed           2
              cooperates_with  1
            status  7
              reported  7
            sources  1
              article  1
            dated relations: 2 of 7

            """)
    }

    @Test func statsJSONCountsByKind() throws {
        let result = try CLI.minimal(["stats", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let entities = json?["entities"] as? [String: Any]
        #expect(entities?["total"] as? Int == 8)
        let byKind = (entities?["by"] as? [[String: Any]])?.map { "\($0["name"]!)=\($0["count"]!)" }
        #expect(byKind == ["organization=2", "person=2", "post=2", "document=1", "place=1"])
        #expect(json?["dated_relations"] as? Int == 2)
    }

    @Test(arguments: ["dien bien", "Điện Biên", "DIEN  BIEN", "điện-biên"])
    func searchFoldsCaseDiacriticsAndSpacing(query: String) throws {
        let result = try CLI.run(["search", query, "--data", CLI.fixture("datasets/lookup")])
        #expect(result.status == 0)
        #expect(result.stdout == """
            dien-bien-province  place         Điện Biên
            dien-bien-phu       event         Chiến thắng Điện Biên Phủ
            pmc-dien-bien       organization  Bộ Chỉ huy Quân sự tỉnh Điện Biên (as Bộ CHQS tỉnh Điện Biên)

            """)
    }

    /// A quoted "null" or "~" is a name, not a missing value.
    @Test func quotedNullIsAName() throws {
        let result = try CLI.run(["search", "null", "--data", CLI.fixture("datasets/lookup")])
        #expect(result.stdout == "null-village  place  null\n")
    }

    @Test func searchJSON() throws {
        let result = try CLI.minimal(["search", "giang", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            {
              "matches" : [
                {
                  "id" : "phan-van-giang",
                  "kind" : "person",
                  "matched" : "Phan Văn Giang",
                  "name" : "Phan Văn Giang",
                  "quality" : "prefix"
                }
              ],
              "query" : "giang"
            }

            """)
    }

    @Test func searchWithoutMatchExits1() throws {
        let result = try CLI.minimal(["search", "hun sen"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "relgraph: error: no entity matches 'hun sen'\n")
    }

    @Test func showEntityWithRelationsAndCitations() throws {
        let result = try CLI.minimal(["show", "phan van giang"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Phan Văn Giang [phan-van-giang]
            kind:     person
            country:  VN
            names:
              Phan Văn Giang  vi  official
              Phan Van Giang  en  transliteration
            attributes:
              rank     Đại tướng
              rank_en  General
            relations: 2
              —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam [vn-minister]  (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              —signed→ Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029 [protocol-2025]  (2024-10-22; vtc ¶14, "ký Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029")
            posts and ranks:
              2024-10-22  holds  Bộ trưởng Bộ Quốc phòng Việt Nam [vn-minister]  (vtc)

            """)
    }

    @Test func showIncomingAndSymmetricRelations() throws {
        let result = try CLI.minimal(["show", "mod-la"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""
            relations: 2
              ←post_in— Bộ trưởng Bộ Quốc phòng Lào [la-minister]  (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Lào")
              —cooperates_with— Bộ Quốc phòng Việt Nam [mod-vn]  (vtc ¶9, "ký thỏa thuận hợp tác giữa Bộ Quốc phòng hai nước")

            """))
    }

    @Test func showJSONCarriesTheFullRecords() throws {
        let result = try CLI.minimal(["show", "protocol-2025", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let relations = json?["relations"] as? [[String: Any]]
        #expect(relations?.count == 2)
        let first = relations?.first
        #expect(first?["direction"] as? String == "in")
        #expect((first?["other"] as? [String: Any])?["id"] as? String == "phan-van-giang")
        let relation = first?["relation"] as? [String: Any]
        #expect(relation?["from_date"] as? String == "2024-10-22")
        #expect((relation?["sources"] as? [[String: Any]])?.first?["locator"] as? String == "¶14")
    }

    @Test func ambiguousNameListsCandidatesAndExits1() throws {
        let result = try CLI.minimal(["show", "bo quoc phong"])
        #expect(result.status == 1)
        #expect(result.stderr == """
            relgraph: error: 'bo quoc phong' is ambiguous: mod-la (Bộ Quốc phòng Lào), mod-vn (Bộ Quốc phòng Việt Nam), \
            la-minister (Bộ trưởng Bộ Quốc phòng Lào), vn-minister (Bộ trưởng Bộ Quốc phòng Việt Nam); use an id

            """)
    }

    @Test func usageErrorsExit64() throws {
        let result = try CLI.minimal(["search", "x", "--limit", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--limit must be at least 1"))
        #expect(try CLI.run(["show"]).status == 64)
        #expect(try CLI.run(["stats", "--format", "yaml"]).status == 64)
    }

    @Test func missingDataFolderExits65() throws {
        let result = try CLI.run(["stats", "--data", "/nonexistent/dataset"])
        #expect(result.status == 65)
        #expect(result.stderr == "/nonexistent/dataset: error: no such file or folder\n")
    }

    @Test func bundledDatasetWorksFromAnyDirectory() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["validate"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("231 entities, 526 relations, 31 sources: 0 errors, 2 warnings\n"))
    }
}
