import Foundation
import Testing

/// `relgraph links` and `relgraph neighbors`: connections explained, every relation cited.
@Suite struct AnalysisLinksTests {
    @Test func linksListSharedDocumentThenLongerPaths() throws {
        let result = try CLI.minimal(["links", "phan-van-giang", "chansamone-chanyalath"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Phan Văn Giang [phan-van-giang] and Chansamone Chanyalath [chansamone-chanyalath]

            same document: 1
              Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029 [protocol-2025]
                Phan Văn Giang —signed→ Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029 (2024-10-22; vtc ¶14, "ký Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029")
                Chansamone Chanyalath —signed→ Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029 (2024-10-22; vtc ¶14, "ký Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029")

            longer paths: 1
              path 1: 5 hops
                Phan Văn Giang —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
                Bộ trưởng Bộ Quốc phòng Việt Nam —post_in→ Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
                Bộ Quốc phòng Việt Nam —cooperates_with— Bộ Quốc phòng Lào (vtc ¶9, "ký thỏa thuận hợp tác giữa Bộ Quốc phòng hai nước")
                Bộ Quốc phòng Lào ←post_in— Bộ trưởng Bộ Quốc phòng Lào (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Lào")
                Bộ trưởng Bộ Quốc phòng Lào ←holds— Chansamone Chanyalath (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Lào")

            """)
    }

    @Test func directRelationsComeFirstAndGroupsAreNamed() throws {
        let ministries = try CLI.minimal(["links", "mod-vn", "mod-la", "--k", "0"])
        #expect(ministries.stdout == """
            Bộ Quốc phòng Việt Nam [mod-vn] and Bộ Quốc phòng Lào [mod-la]

            direct relations: 1
              Bộ Quốc phòng Việt Nam —cooperates_with— Bộ Quốc phòng Lào (vtc ¶9, "ký thỏa thuận hợp tác giữa Bộ Quốc phòng hai nước")

            """)
        let departments = try OrgFixture.run(["links", "dept-1", "dept-2", "--k", "0"])
        #expect(departments.stdout == """
            Department One [dept-1] and Department Two [dept-2]

            same parent organisation: 1
              Ministry A [mod-a]
                Department One —part_of→ Ministry A (art ¶1, "q1")
                Department Two —part_of→ Ministry A (art ¶1, "q2")

            """)
    }

    @Test func linksJSONGroupsSharedNeighbours() throws {
        let result = try OrgFixture.run(["links", "bao", "kham", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let shared = json?["shared"] as? [[String: Any]]
        #expect(shared?.map { $0["sharing"] as? String } == ["same event"])
        #expect(shared?.map { ($0["entity"] as? [String: Any])?["id"] as? String } == ["talks"])
        #expect((shared?.first?["from_first"] as? [[String: Any]])?.first?["id"] as? String == "participated_in:bao->talks")
        #expect((json?["longer"] as? [[String: Any]])?.map { $0["hops"] as? Int } == [4])
        #expect((json?["direct"] as? [Any])?.isEmpty == true)
    }

    @Test func unconnectedEntitiesExit1() throws {
        let result = try CLI.minimal(["links", "mod-vn", "moc-chau"])
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: error: no path from mod-vn to moc-chau within 6 hops\n")
        #expect(try CLI.minimal(["links", "mod-vn", "mod-vn"]).status == 64)
    }

    @Test func neighborsLevelByLevel() throws {
        let result = try OrgFixture.run(["neighbors", "dept-1", "--depth", "2"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Department One [dept-1]: 7 entities within 2 hops
            depth 1
              Department One —part_of→ Ministry A (art ¶1, "q1")
              Department One ←part_of— Unit X (art ¶2, "q3")
              Department One ←heads— Director One (art ¶4, "q6")
            depth 2
              Ministry A ←part_of— Department Two (art ¶1, "q2")
              Ministry A ←post_in— Minister A (art ¶3, "q4")
              Ministry A ←post_in— Deputy Minister A (art ¶3, "q5")
              Ministry A —cooperates_with— Ministry B (planned; art ¶6, "q11")

            """)
        // Following relations from → to only: Kham's membership points into Ministry B, not out of it.
        let out = try OrgFixture.run(["neighbors", "dept-1", "--depth", "3", "--direction", "out"])
        #expect(out.stdout == """
            Department One [dept-1]: 2 entities within 3 hops
            depth 1
              Department One —part_of→ Ministry A (art ¶1, "q1")
            depth 2
              Ministry A —cooperates_with— Ministry B (planned; art ¶6, "q11")

            """)
    }

    @Test func neighborsJSONShowsEveryParallelRelation() throws {
        let result = try CLI.minimal(["neighbors", "mod-vn", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let neighbors = json?["neighbors"] as? [[String: Any]]
        #expect(neighbors?.map { ($0["entity"] as? [String: Any])?["id"] as? String } == ["vn-minister", "mod-la"])
        #expect(neighbors?.map { ($0["relations"] as? [Any])?.count } == [1, 1])
        #expect(try CLI.minimal(["neighbors", "mod-vn", "--depth", "0"]).status == 64)
        #expect(try CLI.minimal(["neighbors", "nobody"]).stderr == "relgraph: error: no entity matches 'nobody'\n")
    }
}
