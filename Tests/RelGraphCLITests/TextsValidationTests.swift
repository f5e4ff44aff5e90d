import Foundation
import Testing

/// `validate` checks quotes and ¶ locators against texts/<source-id>.txt (docs/data-format.md, "Texts").
@Suite struct TextsValidationTests {
    /// A copy of the claims fixture whose texts an analyst got wrong.
    static func claimsWithEditedTexts() throws -> URL {
        let folder = try CLI.temporaryFolder().appendingPathComponent("claims")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.fixture("datasets/claims")), to: folder)
        let text = folder.appendingPathComponent("texts/b-2025.txt")
        // "in Hanoi" becomes "in Ha Noi"; the proposal moves from ¶2 to ¶3.
        try """
            On 21 October 2024 in Ha Noi, General Phan Van Giang held talks with his Lao counterpart.

            The talks took place in Son La province.

            Giang proposed expanding cooperation in training.

            """.write(to: text, atomically: true, encoding: .utf8)
        try "An article nobody cites.\n".write(to: folder.appendingPathComponent("texts/z-2026.txt"),
                                                 atomically: true, encoding: .utf8)
        return folder
    }

    @Test func quotesAndLocatorsAreCheckedAgainstTheText() throws {
        let folder = try Self.claimsWithEditedTexts()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try CLI.run(["validate", "--data", folder.path])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n").filter { !$0.contains("conflict:") }
            .map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(lines == [
            "articles/b-2025.yaml:15:33: error: relation 'talks-in-hanoi' quotes words that are not in texts/b-2025.txt: \"in Hanoi\"",
            "articles/b-2025.yaml:21:73: error: relation 'talks-in-son-la' locates its quote at ¶3 of 'b-2025', but it stands in ¶2",
            "articles/b-2025.yaml:28:92: error: relation 'giang-proposed-training' locates its quote at ¶2 of 'b-2025', but it stands in ¶3",
            "articles/b-2025.yaml:36:77: error: relation 'talks-cover-training' locates its quote at ¶2 of 'b-2025', but it stands in ¶3",
            "texts/z-2026.txt:1:1: warning: text of unknown source 'z-2026'",
            "10 entities, 12 relations, 2 sources: 4 errors, 4 warnings",
        ])
    }
}
