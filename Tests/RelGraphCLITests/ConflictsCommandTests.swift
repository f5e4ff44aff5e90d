import Foundation
import Testing

/// Claims from several sources (Tests/Fixtures/datasets/claims): conflicts listed, warned about and marked.
@Suite struct ConflictsCommandTests {
    static let claims = CLI.fixture("datasets/claims")

    @Test func validateWarnsOncePerConflictAtTheSecondClaim() throws {
        let result = try CLI.run(["validate", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            \(Self.claims)/articles/b-2025.yaml:50:33: warning: conflict: sources disagree on the date of 'talks': 2024-10-22 (a-2024) vs 2024-10-21 (b-2025)
            \(Self.claims)/relations.yaml:20:18: warning: conflict: sources disagree on the held_at of 'talks': hanoi (b-2025) vs moc-chau (a-2024)
            \(Self.claims)/relations.yaml:45:18: warning: conflict: sources disagree on the from_date of relation 'giang-co-chaired-talks': 2024-10-21 (b-2025) vs 2024-10-22 (a-2024)
            10 entities, 12 relations, 2 sources: 0 errors, 3 warnings

            """)
    }

    @Test func conflictsListsEachSideWithItsSources() throws {
        let result = try CLI.run(["conflicts", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            3 conflicts

            date of Hội đàm Việt Nam - Lào 2024 [talks]
              2024-10-22
                a-2024 (Báo A, 2024-10-22, "Hội đàm tại Mộc Châu") ¶1: "ngày 22/10/2024"
              2024-10-21
                b-2025 (B News, 2025-03-28, "Vietnam and Laos hold talks") ¶1: "On 21 October 2024"

            held_at of Hội đàm Việt Nam - Lào 2024 [talks]
              Hà Nội [hanoi]
                b-2025 (B News, 2025-03-28, "Vietnam and Laos hold talks") ¶1: "in Hanoi" [talks-in-hanoi]
              Mộc Châu [moc-chau]
                a-2024 (Báo A, 2024-10-22, "Hội đàm tại Mộc Châu") ¶1: "tại huyện Mộc Châu" [talks-at-moc-chau]

            from_date of relation giang-co-chaired-talks
              2024-10-21
                b-2025 (B News, 2025-03-28, "Vietnam and Laos hold talks") ¶1: "General Phan Van Giang held talks"
              2024-10-22
                a-2024 (Báo A, 2024-10-22, "Hội đàm tại Mộc Châu") ¶1: "Đại tướng Phan Văn Giang"

            """)
    }

    @Test func conflictsAsJSON() throws {
        let result = try CLI.run(["conflicts", "--data", Self.claims, "--format", "json"])
        let report = try #require(JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let conflicts = try #require(report["conflicts"] as? [[String: Any]])
        #expect(conflicts.map { $0["kind"] as? String } == ["statement", "target", "date"])
        #expect(conflicts.map { $0["property"] as? String } == ["date", "held_at", "from_date"])
        #expect(conflicts[2]["relation"] as? String == "giang-co-chaired-talks")
        let sides = try #require(conflicts[1]["sides"] as? [[String: Any]])
        #expect(sides.map { ($0["entity"] as? [String: Any])?["id"] as? String } == ["hanoi", "moc-chau"])
        let claim = try #require((sides[0]["claims"] as? [[String: Any]])?.first)
        #expect(claim["source"] as? String == "b-2025")
        #expect(claim["publisher"] as? String == "B News")
        #expect(claim["date"] as? String == "2025-03-28")
        #expect(claim["quote"] as? String == "in Hanoi")
        #expect(claim["relation"] as? String == "talks-in-hanoi")
    }

    /// The two disagreements between the 26 articles (Data/vietnam-laos-defence/README.md, "Disagreements"):
    /// a planned versus actual date, and the level of the dialogue.
    @Test func theBundledDatasetKeepsTheDisagreementsOfItsSources() throws {
        let result = try CLI.run(["conflicts"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            2 conflicts

            level of Đối thoại Chính sách Quốc phòng Việt Nam - Lào [defence-policy-dialogue]
              deputy-minister
                vtc-2024-10-22 (VTC News, 2024-10-22, "Ký Nghị định thư về Hợp tác quốc phòng Việt Nam - Lào giai đoạn 2025-2029") ¶12: "Cơ chế Đối thoại chính sách quốc phòng cấp Thứ trưởng"
                u18-vns-2024-10-22 (Viet Nam News (VNS), 2024-10-22, "Vietnamese, Lao defence ministers hold talks, pledging to build border of peace and development") ¶6: "The deputy ministerial-level defence policy dialogue mechanism has played an important role"
              minister
                u05-vietnamplus-2024-03-20 (VietnamPlus (VNA), 2024-03-20, "Vietnam, Laos bolster defence cooperation") ¶2: "The fourth Vietnam – Laos ministerial-level defence policy dialogue"

            date of Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ nhất [tri-border-exchange-1]
              2023-12-12
                u11-vietnamplus-2023-11-20 (VietnamPlus (VNA), 2023-11-20, "Vietnam, Laos, Cambodia inspect preparation for border defence friendship exchange") ¶1: "the first Border Defence Friendship Exchange between the three countries slated for December 12 in the Central Highlands province of Kon Tum"
              2023-12-14
                u12-vietnamplus-2023-12-14 (VietnamPlus (VNA), 2023-12-14, "First Vietnam-Laos-Cambodia border defence friendship exchange takes place") ¶2: "The first Vietnam-Laos-Cambodia border defence friendship exchange was held on December 14"

            """)
    }

    @Test func showMarksConflictedValues() throws {
        let result = try CLI.run(["show", "talks", "--data", Self.claims])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Hội đàm Việt Nam - Lào 2024 [talks]
            kind:            event
            classification:  talks
            names:
              Hội đàm Việt Nam - Lào 2024  vi  official
            statements:
              date  2024-10-22  a-2024 ¶1, "ngày 22/10/2024"
              date  2024-10-21  b-2025 ¶1, "On 21 October 2024"
              conflict: the date of 'talks': 2024-10-22 (a-2024) vs 2024-10-21 (b-2025)
            relations: 7
              —held_at→ Hà Nội [hanoi]  (b-2025 ¶1, "in Hanoi")
                conflict: the held_at of 'talks': hanoi (b-2025) vs moc-chau (a-2024)
              —held_at→ Sơn La [son-la]  (b-2025 ¶3, "took place in Son La province")
              —covers→ đào tạo [training]  (proposed; speaker: giang; b-2025 ¶2, "expanding cooperation in training")
              —held_at→ Mộc Châu [moc-chau]  (2024-10-22; a-2024 ¶1, "tại huyện Mộc Châu")
                conflict: the held_at of 'talks': hanoi (b-2025) vs moc-chau (a-2024)
              —round_of→ Giao lưu hữu nghị quốc phòng biên giới [exchange]  (a-2024 ¶2, "Giao lưu hữu nghị quốc phòng biên giới")
              ←co_chairs— Phan Văn Giang [giang]  (2024-10-21; b-2025 ¶1, "General Phan Van Giang held talks")
                conflict: the from_date of relation 'giang-co-chaired-talks': 2024-10-21 (b-2025) vs 2024-10-22 (a-2024)
              ←co_chairs— Phan Văn Giang [giang]  (2024-10-22; a-2024 ¶1, "Đại tướng Phan Văn Giang")
                conflict: the from_date of relation 'giang-co-chaired-talks': 2024-10-21 (b-2025) vs 2024-10-22 (a-2024)

            """)
    }

    @Test func help() throws {
        let result = try CLI.run(["conflicts", "--help"])
        #expect(result.stdout.trimmingCharacters(in: .newlines) == """
            OVERVIEW: List where sources disagree: each side's value with its sources and
            quotes.

            A conflict is two claims from different sources that cannot both be true: an
            entity's statements with different values (two partial dates only when neither
            contains the other), an event held at or a round of two things (unless one is
            part of or located in the other), a document signed at two events, or one
            signing, co-chairing, round … stated with two dates. relgraph keeps every
            claim; `validate` warns about each conflict.

            USAGE: relgraph conflicts [--data <path>] [--quiet] [--format <format>]

            OPTIONS:
              --data <path>           The dataset: a folder of YAML files, a snapshot
                                      (.rgs), or a graph in DOT (.dot, .gv), CSV (.csv, or
                                      a folder with nodes.csv and edges.csv), node-link
                                      JSON (.json) or GraphML (.graphml) (default: the
                                      bundled dataset).
              --quiet                 Show no progress line (one appears on a terminal for
                                      work over a second).
              --format <format>       Output format: text or json. (values: text, json;
                                      default: text)
              --version               Show the version.
              -h, --help              Show help information.
            """)
    }
}
