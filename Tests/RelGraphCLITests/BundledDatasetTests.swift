import Foundation
import Testing

/// The binary carries every file of Data/vietnam-laos-defence: `make bundle` lists them in
/// Sources/relgraph/Support/BundledFiles.swift, and this suite fails until the list matches the folder.
@Suite struct BundledDatasetTests {
    static let folder = CLI.packageRoot.appendingPathComponent("Data/vietnam-laos-defence")

    @Test func theBundleListsEveryFileOfTheFolder() throws {
        let listing = try String(contentsOf: CLI.packageRoot.appendingPathComponent(
            "Sources/relgraph/Support/BundledFiles.swift"), encoding: .utf8)
        let bundled = listing.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "(\"")?.upperBound, let end = line.range(of: "\", ")?.lowerBound else {
                return nil
            }
            return String(line[start..<end])
        }
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.folder.path))
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            let isText = path.hasPrefix("texts/") && path.hasSuffix(".txt")
            if !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) && (path.hasSuffix(".yaml") || isText) {
                files.append(path)
            }
        }
        #expect(bundled == files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "run `make bundle`")
    }

    @Test func theBundleReadsAsTheFolderDoes() throws {
        let bundled = try CLI.run(["stats", "--format", "json"])
        let folder = try CLI.run(["stats", "--format", "json", "--data", Self.folder.path])
        #expect(bundled.status == 0)
        #expect(bundled.stdout == folder.stdout)
        let validate = try CLI.run(["validate"])
        let validateFolder = try CLI.run(["validate", "--data", Self.folder.path])
        #expect(validate.stdout.replacingOccurrences(of: "<bundled>/vietnam-laos-defence", with: Self.folder.path)
            == validateFolder.stdout)
    }
}
