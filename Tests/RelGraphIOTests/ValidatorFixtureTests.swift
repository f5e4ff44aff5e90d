import Foundation
import RelGraphIO
import Testing

/// Each file of Tests/Fixtures/invalid, read with the minimal dataset, gives exactly the diagnostics
/// its `# expect:` lines list, in order.
@Suite struct ValidatorFixtureTests {
    static let cases: [String] = {
        let folder = Fixtures.root.appendingPathComponent("invalid").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func everyErrorHasAFixture() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func diagnosticsMatchExpectations(fixture: String) throws {
        let url = Fixtures.root.appendingPathComponent("invalid/\(fixture)")
        let bytes = try Data(contentsOf: url)
        let expected = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
            .filter { $0.hasPrefix("# expect: ") }.map { String($0.dropFirst("# expect: ".count)) }
        #expect(!expected.isEmpty, "fixture \(fixture) lists no expectation")
        let result = YAMLDatasetReader.read(files: try Fixtures.datasetFiles("minimal") + [Fixtures.file(url)])
        #expect(result.diagnostics.map(\.description) == expected)
    }

    @Test func minimalDatasetIsClean() throws {
        let result = YAMLDatasetReader.read(files: try Fixtures.datasetFiles("minimal"))
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.dataset.entities.count == 8)
        #expect(result.dataset.relations.count == 7)
    }
}
