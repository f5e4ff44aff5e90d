import Foundation
import RelGraphIO
import RelGraphTestSupport

/// The shared test fixtures in Tests/Fixtures.
enum Fixtures {
    static let root = TestFiles.fixtures

    static func path(_ relative: String) -> String { TestFiles.fixture(relative) }

    /// The files of a fixture dataset folder, named by file name alone (as the expectations name them).
    static func datasetFiles(_ name: String) throws -> [YAMLDatasetReader.File] {
        let folder = root.appendingPathComponent("datasets/\(name)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted().map { try file(folder.appendingPathComponent($0)) }
    }

    static func file(_ url: URL) throws -> YAMLDatasetReader.File {
        YAMLDatasetReader.File(name: url.lastPathComponent, bytes: [UInt8](try Data(contentsOf: url)))
    }
}
