import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph diff OLD NEW` on hand-made pairs of folders.
@Suite struct DiffCommandTests {
    @Test func equalFoldersHaveNoDifferencesAndExitZero() throws {
        let folder = try XrefCommandTests.copy()
        let result = try CLI.run(["diff", XrefCommandTests.fixture, folder])
        #expect(result.status == 0)
        #expect(result.stdout == "no differences\n")
    }

    @Test func aChangedDateIsAChangeAndAMergeIsAMerge() throws {
        let folder = try XrefCommandTests.copy()
        let merged = try CLI.run(["merge", "chansamone", "chansamone-vi", "--data", folder, "--by", "a", "--at", "t"])
        #expect(merged.status == 0)
        let sources = folder + "/sources.yaml"
        let text = try String(contentsOfFile: sources, encoding: .utf8)
        try text.replacingOccurrences(of: "date: 2024-10-23", with: "date: 2024-10-24")
            .write(toFile: sources, atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", XrefCommandTests.fixture, folder])
        #expect(result.status == 1)
        #expect(result.stdout == """
            ~ source s2: date
            ~ entity chansamone: attributes, names
            > entity chansamone-vi merged into chansamone
            ~ relation member_of:chansamone-vi->mod-laos: from
            + judgement chansamone same as chansamone-vi (by a, at t)

            """)
        try text.write(toFile: sources, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["split", "chansamone", "chansamone-vi", "--data", folder]).status == 0)
        let back = try CLI.run(["diff", XrefCommandTests.fixture, folder])
        #expect(back.status == 0)
        #expect(back.stdout == "no differences\n")
    }

    @Test func theDatasetsTitleAndDescriptionAreCompared() throws {
        let folder = try XrefCommandTests.copy()
        let sources = folder + "/sources.yaml"
        let text = try String(contentsOfFile: sources, encoding: .utf8)
        try ("dataset:\n  title: Two articles\n  description: A test.\n" + text)
            .write(toFile: sources, atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", XrefCommandTests.fixture, folder])
        #expect(result.status == 1)
        #expect(result.stdout == "~ dataset: description, title\n")
        let json = try CLI.run(["diff", XrefCommandTests.fixture, folder, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any]
        #expect(object?["header"] as? [String] == ["description", "title"])
    }
}
