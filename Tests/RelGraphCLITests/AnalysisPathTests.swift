import Foundation
import Testing

/// `relgraph path` run as a real process: hops with dates and sources, k shortest, all paths, filters.
@Suite struct AnalysisPathTests {
    @Test func shortestPathExplainsEachHop() throws {
        let result = try CLI.minimal(["path", "phan van giang", "mod-la"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            path 1 of 1: 3 hops
              Phan Văn Giang —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              Bộ trưởng Bộ Quốc phòng Việt Nam —post_in→ Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              Bộ Quốc phòng Việt Nam —cooperates_with— Bộ Quốc phòng Lào (vtc ¶9, "ký thỏa thuận hợp tác giữa Bộ Quốc phòng hai nước")

            """)
    }

    @Test func kShortestPathsAreListedShortestFirst() throws {
        let result = try CLI.minimal(["path", "phan-van-giang", "chansamone-chanyalath", "--k", "3"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            path 1 of 2: 2 hops
              Phan Văn Giang —signed→ Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029 (2024-10-22; vtc ¶14, "ký Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029")
              Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029 ←signed— Chansamone Chanyalath (2024-10-22; vtc ¶14, "ký Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029")

            path 2 of 2: 5 hops
              Phan Văn Giang —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              Bộ trưởng Bộ Quốc phòng Việt Nam —post_in→ Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              Bộ Quốc phòng Việt Nam —cooperates_with— Bộ Quốc phòng Lào (vtc ¶9, "ký thỏa thuận hợp tác giữa Bộ Quốc phòng hai nước")
              Bộ Quốc phòng Lào ←post_in— Bộ trưởng Bộ Quốc phòng Lào (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Lào")
              Bộ trưởng Bộ Quốc phòng Lào ←holds— Chansamone Chanyalath (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Lào")

            """)
    }

    @Test func allPathsStopAtMaxPathsAndSaySo() throws {
        let result = try CLI.minimal(["path", "phan-van-giang", "mod-la", "--all", "--max-hops", "5", "--max-paths", "1"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            path 1 of 1+: 3 hops
              Phan Văn Giang —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              Bộ trưởng Bộ Quốc phòng Việt Nam —post_in→ Bộ Quốc phòng Việt Nam (vtc ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              Bộ Quốc phòng Việt Nam —cooperates_with— Bộ Quốc phòng Lào (vtc ¶9, "ký thỏa thuận hợp tác giữa Bộ Quốc phòng hai nước")

            stopped after 1 path (--max-paths); more exist within 5 hops

            """)
        let all = try CLI.minimal(["path", "phan-van-giang", "mod-la", "--all", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: all.stdoutBytes) as? [String: Any]
        #expect((json?["paths"] as? [[String: Any]])?.map { $0["hops"] as? Int } == [3, 4])
        #expect(json?["truncated"] as? Bool == false)
        #expect(json?["max_hops"] as? Int == 6)
    }

    @Test func jsonNamesEveryStepAndHowItWasWalked() throws {
        let result = try CLI.minimal(["path", "vn-minister", "mod-la", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let steps = (json?["paths"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]]
        #expect(steps?.map { $0["walked"] as? String } == ["forward", "both"])
        #expect(steps?.map { ($0["relation"] as? [String: Any])?["id"] as? String }
            == ["post_in:vn-minister->mod-vn", "ministries-cooperate"])
        #expect(steps?.map { ($0["to"] as? [String: Any])?["id"] as? String } == ["mod-vn", "mod-la"])
    }

    @Test func noPathExits1WithOneLine() throws {
        let unreachable = try CLI.minimal(["path", "phan-van-giang", "moc-chau"])
        #expect(unreachable.status == 1)
        #expect(unreachable.stdout == "")
        #expect(unreachable.stderr == "relgraph: error: no path from phan-van-giang to moc-chau\n")
        let bounded = try CLI.minimal(["path", "phan-van-giang", "mod-la", "--max-hops", "2"])
        #expect(bounded.status == 1)
        #expect(bounded.stderr == "relgraph: error: no path from phan-van-giang to mod-la within 2 hops\n")
    }

    @Test func unknownEntityExits1WithTheLookupMessage() throws {
        let result = try CLI.minimal(["path", "phan-van-giang", "nobody"])
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: error: no entity matches 'nobody'\n")
    }

    @Test func badFiltersAreUsageErrors() throws {
        let type = try CLI.minimal(["path", "phan-van-giang", "mod-la", "--types", "holds,bogus"])
        #expect(type.status == 64)
        #expect(type.stderr.hasPrefix("relgraph: error: unknown relation type 'bogus' (known: co_chairs,"))
        let date = try CLI.minimal(["path", "phan-van-giang", "mod-la", "--at", "2024-13"])
        #expect(date.status == 64)
        #expect(date.stderr.hasPrefix("Error: --at must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '2024-13'"))
        let kind = try CLI.minimal(["path", "phan-van-giang", "mod-la", "--kinds", "ministry"])
        #expect(kind.status == 64)
        #expect(kind.stderr.hasPrefix("relgraph: error: unknown entity kind 'ministry'"))
        let avoidEnd = try CLI.minimal(["path", "phan-van-giang", "mod-la", "--avoid", "mod-la"])
        #expect(avoidEnd.status == 64)
        #expect(avoidEnd.stderr == "relgraph: error: --avoid mod-la names an end of the path\n")
        #expect(try CLI.minimal(["path", "phan-van-giang", "mod-la", "--all", "--k", "2"]).status == 64)
    }

    @Test func typesKindsAndAvoidNarrowTheSearch() throws {
        // Only holds/signed relations: through the protocol the two ministers signed.
        let types = try CLI.minimal(["path", "vn-minister", "la-minister", "--types", "holds,signed"])
        #expect(types.stdout.hasPrefix("path 1 of 1: 4 hops\n  Bộ trưởng Bộ Quốc phòng Việt Nam ←holds— Phan Văn Giang"))
        let excluded = try CLI.minimal(["path", "vn-minister", "la-minister", "--exclude-types", "cooperates_with"])
        #expect(excluded.stdout.hasPrefix("path 1 of 1: 4 hops\n"))
        let kinds = try CLI.minimal(["path", "vn-minister", "la-minister", "--kinds", "organization"])
        #expect(kinds.stdout.hasPrefix("path 1 of 1: 3 hops\n  Bộ trưởng Bộ Quốc phòng Việt Nam —post_in→ Bộ Quốc phòng Việt Nam"))
        let avoided = try CLI.minimal(["path", "vn-minister", "la-minister", "--avoid", "mod-vn", "--avoid", "protocol-2025"])
        #expect(avoided.status == 1)
        #expect(avoided.stderr == "relgraph: error: no path from vn-minister to la-minister\n")
    }

    @Test func statusDateAndDirectionFilters() throws {
        // The only short way runs through a planned cooperation.
        let planned = try OrgFixture.run(["path", "unit-x", "kham"])
        #expect(planned.stdout == """
            path 1 of 1: 4 hops
              Unit X —part_of→ Department One (art ¶2, "q3")
              Department One —part_of→ Ministry A (art ¶1, "q1")
              Ministry A —cooperates_with— Ministry B (planned; art ¶6, "q11")
              Ministry B ←member_of— Kham (art ¶6, "q12")

            """)
        let reported = try OrgFixture.run(["path", "unit-x", "kham", "--reported-only"])
        #expect(reported.stdout == """
            path 1 of 1: 6 hops
              Unit X —part_of→ Department One (art ¶2, "q3")
              Department One —part_of→ Ministry A (art ¶1, "q1")
              Ministry A ←post_in— Minister A (art ¶3, "q4")
              Minister A ←holds— Bao (from 2024-07; art ¶5, "q9")
              Bao —participated_in→ Talks (2024-05-12; art ¶8, "q18")
              Talks ←participated_in— Kham (2024-05-12; art ¶8, "q19")

            """)
        // Bao held the post from 2024-07 only; the talks were on 2024-05-12 (momentary).
        let at = try OrgFixture.run(["path", "unit-x", "kham", "--reported-only", "--at", "2024-05"])
        #expect(at.status == 1)
        #expect(try OrgFixture.run(["path", "bao", "kham", "--at", "2024-05-12", "--reported-only"]).status == 0)
        #expect(try OrgFixture.run(["path", "bao", "kham", "--at", "2024-06", "--reported-only"]).status == 1)
        #expect(try OrgFixture.run(["path", "unit-x", "mod-a", "--direction", "out"]).stdout.hasPrefix("path 1 of 1: 2 hops\n"))
        let against = try OrgFixture.run(["path", "mod-a", "unit-x", "--direction", "out"])
        #expect(against.stderr == "relgraph: error: no path from mod-a to unit-x\n")
        #expect(try OrgFixture.run(["path", "mod-a", "unit-x", "--direction", "in"]).status == 0)
    }
}
