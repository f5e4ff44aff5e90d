import Foundation
import Testing

/// People named again by one word of their name ("Chien held talks with …" after "… Hoàng Xuân Chiến"):
/// that person, in the relations of the sentence; a word of a longer capitalised name is not.
@Suite struct ExtractNameWordsTests {
    @Test func theGivenNameAloneIsThePerson() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            title: t
            publisher: p
            date: 2026-05-07
            language: en
            ---
            Deputy Defence Minister Senior Lieutenant General Hoàng Xuân Chiến arrived in Vientiane on May 6.

            Chien held talks with Minister of National Defence General Khamlieng Outhakaysone in Vientiane on May 6.

            Officials of Chien Trading met General Chansamone Chanyalath.

            """.write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "article.txt", "--source", "name-words"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"  = met_with hoang-xuan-chien → khamlieng-outhakaysone  ¶2 0.56 meet-verb  "Chien held talks with Minister of National Defence General Khamlieng Outhakaysone""#))
        #expect(lines.contains(#"  + participated_in hoang-xuan-chien → talks-of-hoang-xuan-chien-and-khamlieng-outhakaysone  ¶2 0.45 meeting-participant  "Chien held talks with""#))
        // "Chien Trading" is a name of its own: no meeting with Chansamone.
        #expect(!lines.contains { $0.contains("met_with hoang-xuan-chien → chansamone-chanyalath") })
    }
}
