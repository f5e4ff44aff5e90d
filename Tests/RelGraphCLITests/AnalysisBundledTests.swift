import Foundation
import Testing

/// Analysis commands on the bundled Vietnam–Laos dataset (no --data), with exact output: questions
/// an analyst asks of the seed articles. Update these when the dataset's facts change.
@Suite struct AnalysisBundledTests {
    @Test func howTheVietnameseMinisterReachesTheLaoMinistry() throws {
        let result = try CLI.run(["path", "phan-van-giang", "mod-laos"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            path 1 of 1: 2 hops
              Phan Văn Giang —signed→ Nghị định thư về Hợp tác quốc phòng Việt Nam - Lào giai đoạn 2025-2029 (2024-10; on_behalf_of: mod-vietnam; vtc-2024-10-22 ¶19, "Đại tướng Phan Văn Giang và Đại tướng Chansamone Chanyalath ký Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029")
              Nghị định thư về Hợp tác quốc phòng Việt Nam - Lào giai đoạn 2025-2029 ←party_to— Bộ Quốc phòng Lào (2025 – 2029; vtc-2024-10-22 ¶14, "ký thỏa thuận hợp tác giữa Bộ Quốc phòng hai nước"; vtc-2024-10-22 ¶3, "Bộ trưởng Bộ Quốc phòng Lào")

            """)
    }

    @Test func whoHeadsTheLaoMinistry() throws {
        let result = try CLI.run(["hierarchy", "mod-laos"])
        #expect(result.stdout == """
            Bộ Quốc phòng Lào [mod-laos]
            part of:
              Bộ Quốc phòng Lào —part_of→ Chính phủ Lào (bg-lao-state-organisation general knowledge, "The Ministry of National Defence of Laos is a ministry of the Government of the Lao PDR."; vtc-2024-10-22 ¶18, "Chính phủ và Bộ Quốc phòng Lào")
              Chính phủ Lào —part_of→ Cộng hòa Dân chủ Nhân dân Lào (vtc-2024-10-22 ¶18, "Chính phủ và Bộ Quốc phòng Lào")
            headed by:
              Khamlieng Outhakaysone, as Bộ trưởng Bộ Quốc phòng Lào
                Khamlieng Outhakaysone —holds→ Bộ trưởng Bộ Quốc phòng Lào (u24-vns-2025-01-10 ¶4, "Congratulating Khamlieng Outhakaysone on his appointment as Defence Minister"; u26-vns-2025-10-11 ¶1, "Lao Minister of National Defence Sen. Lt. Gen. Khamlieng Outhakaysone")
                Bộ trưởng Bộ Quốc phòng Lào —heads→ Bộ Quốc phòng Lào (vtc-2024-10-22 ¶3, "Bộ trưởng Bộ Quốc phòng Lào")
              Chansamone Chanyalath, as Bộ trưởng Bộ Quốc phòng Lào
                Chansamone Chanyalath —holds→ Bộ trưởng Bộ Quốc phòng Lào (as of 2024-10-22; vtc-2024-10-22 ¶3, "Đại tướng Chansamone Chanyalath, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Lào"; u05-vietnamplus-2024-03-20 ¶7, "Minister of Defence General Chansamone Chanyalath"; u08-talkvietnam-2021-12-12 ¶1, "Lao Deputy Prime Minister and Defense Minister General Chansamone Chanyalath"; u12-vietnamplus-2023-12-14 ¶1, "Deputy Prime Minister and Minister of National Defence of Laos General Chansamone Chanyalath"; u14-vna-2023-07-20 ¶6, "Lao Deputy Prime Minister and Defence Minister General Chansamone Chanyalath"; u18-vns-2024-10-22 ¶1, "Lao Deputy Prime Minister and Minister of National Defence General Chansamone Chanyalath"; u19-tracuuquyhoach-2024-10-22 ¶2, "Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng Lào")
                Bộ trưởng Bộ Quốc phòng Lào —heads→ Bộ Quốc phòng Lào (vtc-2024-10-22 ¶3, "Bộ trưởng Bộ Quốc phòng Lào")
            parts: none

            """)
    }

    @Test func roundsOfTheDefencePolicyDialogue() throws {
        let result = try CLI.run(["timeline", "đối thoại chính sách quốc phòng việt nam lào"])
        #expect(result.stdout == """
            rounds of Đối thoại Chính sách Quốc phòng Việt Nam - Lào [defence-policy-dialogue]
            2019-07-25  First Vietnam-Laos defense policy exchange [dialogue-1]
              First Vietnam-Laos defense policy exchange —round_of→ Đối thoại Chính sách Quốc phòng Việt Nam - Lào (2019-07-25; u01-diplomat-2019-07 ¶1, "what was officially termed as the first-ever Vietnam-Laos defense policy exchange")
            2023-03-23  Third Vietnam-Laos Defense Policy Dialogue [dialogue-3]
              Third Vietnam-Laos Defense Policy Dialogue —round_of→ Đối thoại Chính sách Quốc phòng Việt Nam - Lào (2023-03-23; u02-vietlaotrade-2023-03-24 ¶8, "At the third annual Vietnam-Laos defense policy dialogue")
            2024-03-20  Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4 [dialogue-4]
              date: Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4 —held_at→ Điện Biên Phủ (2024-03-20; u04-th389-2024-03-20 ¶3, "Sáng 20-3, tại TP Điện Biên Phủ, tỉnh Điện Biên đã diễn ra Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4")
              Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4 —round_of→ Đối thoại Chính sách Quốc phòng Việt Nam - Lào (dialogue-2025-03-28 ¶4, "Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4"; u04-th389-2024-03-20 ¶2, "Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4"; u05-vietnamplus-2024-03-20 ¶2, "The fourth Vietnam – Laos ministerial-level defence policy dialogue")
            2025-03-28  Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 5 [dialogue-5]
              Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 5 —round_of→ Đối thoại Chính sách Quốc phòng Việt Nam - Lào (2025-03-28; dialogue-2025-03-28 ¶1, "ngày 28/3, tại Luang Prabang (Lào), đã diễn ra Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 5"; u06-vns-2025-03-28 ¶1, "the fifth Việt Nam – Laos defence policy dialogue")
              Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 5 —follows→ Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4 (dialogue-2025-03-28 ¶4, "trên cơ sở Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 4")

            """)
    }

    @Test func theMinistriesLinksPutReportedRelationsFirst() throws {
        let result = try CLI.run(["links", "mod-vietnam", "mod-laos", "--k", "0", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let direct = json?["direct"] as? [[String: Any]]
        let statuses = direct?.map { $0["status"] as? String } ?? []
        #expect(statuses.count >= 2)
        #expect(statuses == statuses.sorted { ($0 == "reported" ? 0 : 1) < ($1 == "reported" ? 0 : 1) })
        let sharing = (json?["shared"] as? [[String: Any]])?.compactMap { $0["sharing"] as? String } ?? []
        #expect(sharing.contains("same mechanism") && sharing.contains("same document"))
    }
}
