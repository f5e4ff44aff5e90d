import Foundation
import Testing

/// Bad input from anywhere gets one exact line naming the file, line and column, exit 65, and no
/// crash; odd but valid input is accepted with the right counts.
@Suite struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        var stdout: String
        var stderr: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "latin1.yaml", status: 65,
             stdout: "latin1.yaml:2:34: error: the file is not valid UTF-8 text\n0 entities, 0 relations, 0 sources: 1 error, 0 warnings\n",
             stderr: ""),
        Case(file: "utf16-bom.yaml", status: 65,
             stdout: "utf16-bom.yaml:1:1: error: the file is UTF-16 text: save it as UTF-8\n0 entities, 0 relations, 0 sources: 1 error, 0 warnings\n",
             stderr: ""),
        Case(file: "nul-byte.yaml", status: 65,
             stdout: "nul-byte.yaml:4:14: error: the file contains a NUL character\n0 entities, 0 relations, 0 sources: 1 error, 0 warnings\n",
             stderr: ""),
        Case(file: "dates-and-ids.yaml", status: 65, stdout: """
            dates-and-ids.yaml:4:10: error: entity id 'a b' is not a slug (lowercase letters, digits, '-', '_', '.')
            dates-and-ids.yaml:5:10: error: entity id '🙂' is not a slug (lowercase letters, digits, '-', '_', '.')
            dates-and-ids.yaml:8:43: warning: relation 'r1' connects 'c' to itself
            dates-and-ids.yaml:8:57: error: 'from_date' is not a valid date: '2024-02-30' (use YYYY, YYYY-MM or YYYY-MM-DD)
            3 entities, 1 relations, 1 sources: 3 errors, 1 warning

            """, stderr: ""),
        // One typo in entities.yaml: the syntax error, the references into the item it left unread
        // counted once, the rest of the file still read (7 of 8 entities) and a real dangling
        // reference still reported. Before: the syntax error and 16 "unknown entity" errors.
        Case(file: "broken-entities", status: 65, stdout: """
            broken-entities/entities.yaml:6:24: error: YAML syntax: did not find expected ',' or '}' while parsing a flow mapping at line 6
            broken-entities/entities.yaml:6:24: warning: 2 references into the part of broken-entities/entities.yaml that this error left unread were not checked
            broken-entities/relations.yaml:51:9: error: relation 'dangling-for-real' refers to unknown entity 'post-that-no-file-defines'
            7 entities, 8 relations, 1 sources: 2 errors, 1 warning

            """, stderr: ""),
        Case(file: "truncated.json", status: 65, stdout: "",
             stderr: "truncated.json:1:1: error: not valid JSON: Unexpected end of file during JSON parse.\n"),
        Case(file: "invalid-utf8-attribute-name.graphml", status: 65, stdout: "",
             stderr: "invalid-utf8-attribute-name.graphml:11:37: error: the file is not valid UTF-8 text\n"),
        Case(file: "two-graphs.dot", status: 65, stdout: "",
             stderr: "two-graphs.dot:1:1: error: the DOT holds 2 graphs (the second is 'second'); relgraph reads one graph per file\n"),
        Case(file: "text-after-graph.dot", status: 65, stdout: "",
             stderr: "text-after-graph.dot:4:1: error: syntax error in line 4 near 'c'\n"),
        Case(file: "html-labels.dot", status: 0,
             stdout: "3 entities, 4 relations, 0 sources: 0 errors, 0 warnings\n", stderr: ""),
    ]

    @Test(arguments: cases)
    func validateGivesTheExactLine(_ hostile: Case) throws {
        let folder = CLI.fixtures.appendingPathComponent("hostile")
        let result = try CLI.run(["validate", "--data", hostile.file], in: folder)
        #expect(result.status == hostile.status)
        #expect(result.stdout == hostile.stdout)
        #expect(result.stderr == hostile.stderr)
    }

    /// Quotes, `&` and `<` in a quoted label stay text; `\N` is the node's name; an HTML label is
    /// drawing markup, so the node keeps its id as its name.
    @Test func dotLabelsKeepTheirText() throws {
        let dot = CLI.fixture("hostile/html-labels.dot")
        #expect(try CLI.run(["search", "say hi", "--data", dot]).stdout == "c  unspecified  say \"hi\" & <go>\n")
        #expect(try CLI.run(["search", "lao", "--data", dot]).stdout.hasPrefix("b  unspecified  b — Lào"))
        #expect(try CLI.run(["show", "a", "--data", dot]).stdout.hasPrefix("a [a]\n"))
    }

    /// A million copies of one relation: read in linear time (ids `~2` … `~1000000`), counted once each.
    @Test func millionDuplicateRelations() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id,kind,name\n0,unit,Sư đoàn 1\n1,unit,Sư đoàn 2\n".utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        var edges = Data("source,target,type\n".utf8)
        edges.append(Data(repeating: 0, count: 0))
        edges.append(contentsOf: Array(repeating: Array("0,1,cooperates_with\n".utf8), count: 1_000_000).joined())
        try edges.write(to: folder.appendingPathComponent("edges.csv"))
        let result = try CLI.run(["stats", "--data", folder.path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        #expect((json?["relations"] as? [String: Any])?["total"] as? Int == 1_000_000)
    }

    /// One 100 MB line with no newline: refused with its position, not read into a crash or a hang.
    @Test func hundredMegabyteLine() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var line = Data("entities: [".utf8)
        line.append(Data(repeating: UInt8(ascii: "x"), count: 100_000_000))
        try line.write(to: folder.appendingPathComponent("huge.yaml"))
        let result = try CLI.run(["validate", "--data", "huge.yaml"], in: folder)
        #expect(result.status == 65)
        #expect(result.stdout == """
            huge.yaml:2:1: error: YAML syntax: did not find expected ',' or ']' while parsing a flow sequence at line 1
            0 entities, 0 relations, 0 sources: 1 error, 0 warnings

            """)
    }
}
