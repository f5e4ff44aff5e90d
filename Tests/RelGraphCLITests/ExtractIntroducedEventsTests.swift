import Foundation
import Testing

/// Events an article introduces without a name or an ordinal ("held talks with … in Hanoi on March 5"):
/// proposed as a new event named as the dataset names such events, or as the dataset's own event when
/// its place, day and participants fit one it has.
@Suite struct ExtractIntroducedEventsTests {
    static func extract(_ body: String, date: String, source: String) throws -> String {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: t\npublisher: p\ndate: \(date)\nlanguage: en\n---\n\(body)\n"
            .write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "article.txt", "--source", source], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Talks the dataset does not have: a new event with where, when and who in its name, held there,
    /// both who met taking part.
    @Test func newTalksAreProposedAsAnEvent() throws {
        let out = try Self.extract("""
            Deputy Defence Minister Senior Lieutenant General Hoàng Xuân Chiến held talks with Lao Deputy Defence Minister Senior Lieutenant General Vongkham Phommakone in Hanoi on March 5.
            """, date: "2025-03-06", source: "new-talks")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "new-talks (en): 1 new entities, 3 new relations, 5 citations of relations the dataset has")
        #expect(lines.contains(#"  + event talks-of-hoang-xuan-chien-and-vongkham-phommakone  ¶1 0.7  "Talks of Hoàng Xuân Chiến and Vongkham Phommakone (Hanoi, 5 March 2025)""#))
        #expect(lines.contains { $0.hasPrefix("  + held_at talks-of-hoang-xuan-chien-and-vongkham-phommakone → hanoi ") })
        #expect(lines.contains { $0.hasPrefix("  + participated_in hoang-xuan-chien → talks-of-hoang-xuan-chien-and-vongkham-phommakone ") })
        #expect(lines.contains { $0.hasPrefix("  + participated_in vongkham-phommakone → talks-of-hoang-xuan-chien-and-vongkham-phommakone ") })
    }

    /// Talks the dataset has from another article (talks-2024-10: Sơn La, 22 October 2024, Giang and
    /// Chansamone): the same event, its relations cited again, no new entity.
    @Test func talksTheDatasetHasAreThatEvent() throws {
        let out = try Self.extract("""
            General Phan Văn Giang held talks with General Chansamone Chanyalath in the province of Sơn La on October 22.
            """, date: "2024-10-22", source: "known-talks")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "known-talks (en): 0 new entities, 0 new relations, 6 citations of relations the dataset has")
        #expect(lines.contains { $0.hasPrefix("  = held_at talks-2024-10 → son-la ") })
        #expect(lines.contains { $0.hasPrefix("  = participated_in phan-van-giang → talks-2024-10 ") })
        #expect(lines.contains { $0.hasPrefix("  = participated_in chansamone-chanyalath → talks-2024-10 ") })
    }

    /// The same talks on another day are another event: a new one.
    @Test func anotherDayIsAnotherEvent() throws {
        let out = try Self.extract("""
            General Phan Văn Giang held talks with General Chansamone Chanyalath in the province of Sơn La on March 3.
            """, date: "2025-03-03", source: "other-talks")
        #expect(!out.contains("talks-2024-10"))
        #expect(out.contains("+ event talks-of-phan-van-giang-and-chansamone-chanyalath "))
    }

    /// Talks held on the occasion of an exchange are part of it; the article's event is the talks, not a
    /// past exchange it recalls (the dataset dates border-exchange-1 in 2021), so "the protocol … in
    /// 2020-24" (written short) is one the talks refer to.
    @Test func talksOnTheOccasionOfAnExchange() throws {
        let out = try Self.extract("""
            General Phan Văn Giang held talks with General Chansamone Chanyalath on the occasion of the third Việt Nam - Laos border defence friendship exchange in Điện Biên on October 22.

            The talks reviewed the implementation of the protocol on defence cooperation in 2020-24.

            Many events have been organised, such as the first Việt Nam - Laos border defence friendship exchange in 2021.
            """, date: "2026-10-23", source: "occasion")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"  + part_of talks-of-phan-van-giang-and-chansamone-chanyalath → third-viet-nam-laos-border-defence-friendship-exchange  ¶1 0.45 event-on-occasion  "talks with General Chansamone Chanyalath on the occasion of the third Việt Nam - Laos border defence friendship exchange""#))
        #expect(lines.contains(#"  + refers_to talks-of-phan-van-giang-and-chansamone-chanyalath → protocol-2020-2024  ¶2 0.42 document-of-event  "talks reviewed the implementation of the protocol on defence cooperation in 2020-24""#))
        #expect(!lines.contains { $0.contains("border-exchange-1 → protocol") })
    }

    /// "Nhân dịp <exchange>, A hội đàm với B": the talks, named after the occasion, are still the
    /// sentence's event (held there, part of the exchange), not the occasion.
    @Test func talksAfterTheirOccasionInVietnamese() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: t\npublisher: p\ndate: 2026-10-23\nlanguage: vi\n---\nNhân dịp Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3, Đại tướng Phan Văn Giang hội đàm với Đại tướng Chansamone Chanyalath tại tỉnh Điện Biên.\n"
            .write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "article.txt", "--source", "nhan-dip", "--lang", "vi"], in: folder)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  + part_of hoi-dam-giua-phan-van-giang-va-chansamone → giao-luu-huu-nghi-quoc-phong-bien-gioi ") })
        #expect(lines.contains(#"  + held_at hoi-dam-giua-phan-van-giang-va-chansamone → dien-bien  ¶1 0.56 event-place  "hội đàm với Đại tướng Chansamone Chanyalath tại tỉnh Điện Biên""#))
        #expect(!lines.contains { $0.hasPrefix("  + held_at giao-luu") })
    }

    /// "During their talks in Vientiane …" after a sentence naming the pair: both took part and met; the
    /// talks are named after them. A lone "their" with no pair before it gives nothing.
    @Test func theirTalksAreThePairs() throws {
        let out = try Self.extract("""
            Senior Lieutenant General Hoàng Xuân Chiến and his Lao counterpart Senior Lieutenant General Vongkham Phommakone agreed to step up defence cooperation.

            During their talks in Vientiane on May 6, Chiến said the two armies would exchange more delegations.
            """, date: "2026-05-07", source: "their")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"  + event talks-of-hoang-xuan-chien-and-vongkham-phommakone  ¶2 0.7  "Talks of Hoàng Xuân Chiến and Vongkham Phommakone (Vientiane, 6 May 2026)""#))
        #expect(lines.contains(#"  + participated_in hoang-xuan-chien → talks-of-hoang-xuan-chien-and-vongkham-phommakone  ¶2 0.45 their-event  "their talks""#))
        #expect(lines.contains(#"  + participated_in vongkham-phommakone → talks-of-hoang-xuan-chien-and-vongkham-phommakone  ¶2 0.45 their-event  "their talks""#))
        #expect(lines.contains { $0.hasPrefix("  = met_with hoang-xuan-chien → vongkham-phommakone  ¶2 0.65 their-event ") })
        let alone = try Self.extract("During their talks in Vientiane on May 6, the two sides agreed to exchange more delegations.",
                                     date: "2026-05-07", source: "their-alone")
        #expect(!alone.contains("participated_in") && !alone.contains("met_with"))
    }
}

