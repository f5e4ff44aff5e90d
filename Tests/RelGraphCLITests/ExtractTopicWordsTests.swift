import Foundation
import Testing

/// Cooperation areas written in other words than the dataset's names: the fight without the name's
/// "Combating"/"Phòng, chống" ("the fight against drug trafficking", "đấu tranh với tội phạm ma túy"), and
/// the name's words inflected otherwise ("share information" for "Information sharing").
@Suite struct ExtractTopicWordsTests {
    static func extract(_ body: String, language: String) throws -> [String] {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: t\npublisher: p\ndate: 2025-03-29\nlanguage: \(language)\n---\n\(body)\n"
            .write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "article.txt", "--source", "topics", "--lang", language], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func theFightAndTheSharingInEnglish() throws {
        let lines = try Self.extract("""
            At the fifth Việt Nam – Laos defence policy dialogue, the two sides agreed to share information and step up the fight against drug trafficking and illegal immigration.
            """, language: "en")
        #expect(lines.contains(#"  + covers dialogue-5 → topic-information-sharing  ¶1 0.56 topic-of-event  "fifth Việt Nam – Laos defence policy dialogue, the two sides agreed to share information""#))
        #expect(lines.contains { $0.hasPrefix("  + covers dialogue-5 → topic-drug-trafficking ") && $0.hasSuffix(#"fight against drug trafficking""#) })
        #expect(lines.contains { $0.hasPrefix("  + covers dialogue-5 → topic-illegal-immigration ") && $0.hasSuffix(#"and illegal immigration""#) })
    }

    @Test func theFightInVietnamese() throws {
        let lines = try Self.extract("""
            Tại Đối thoại chính sách quốc phòng Việt Nam - Lào lần thứ 5, hai bên nhất trí tăng cường phối hợp đấu tranh với tội phạm ma túy và xuất nhập cảnh trái phép.
            """, language: "vi")
        #expect(lines.contains { $0.hasPrefix("  + covers dialogue-5 → topic-drug-trafficking ") && $0.hasSuffix(#"tội phạm ma túy""#) })
        #expect(lines.contains { $0.hasPrefix("  + covers dialogue-5 → topic-illegal-immigration ") && $0.hasSuffix(#"xuất nhập cảnh trái phép""#) })
    }
}
