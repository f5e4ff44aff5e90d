import Foundation

/// Where the tests find their fixtures and put their scratch files: one copy for every test target.
public enum TestFiles {
    /// Tests/Fixtures.
    public static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    /// The package's root folder (README.md, Data/, Graphs/).
    public static let packageRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a file or folder under Tests/Fixtures.
    public static func fixture(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

    /// A new empty folder under the system's temporary folder, named so that a leftover says which test made it.
    public static func temporaryFolder(_ prefix: String = "relgraph-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path for a new file under the system's temporary folder (not created).
    public static func temporaryFile(_ prefix: String = "relgraph", suffix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }
}
