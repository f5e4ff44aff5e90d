import Foundation
import Testing

/// How people's posts and ranks changed across the articles: `show PERSON` prints them as a dated history
/// (first and last seen from the citing articles' dates) and lists what the person proposed. Names typed in
/// ASCII, including the Vietnamese renderings of Lao names.
@Suite struct CorpusHistoryTests {
    /// The part of `show QUERY`'s text output from the line `from` up to the line `until` (or the end).
    static func section(_ query: String, from: String, until: String? = nil) throws -> String {
        let result = try CLI.run(["show", query, "--data", DatasetQuoteTests.dataset.path])
        #expect(result.status == 0, "show \(query): \(result.stderr)")
        guard let start = result.stdout.range(of: "\n" + from + "\n") else { return "" }
        var rest = String(result.stdout[result.stdout.index(after: start.lowerBound)...])
        if let until, let end = rest.range(of: "\n" + until) { rest = String(rest[..<end.lowerBound]) + "\n" }
        return rest
    }

    /// Vongkham Phommakone: Lieutenant General in 2023 (three English articles), Senior Lieutenant General from March
    /// 2024 (th389, SGGP, VNS, the seed); deputy minister throughout.
    @Test func vongkhamWasPromotedWhileDeputyMinister() throws {
        #expect(try Self.section("vongkham", from: "posts and ranks:", until: "said or proposed:") == """
            posts and ranks:
              2023-03-24 – 2023-11-20  has_rank  Trung tướng [rank-lieutenant-general]                                               (u02-vietlaotrade-2023-03-24, u11-vietnamplus-2023-11-20, u14-vna-2023-07-20)
              2023-03-24 – 2024-03-20  holds     Ủy viên Trung ương Đảng Nhân dân cách mạng Lào [post-lprp-cc-member]                (u02-vietlaotrade-2023-03-24, u04-th389-2024-03-20)
              2023-03-24 – 2025-03-28  holds     Thứ trưởng Bộ Quốc phòng Lào [post-la-deputy-defence-minister]                      (dialogue-2025-03-28, u02-vietlaotrade-2023-03-24, u04-th389-2024-03-20, u05-vietnamplus-2024-03-20, u06-vns-2025-03-28, u11-vietnamplus-2023-11-20, u14-vna-2023-07-20, u15-sggp-2024-08-13, u24-vns-2025-01-10)
              2023-07-20               holds     Chairman of the Board of Directors of Star Telecom (Unitel) [post-unitel-chairman]  (u14-vna-2023-07-20)
              2024-03-20 – 2025-03-28  has_rank  Thượng tướng [rank-senior-lieutenant-general]                                       (dialogue-2025-03-28, u04-th389-2024-03-20, u06-vns-2025-03-28, u15-sggp-2024-08-13, u24-vns-2025-01-10)

            """)
    }

    /// Lê Đức Thái commands the Border Guard in both articles; Major General about 2020, Lieutenant General in 2025.
    @Test func leDucThaiRoseFromMajorToLieutenantGeneral() throws {
        #expect(try Self.section("le duc thai", from: "posts and ranks:") == """
            posts and ranks:
              2020 – 2025-10-11  holds     Tư lệnh Bộ đội Biên phòng [post-border-guard-commander]  (u26-vns-2025-10-11, u36-pano-2020)
              2020               has_rank  Thiếu tướng [rank-major-general]                         (u36-pano-2020)
              2025-10-11         has_rank  Trung tướng [rank-lieutenant-general]                    (u26-vns-2025-10-11)

            """)
    }

    /// Sivixay, typed as Quân đội nhân dân renders him: Colonel and political commissar in 2022, Major General in 2025.
    @Test func sivixayByHisVietnameseNameWasAColonelIn2022() throws {
        #expect(try Self.section("xi vi xay phenh san ty xuc", from: "posts and ranks:") == """
            posts and ranks:
              2022               has_rank  Đại tá [rank-colonel]                                                   (u20-qdnd-2022)
              2022 – 2025-03-28  holds     Chính ủy Bộ Chỉ huy Quân sự tỉnh Luang Prabang [post-pmc-lp-commissar]  (dialogue-2025-03-28, u06-vns-2025-03-28, u20-qdnd-2022)
              2025-03-28         has_rank  Thiếu tướng [rank-major-general]                                        (dialogue-2025-03-28, u06-vns-2025-03-28)

            """)
    }

    /// Khamlieng Outhakaysone, Lao defence minister from January 2025, and what he called for in October 2025.
    @Test func khamliengIsTheNewLaoMinisterAndWhatHeProposed() throws {
        #expect(try Self.section("khamlieng", from: "posts and ranks:") == """
            posts and ranks:
              2025-01-10 – 2025-10-11  holds     Bộ trưởng Bộ Quốc phòng Lào [post-la-defence-minister]  (u24-vns-2025-01-10, u26-vns-2025-10-11)
              2025-01-10 – 2025-10-11  has_rank  Thượng tướng [rank-senior-lieutenant-general]           (u24-vns-2025-01-10, u26-vns-2025-10-11)
            said or proposed: 4
              Khamlieng Outhakaysone —proposed→ Phòng, chống ma túy [topic-drug-trafficking]  (2025-10-10; proposed; speaker: khamlieng-outhakaysone; u26-vns-2025-10-11 ¶1, "to enhance coordination in combating cross-border drug trafficking")
              Khamlieng Outhakaysone —proposed→ Phòng, chống mua bán người [topic-human-trafficking]  (2025-10-10; proposed; speaker: khamlieng-outhakaysone; u26-vns-2025-10-11 ¶1, "preventing human trafficking")
              Khamlieng Outhakaysone —proposed→ Nông nghiệp, trồng trọt, chăn nuôi [topic-agriculture]  (2025-10-10; proposed; speaker: khamlieng-outhakaysone; u26-vns-2025-10-11 ¶4, "The Lao minister proposed the two sides continue developing effective cooperation mechanisms between their armies, particularly in agriculture, crop cultivation, and livestock raising")
              Khamlieng Outhakaysone —proposed→ Trao đổi đoàn các cấp [topic-delegation-exchange]  (2025-10-10; proposed; speaker: khamlieng-outhakaysone; u26-vns-2025-10-11 ¶4, "while maintaining regular high-level exchanges and reciprocal visits")

            """)
    }

    /// Chansamone, typed as the Vietnamese press spells him: his posts and rank, first and last seen, 2021-2024.
    @Test func chansamoneByHisVietnameseNameHeldThreePostsUntil2024() throws {
        #expect(try Self.section("chan-sa-mon chan-nha-lat", from: "posts and ranks:") == """
            posts and ranks:
              2021-12-12 – 2024-10-22  holds     Phó Thủ tướng Lào [post-la-deputy-pm]                                          (vtc-2024-10-22, u08-talkvietnam-2021-12-12, u12-vietnamplus-2023-12-14, u14-vna-2023-07-20, u18-vns-2024-10-22, u19-tracuuquyhoach-2024-10-22)
              2021-12-12 – 2024-10-22  holds     Bộ trưởng Bộ Quốc phòng Lào [post-la-defence-minister]                         (vtc-2024-10-22, u05-vietnamplus-2024-03-20, u08-talkvietnam-2021-12-12, u12-vietnamplus-2023-12-14, u14-vna-2023-07-20, u18-vns-2024-10-22, u19-tracuuquyhoach-2024-10-22)
              2021-12-12 – 2024-10-22  has_rank  Đại tướng [rank-general]                                                       (vtc-2024-10-22, u05-vietnamplus-2024-03-20, u08-talkvietnam-2021-12-12, u12-vietnamplus-2023-12-14, u14-vna-2023-07-20, u18-vns-2024-10-22, u19-tracuuquyhoach-2024-10-22)
              2024-10-22               holds     Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào [post-lprp-politburo-member]  (vtc-2024-10-22, u19-tracuuquyhoach-2024-10-22)

            """)
    }
}
