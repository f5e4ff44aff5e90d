import Foundation
import Testing

/// What one source states and what one person held and said (Tests/Fixtures/datasets/claims): `show`'s
/// history of posts and ranks, `show SOURCE-ID`, `--source` and `--ids`.
@Suite struct ClaimsQueryTests {
    static let claims = CLI.fixture("datasets/claims")

    @Test func aPersonsPostsAndRanksAreAHistoryWithWhatTheySaid() throws {
        let result = try CLI.run(["show", "giang", "--ids", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Phan Văn Giang [giang]
            kind:     person
            country:  VN
            names:
              Phan Văn Giang  vi  official
              Phan Van Giang  en  transliteration  (b-2025)
            relations: 6
              —proposed→ đào tạo [training]  (speaker: giang; b-2025 ¶2, "Giang proposed expanding cooperation in training") [giang-proposed-training]
              —co_chairs→ Hội đàm Việt Nam - Lào 2024 [talks]  (2024-10-21; b-2025 ¶1, "General Phan Van Giang held talks") [giang-co-chaired-talks]
                conflict: the from_date of relation 'giang-co-chaired-talks': 2024-10-21 (b-2025) vs 2024-10-22 (a-2024)
              —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam [vn-minister]  (a-2024 ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam"; b-2025 ¶1 as of 2024-10-21, "General Phan Van Giang") [giang-holds-minister]
              —has_rank→ Đại tướng [rank-general]  (a-2024 ¶1, "Đại tướng Phan Văn Giang"; b-2025 ¶1, "General Phan Van Giang") [giang-rank]
              —met_with— Chansamone Chanyalath [chansamone]  (2024-10-22; a-2024 ¶1, "hội đàm với Đại tướng Chansamone Chanyalath") [giang-met-chansamone]
              —co_chairs→ Hội đàm Việt Nam - Lào 2024 [talks]  (2024-10-22; a-2024 ¶1, "Đại tướng Phan Văn Giang") [giang-co-chairs-talks]
                conflict: the from_date of relation 'giang-co-chaired-talks': 2024-10-21 (b-2025) vs 2024-10-22 (a-2024)
            posts and ranks:
              2024-10-21 – 2024-10-22  holds     Bộ trưởng Bộ Quốc phòng Việt Nam [vn-minister]  (a-2024, b-2025) [giang-holds-minister]
              2024-10-22 – 2025-03-28  has_rank  Đại tướng [rank-general]                        (a-2024, b-2025) [giang-rank]
            said or proposed: 2
              Phan Văn Giang —proposed→ đào tạo [training]  (speaker: giang; b-2025 ¶2, "Giang proposed expanding cooperation in training") [giang-proposed-training]
              Hội đàm Việt Nam - Lào 2024 —covers→ đào tạo [training]  (proposed; speaker: giang; b-2025 ¶2, "expanding cooperation in training") [talks-cover-training]

            """)
    }

    @Test func aSourceListsEveryClaimThatCitesIt() throws {
        let result = try CLI.run(["show", "b-2025", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Vietnam and Laos hold talks [b-2025]
            kind:       article
            publisher:  B News
            date:       2025-03-28
            language:   en
            entities: 2
              Phan Văn Giang [giang]
                name: Phan Van Giang (en)
              Hội đàm Việt Nam - Lào 2024 [talks]
                date: 2024-10-21  b-2025 ¶1, "On 21 October 2024"
            relations: 7
              Hội đàm Việt Nam - Lào 2024 —held_at→ Hà Nội  (b-2025 ¶1, "in Hanoi")
              Hội đàm Việt Nam - Lào 2024 —held_at→ Sơn La  (b-2025 ¶3, "took place in Son La province")
              Phan Văn Giang —proposed→ đào tạo  (speaker: giang; b-2025 ¶2, "Giang proposed expanding cooperation in training")
              Hội đàm Việt Nam - Lào 2024 —covers→ đào tạo  (proposed; speaker: giang; b-2025 ¶2, "expanding cooperation in training")
              Phan Văn Giang —co_chairs→ Hội đàm Việt Nam - Lào 2024  (2024-10-21; b-2025 ¶1, "General Phan Van Giang held talks")
              Phan Văn Giang —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam  (b-2025 ¶1 as of 2024-10-21, "General Phan Van Giang")
              Phan Văn Giang —has_rank→ Đại tướng  (b-2025 ¶1, "General Phan Van Giang")

            """)
    }

    @Test func showOnlyWhatOneSourceStates() throws {
        let result = try CLI.run(["show", "giang", "--source", "a-2024", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Phan Văn Giang [giang]
            kind:     person
            country:  VN
            names:
              Phan Văn Giang  vi  official
            relations: 4
              —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam [vn-minister]  (a-2024 ¶1, "Bộ trưởng Bộ Quốc phòng Việt Nam")
              —has_rank→ Đại tướng [rank-general]  (a-2024 ¶1, "Đại tướng Phan Văn Giang")
              —met_with— Chansamone Chanyalath [chansamone]  (2024-10-22; a-2024 ¶1, "hội đàm với Đại tướng Chansamone Chanyalath")
              —co_chairs→ Hội đàm Việt Nam - Lào 2024 [talks]  (2024-10-22; a-2024 ¶1, "Đại tướng Phan Văn Giang")
                conflict: the from_date of relation 'giang-co-chaired-talks': 2024-10-21 (b-2025) vs 2024-10-22 (a-2024)
            posts and ranks:
              2024-10-22  holds     Bộ trưởng Bộ Quốc phòng Việt Nam [vn-minister]  (a-2024)
              2024-10-22  has_rank  Đại tướng [rank-general]                        (a-2024)

            """)
    }

    @Test func neighborsOnlyWhatOneSourceStates() throws {
        let result = try CLI.run(["neighbors", "talks", "--source", "a-2024", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Hội đàm Việt Nam - Lào 2024 [talks]: 3 entities within 1 hop
            depth 1
              Hội đàm Việt Nam - Lào 2024 —held_at→ Mộc Châu (2024-10-22; a-2024 ¶1, "tại huyện Mộc Châu")
              Hội đàm Việt Nam - Lào 2024 —round_of→ Giao lưu hữu nghị quốc phòng biên giới (a-2024 ¶2, "Giao lưu hữu nghị quốc phòng biên giới")
              Hội đàm Việt Nam - Lào 2024 ←co_chairs— Phan Văn Giang (2024-10-22; a-2024 ¶1, "Đại tướng Phan Văn Giang")

            """)
    }

    @Test func pathWithRelationIDs() throws {
        let result = try CLI.run(["path", "giang", "hanoi", "--ids", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            path 1 of 1: 2 hops
              Phan Văn Giang —co_chairs→ Hội đàm Việt Nam - Lào 2024 (2024-10-21; b-2025 ¶1, "General Phan Van Giang held talks") [giang-co-chaired-talks]
              Hội đàm Việt Nam - Lào 2024 —held_at→ Hà Nội (b-2025 ¶1, "in Hanoi") [talks-in-hanoi]

            """)
    }

    @Test func exportOnlyWhatOneSourceStates() throws {
        let result = try CLI.run(["export", "--format", "json", "--source", "a-2024", "-o", "-", "--data", Self.claims])
        #expect(result.status == 0)
        let graph = try #require(JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let links = try #require(graph["links"] as? [[String: Any]] ?? graph["edges"] as? [[String: Any]])
        #expect(links.compactMap { $0["id"] as? String }.sorted() == [
            "giang-co-chairs-talks", "giang-holds-minister", "giang-met-chansamone", "giang-rank", "located_in:moc-chau->son-la",
            "talks-at-moc-chau", "talks-round",
        ])
    }

    @Test func anUnknownSourceIsNotFound() throws {
        let result = try CLI.run(["neighbors", "talks", "--source", "c-2026", "--data", Self.claims])
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: error: unknown source 'c-2026' (see `relgraph stats` or a source's id in the data)\n")
    }
}
