import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph diff --rev OLD..NEW [FOLDER]` on a real git repository made for the test: a copy of
/// the xref fixture committed, then changed (a date, a relation added, two entities merged) and
/// committed again.
@Suite struct DiffRevisionTests {
    /// Runs git in `folder`, with an identity of its own so that commits need no configuration.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "git \(arguments) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A repository with three commits: a README alone, then the fixture at data/xref, then the changes
    /// (judgements.yaml added by `relgraph merge`).
    static func repository() throws -> (top: URL, folder: String) {
        let top = try TestFiles.temporaryFolder("relgraph-diff-rev")
        try git(["init", "-q"], in: top)
        try "a repository\n".write(to: top.appendingPathComponent("README"), atomically: true, encoding: .utf8)
        try git(["add", "README"], in: top)
        try git(["commit", "-q", "-m", "README"], in: top)
        let folder = top.appendingPathComponent("data/xref")
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: XrefCommandTests.fixture, toPath: folder.path)
        try git(["add", "."], in: top)
        try git(["commit", "-q", "-m", "the dataset"], in: top)
        try replace("date: 2024-10-23", with: "date: 2024-10-24", in: folder.appendingPathComponent("sources.yaml"))
        try replace("relations:\n", with: """
            relations:
              - {type: participated_in, from: chansamone, to: dialogue-5, sources: [{source: s1, quote: Minister Chansamone Chanyalath}]}

            """, in: folder.appendingPathComponent("relations.yaml"))
        let merged = try CLI.run(["merge", "chansamone", "chansamone-vi", "--data", folder.path, "--by", "analyst",
                                  "--at", "2026-12-03T10:00:00Z", "--why", "one minister"])
        #expect(merged.status == 0, "\(merged.stderr)")
        try git(["add", "."], in: top)
        try git(["commit", "-q", "-m", "changes"], in: top)
        return (top, folder.path)
    }

    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    static let expectedChanges = """
        ~ source s2: date
        ~ entity chansamone: attributes, names
        > entity chansamone-vi merged into chansamone
        + relation participated_in:chansamone->dialogue-5
        ~ relation member_of:chansamone-vi->mod-laos: from
        + judgement chansamone same as chansamone-vi (by analyst, at 2026-12-03T10:00:00Z, why: one minister)

        """

    @Test func twoRevisionsOfAFolderInsideARepository() throws {
        let (top, folder) = try Self.repository()
        // HEAD~1 is the dataset as committed, HEAD the changes and the new judgements.yaml.
        let result = try CLI.run(["diff", "--rev", "HEAD~1..HEAD", folder])
        #expect(result.stderr == "")
        #expect(result.status == 1)
        #expect(result.stdout == Self.expectedChanges)
        // The same from the repository's top with a relative folder, and "A.." meaning A..HEAD.
        let relative = try CLI.run(["diff", "--rev", "HEAD~1..", "data/xref"], in: top)
        #expect(relative.stdout == Self.expectedChanges)
        // The revisions are what git has, not the work tree: a change not committed is not seen.
        try Self.replace("date: 2024-10-22", with: "date: 2024-10-21", in: URL(fileURLWithPath: folder + "/sources.yaml"))
        let same = try CLI.run(["diff", "--rev", "HEAD..HEAD", folder])
        #expect(same.status == 0)
        #expect(same.stdout == "no differences\n")
        // The on-disk diff agrees: the revision read is the folder as it was.
        let commit = try Self.git(["rev-parse", "HEAD~1"], in: top).trimmingCharacters(in: .whitespacesAndNewlines)
        let json = try CLI.run(["diff", "--rev", "\(commit)..HEAD", folder, "--format", "json"])
        #expect(json.status == 1)
        #expect(json.stdout.contains(#""judgements" : {"#))
        #expect(json.stdout.contains(#""verdict" : "same""#))
    }

    @Test func aJudgementChangedAndRemoved() throws {
        let (top, folder) = try Self.repository()
        let judgements = URL(fileURLWithPath: folder + "/judgements.yaml")
        try Self.replace("{same: [chansamone, chansamone-vi]", with: "{different: [chansamone-vi, chansamone]", in: judgements)
        try Self.git(["commit", "-q", "-a", "-m", "not the same after all"], in: top)
        let changed = try CLI.run(["diff", "--rev", "HEAD~1..HEAD", folder])
        #expect(changed.stderr == "")
        #expect(changed.stdout == """
            ~ entity chansamone: attributes, names
            < entity chansamone-vi split from chansamone
            ~ relation member_of:chansamone-vi->mod-laos: from
            ~ judgement chansamone-vi different from chansamone (by analyst, at 2026-12-03T10:00:00Z, why: one minister): order, verdict

            """)
        try FileManager.default.removeItem(at: judgements)
        try Self.git(["commit", "-q", "-a", "-m", "no judgements"], in: top)
        let removed = try CLI.run(["diff", "--rev", "HEAD~1..HEAD", folder])
        #expect(removed.stdout == """
            - judgement chansamone-vi different from chansamone (by analyst, at 2026-12-03T10:00:00Z, why: one minister)

            """)
    }

    /// The bundled dataset's own history, read from relgraph's repository with the default folder.
    @Test func theBundledDatasetsHistory() throws {
        // One held_at for the tri-border exchange instead of three, and two relations' citations.
        let placed = try CLI.run(["diff", "--rev", "ecd73b3~1..ecd73b3"], in: CLI.packageRoot)
        #expect(placed.stderr == "")
        #expect(placed.status == 1)
        #expect(placed.stdout == """
            + relation tri-border-exchange-1-held-at-kon-tum
            - relation tri-border-exchange-1-held-at-kon-tum-city
            - relation tri-border-exchange-1-held-at-kon-tum-planned
            - relation tri-border-exchange-1-held-at-ngoc-hoi
            ~ relation mod-vietnam-cooperates-mod-laos-2020-2024: sources
            ~ relation mod-vietnam-cooperates-mod-laos-2025-2029: sources

            """)
        // Citations moved from one article file to another: the files changed, the dataset did not.
        let moved = try CLI.run(["diff", "--rev", "200689b~1..200689b"], in: CLI.packageRoot)
        #expect(moved.status == 0)
        #expect(moved.stdout == "no differences\n")
        // A revision whose files the reader refuses: errors at REVISION:file:line:column.
        let invalid = try CLI.run(["diff", "--rev", "9ef37b5~1..9ef37b5"], in: CLI.packageRoot)
        #expect(invalid.status == 65)
        #expect(invalid.stdout == "")
        #expect(invalid.stderr.hasPrefix("9ef37b5~1:Data/vietnam-laos-defence/articles/u08-talkvietnam-2021-12-12.yaml:50:94: "
                                         + "error: unknown field '2021)' in name"))
    }

    @Test func errorsAreOneLine() throws {
        let (top, folder) = try Self.repository()
        let absent = try CLI.run(["diff", "--rev", "HEAD~2..HEAD", folder])
        #expect(absent.status == 65)
        #expect(absent.stdout == "")
        #expect(absent.stderr == "relgraph: error: the folder 'data/xref' does not exist at revision HEAD~2\n")
        let unknown = try CLI.run(["diff", "--rev", "no-such-tag..HEAD", folder])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "relgraph: error: unknown git revision 'no-such-tag'\n")
        let option = try CLI.run(["diff", "--rev", "--output=x..HEAD", folder])
        #expect(option.status == 64)
        let outside = try TestFiles.temporaryFolder("relgraph-no-git")
        let notGit = try CLI.run(["diff", "--rev", "HEAD~1..HEAD", outside.path])
        #expect(notGit.status == 64)
        #expect(notGit.stderr == "relgraph: error: \(outside.path) is not in a git repository\n")
        // Without a folder: the bundled dataset's folder, which this repository does not have.
        let bundled = try CLI.run(["diff", "--rev", "HEAD~1..HEAD"], in: top)
        #expect(bundled.status == 65)
        #expect(bundled.stderr == "relgraph: error: the folder 'Data/vietnam-laos-defence' does not exist at revision HEAD~1\n")
        let range = try CLI.run(["diff", "--rev", "HEAD", folder])
        #expect(range.status == 64)
        #expect(range.stderr.contains("--rev takes a range OLD..NEW of two git revisions, such as HEAD~1..HEAD"))
        let twoFolders = try CLI.run(["diff", "--rev", "HEAD~1..HEAD", folder, folder])
        #expect(twoFolders.status == 64)
        #expect(twoFolders.stderr.contains("--rev compares one folder at two revisions"))
    }
}
