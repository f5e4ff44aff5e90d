import Foundation
import Testing

/// Documents an article signs without naming them ("the two sides signed the minutes", "ký biên bản ghi
/// nhớ"): a new document named after the event it was signed at, signed_at that event, signed by the
/// people who signed it, and party_to for the sides — the organisations of the co-chairs' posts.
@Suite struct ExtractSignedDocumentsTests {
    /// The proposals of `body` as JSON, and the body's scalars (the offsets count them).
    static func extract(_ body: String, language: String) throws -> ([String: Any], [Unicode.Scalar]) {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: t\npublisher: p\ndate: 2026-04-03\nlanguage: \(language)\n---\n\(body)\n"
            .write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "article.txt", "--source", "signing", "--lang", language, "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        return (json, Array(body.unicodeScalars))
    }

    /// type, from, to and the quote of each proposed relation, after checking the quote is the article's
    /// text at its offsets.
    static func relations(_ json: [String: Any], _ scalars: [Unicode.Scalar]) throws -> [String] {
        let relations = try #require(json["relations"] as? [[String: Any]])
        return try relations.map { relation in
            let evidence = try #require(relation["evidence"] as? [String: Any])
            let start = try #require(evidence["start"] as? Int), end = try #require(evidence["end"] as? Int)
            let quote = try #require(evidence["quote"] as? String)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote)
            return "\(relation["type"]!) \(relation["from"]!) \(relation["to"]!) | \(quote)"
        }
    }

    /// "the two sides signed the minutes": the minutes of the round the two deputy ministers co-chaired,
    /// signed at it, the two defence ministries (their posts' organisations in the dataset) parties to it.
    @Test func theTwoSidesAreTheCoChairsMinistries() throws {
        let (json, scalars) = try Self.extract("""
            Deputy Defence Minister Senior Lieutenant General Hoàng Xuân Chiến and his Lao counterpart Senior Lieutenant General Vongkham Phommakone co-chaired the sixth Việt Nam – Laos defence policy dialogue in Hanoi on April 2.

            At the end of the dialogue, the two sides signed the minutes.
            """, language: "en")
        let entities = try #require(json["entities"] as? [[String: Any]])
        let document = try #require(entities.first { $0["kind"] as? String == "document" })
        #expect(document["name"] as? String == "Minutes (sixth Việt Nam – Laos defence policy dialogue)")
        let id = try #require(document["id"] as? String)
        let relations = try Self.relations(json, scalars)
        #expect(relations.contains("signed_at \(id) sixth-viet-nam-laos-defence-policy-dialogue | two sides signed the minutes"))
        #expect(relations.contains("party_to mod-vietnam \(id) | two sides signed the minutes"))
        #expect(relations.contains("party_to mod-laos \(id) | two sides signed the minutes"))
        #expect(!relations.contains { $0.hasPrefix("signed ") })
    }

    /// The minutes of a dialogue the dataset has minutes of (dialogue-5-minutes, signed at dialogue-5): that
    /// document, cited again, not a new one.
    @Test func minutesTheDatasetHasAreThatDocument() throws {
        let (json, scalars) = try Self.extract("""
            At the end of the fifth Việt Nam – Laos defence policy dialogue in Luang Prabang, the two sides signed the minutes.
            """, language: "en")
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(!entities.contains { $0["kind"] as? String == "document" })
        let relations = try Self.relations(json, scalars)
        #expect(relations.contains("signed_at dialogue-5-minutes dialogue-5 | fifth Việt Nam – Laos defence policy dialogue in Luang Prabang, the two sides signed the minutes"))
    }

    /// "A và B ký biên bản ghi nhớ năm 2026": both sign it (a rank between them), the year is the
    /// document's; named people are no "two sides": no party_to.
    @Test func bothNamedSignersSignInVietnamese() throws {
        let (json, scalars) = try Self.extract("""
            Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và Thượng tướng Vongkham Phommakone, Thứ trưởng Bộ Quốc phòng Lào đồng chủ trì Đối thoại chính sách quốc phòng Việt Nam - Lào lần thứ 6.

            Thượng tướng Hoàng Xuân Chiến và Thượng tướng Vongkham Phommakone ký biên bản ghi nhớ năm 2026.
            """, language: "vi")
        let entities = try #require(json["entities"] as? [[String: Any]])
        let document = try #require(entities.first { $0["kind"] as? String == "document" })
        #expect((document["name"] as? String)?.hasPrefix("Biên bản ghi nhớ năm 2026 (Đối thoại") == true)
        let id = try #require(document["id"] as? String)
        let relations = try Self.relations(json, scalars)
        #expect(relations.contains("signed hoang-xuan-chien \(id) | Hoàng Xuân Chiến và Thượng tướng Vongkham Phommakone ký biên bản ghi nhớ năm 2026"))
        #expect(relations.contains("signed vongkham-phommakone \(id) | Vongkham Phommakone ký biên bản ghi nhớ năm 2026"))
        #expect(relations.contains { $0.hasPrefix("signed_at \(id) ") })
        #expect(!relations.contains { $0.hasPrefix("party_to ") })
    }

    /// "X et son homologue Y ont signé le procès-verbal": both sign it ("son homologue" between them).
    @Test func bothSignersInFrench() throws {
        let (json, scalars) = try Self.extract("""
            Hoàng Xuân Chiến et son homologue Vongkham Phommakone ont signé le procès-verbal.
            """, language: "fr")
        let relations = try Self.relations(json, scalars)
        #expect(relations.contains("signed hoang-xuan-chien proces-verbal | Hoàng Xuân Chiến et son homologue Vongkham Phommakone ont signé le procès-verbal"))
        #expect(relations.contains("signed vongkham-phommakone proces-verbal | Vongkham Phommakone ont signé le procès-verbal"))
    }

    /// A document noun with no signing verb before it is no signed document ("the minutes … will be
    /// published"), whoever "the two sides" are.
    @Test func noSigningVerbNoDocument() throws {
        let (json, _) = try Self.extract("""
            General Phan Văn Giang and General Chansamone Chanyalath co-chaired the talks in Hanoi on April 2. The minutes of the talks will be published, the two sides said.
            """, language: "en")
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(!entities.contains { $0["kind"] as? String == "document" })
    }
}
