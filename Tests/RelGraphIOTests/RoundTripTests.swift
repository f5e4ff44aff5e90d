import Foundation
import RelGraphTestSupport
import RelGraphCore
import RelGraphIO
import Testing

/// Export → read gives the same records, byte for byte, for every format relgraph reads back, on the
/// bundled dataset and on a dataset of hostile names; `import` (YAML written and read again) too.
/// DOT, which needs Graphviz, is checked end to end in the CLI tests.
@Suite struct RoundTripTests {
    static let datasets = ["vietnam-laos-defence", "hostile"]

    static func load(_ name: String) throws -> Dataset {
        let folder = name == "hostile" ? Fixtures.path("interop/hostile")
            : Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Data/\(name)").path
        let result = try YAMLDatasetReader.read(folder: folder)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return result.dataset
    }

    /// Records equal and every text byte-identical (String's == alone would accept NFD for NFC).
    static func expectSame(_ back: Dataset, _ original: Dataset, header: Bool = true,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(back.entities == original.entities, sourceLocation: sourceLocation)
        #expect(back.relations == original.relations, sourceLocation: sourceLocation)
        #expect(back.sources == original.sources, sourceLocation: sourceLocation)
        #expect(bytes(back.entities) == bytes(original.entities), sourceLocation: sourceLocation)
        #expect(bytes(back.relations) == bytes(original.relations), sourceLocation: sourceLocation)
        if header {
            #expect(back.title.map { Array($0.utf8) } == original.title.map { Array($0.utf8) }, sourceLocation: sourceLocation)
            #expect(back.description.map { Array($0.utf8) } == original.description.map { Array($0.utf8) },
                    sourceLocation: sourceLocation)
        }
    }

    static func bytes<T: Encodable>(_ value: T) -> [UInt8] { Array(FlatRecord.json(value).utf8) }

    @Test(arguments: datasets) func graphML(_ name: String) throws {
        let original = try Self.load(name)
        let back = try GraphMLReader.read(data: Data(GraphMLExporter.export(original)), file: "g.graphml")
        #expect(back.diagnostics.isEmpty)
        Self.expectSame(back.dataset, original)
    }

    @Test(arguments: datasets) func nodeLinkJSON(_ name: String) throws {
        let original = try Self.load(name)
        let back = try NodeLinkJSONReader.read(data: Data(NodeLinkJSONExporter.export(original)), file: "g.json")
        #expect(back.diagnostics.isEmpty)
        Self.expectSame(back.dataset, original)
    }

    /// CSV has no place for the dataset's title and description; everything else comes back.
    @Test(arguments: datasets) func neo4jCSV(_ name: String) throws {
        let original = try Self.load(name)
        let folder = try TestFiles.temporaryFolder("relgraph-io")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in CSVExporter.export(original) {
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
        }
        let back = try CSVGraphReader.read(folder: folder.path)
        #expect(back.diagnostics.isEmpty)
        Self.expectSame(back.dataset, original, header: false)
    }

    @Test(arguments: datasets) func yamlWriterForImport(_ name: String) throws {
        let original = try Self.load(name)
        let folder = try TestFiles.temporaryFolder("relgraph-io")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in YAMLDatasetWriter.files(ImportedIDs.slugged(original), origin: "test") {
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
        }
        let back = try YAMLDatasetReader.read(folder: folder.path)
        // Sources that disagree stay disagreeing after the round trip: a conflict warning, nothing else.
        #expect(back.diagnostics.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("conflict:") })
        Self.expectSame(back.dataset, original)
    }
}
