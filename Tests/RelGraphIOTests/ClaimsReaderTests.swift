import Foundation
import RelGraphCore
import RelGraphIO
import Testing

/// Tests/Fixtures/datasets/claims: a folder read at every depth, an article file that extends records
/// of other files, citations with `as_of`, statements, speakers and the topic and rank vocabulary.
@Suite struct ClaimsReaderTests {
    static func claims() throws -> LoadedDataset {
        try YAMLDatasetReader.read(folder: Fixtures.path("datasets/claims"))
    }

    @Test func filesAreReadAtEveryDepthInPathOrder() throws {
        #expect(try YAMLDatasetReader.yamlFiles(under: Fixtures.path("datasets/claims"))
            == ["articles/b-2025.yaml", "entities.yaml", "relations.yaml", "sources.yaml"])
        let result = try Self.claims()
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(result.dataset.sources.map(\.id) == ["b-2025", "a-2024"])
        #expect(result.dataset.relations.prefix(2).map(\.id) == ["talks-in-hanoi", "talks-in-son-la"])
    }

    @Test func extendItemsLandOnTheirRecords() throws {
        let dataset = try Self.claims().dataset
        let giang = try #require(dataset.entities.first { $0.id == "giang" })
        #expect(giang.names.map(\.text) == ["Phan Văn Giang", "Phan Van Giang"])
        #expect(giang.names.map(\.source) == [nil, "b-2025"])
        let talks = try #require(dataset.entities.first { $0.id == "talks" })
        #expect(talks.statements.map { "\($0.property)=\($0.value) \($0.citation.source)" }
            == ["date=2024-10-22 a-2024", "date=2024-10-21 b-2025"])
        let holds = try #require(dataset.relations.first { $0.id == "giang-holds-minister" })
        #expect(holds.citations.map(\.source) == ["a-2024", "b-2025"])
        #expect(holds.citations.map(\.asOf) == [nil, PartialDate("2024-10-21")])
        let met = try #require(dataset.relations.first { $0.id == "giang-met-chansamone" })
        #expect(met.qualifiers == ["format": "talks"])
        let covers = try #require(dataset.relations.first { $0.id == "talks-cover-training" })
        #expect(covers.speaker == "giang")
        #expect(covers.status == .proposed)
    }

    /// A diagnostic about an extension points into the article file, not at the extended record.
    @Test func extendedCitationsAreLocatedInTheirOwnFile() throws {
        let folder = try copyOfClaims()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("articles/b-2025.yaml")
        let text = try String(contentsOf: article, encoding: .utf8)
            .replacingOccurrences(of: "{source: b-2025, quote: General Phan Van Giang, locator: ¶1, as_of: 2024-10-21}",
                                  with: "{source: c-2026, quote: General Phan Van Giang, locator: ¶1, as_of: 2024-10-21}")
        try text.write(to: article, atomically: true, encoding: .utf8)
        let result = try YAMLDatasetReader.read(folder: folder.path)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "\(article.path):53:18: error: relation 'giang-holds-minister' cites unknown source 'c-2026'",
        ])
    }

    /// The YAML writer of `import` keeps the new fields.
    @Test func writerKeepsClaims() throws {
        let original = try Self.claims().dataset
        let folder = try copyOfClaims(empty: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in YAMLDatasetWriter.files(original, origin: "test") {
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
        }
        let back = try YAMLDatasetReader.read(folder: folder.path)
        #expect(!back.hasErrors)
        #expect(back.dataset.entities == original.entities)
        #expect(back.dataset.relations == original.relations)
    }

    /// Statements survive a snapshot's JSON records; an entity without any encodes as before.
    @Test func recordsEncodeStatementsOnlyWhenPresent() throws {
        let dataset = try Self.claims().dataset
        let back = try JSONDecoder().decode(Dataset.self, from: JSONEncoder().encode(dataset))
        #expect(back.entities == dataset.entities)
        let plain = try #require(dataset.entities.first { $0.id == "giang" })
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("statements"))
    }

    func copyOfClaims(empty: Bool = false) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-claims-\(UUID().uuidString)")
        if empty {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } else {
            try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("datasets/claims"), to: folder)
        }
        return folder
    }
}
