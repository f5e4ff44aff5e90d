import Foundation
import RelGraphCore
import RelGraphIO
import Testing

/// The snapshot of the bundled dataset compiled into relgraph (Sources/relgraph/Embedded/bundled.rgs)
/// is the YAML's: its key is the key of Data/vietnam-laos-defence's files, and it opens to the
/// network the YAML makes. `make bundled-snapshot` runs this suite with
/// RELGRAPH_UPDATE_BUNDLED_SNAPSHOT=1, which writes both files anew instead of checking them.
@Suite struct BundledSnapshotTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let embedded = package.appendingPathComponent("Sources/relgraph/Embedded")

    /// Every file relgraph embeds (YAML at any depth, texts/*.txt), by relative path in byte order:
    /// the order of BundledFiles.swift, which the key follows.
    static func yaml() throws -> [YAMLDatasetReader.File] {
        let folder = package.appendingPathComponent("Data/vietnam-laos-defence")
        let paths = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { path in
            !path.split(separator: "/").contains { $0.hasPrefix(".") }
                && (path.hasSuffix(".yaml") || path.hasSuffix(".yml") || (path.hasPrefix("texts/") && path.hasSuffix(".txt")))
        }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return try paths.map { try Fixtures.file(folder.appendingPathComponent($0)) }
    }

    @Test func theEmbeddedSnapshotIsTheYAMLs() throws {
        let files = try Self.yaml()
        let texts = files.filter { $0.name.hasSuffix(".txt") }
        let network = try DataSource.network(from: YAMLDatasetReader.read(files: files.filter { !$0.name.hasSuffix(".txt") },
                                                                           texts: texts))
        let key = SnapshotKey.of(files.map(\.bytes))
        let snapshot = Self.embedded.appendingPathComponent("bundled.rgs"), keyFile = Self.embedded.appendingPathComponent("bundled.key")
        if ProcessInfo.processInfo.environment["RELGRAPH_UPDATE_BUNDLED_SNAPSHOT"] == "1" {
            try SnapshotWriter.write(network, to: snapshot.path)
            try Data((key + "\n").utf8).write(to: keyFile)
        }
        let committed = try String(contentsOf: keyFile, encoding: .utf8)
        #expect(committed == key + "\n", "Data/vietnam-laos-defence changed since the snapshot: run make bundled-snapshot")
        let opened = try SnapshotReader.read(path: snapshot.path)
        SnapshotTests.same(network, opened)
        #expect(opened.dataset.title == network.dataset.title)
        #expect(opened.dataset.sources.count == network.dataset.sources.count)
    }

    @Test func theKeyCoversEveryByteAndTheFileBoundaries() {
        let key = SnapshotKey.of([[1, 2], [3]])
        #expect(key.count == 16)
        #expect(key == SnapshotKey.of([[1, 2], [3]]))
        #expect(key != SnapshotKey.of([[1], [2, 3]]))
        #expect(key != SnapshotKey.of([[1, 2], [4]]))
    }
}
