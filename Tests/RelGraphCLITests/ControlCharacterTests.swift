import Foundation
import RelGraphTestSupport
import Testing

/// Control characters from data (#14, Tests/Fixtures/hostile/control-characters.yaml): shown as
/// pictures in every line relgraph prints, never raw; the SVG stays XML; a NUL survives a DOT export;
/// a `javascript:` address is no link.
@Suite struct ControlCharacterTests {
    static let fixture = "control-characters.yaml"
    static func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments + ["--data", fixture], in: CLI.fixtures.appendingPathComponent("hostile"))
    }

    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func validateWarnsInOneLineEach() throws {
        let result = try Self.run(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            control-characters.yaml:4:54: warning: source 's' has an address that is not http(s): 'javascript:alert(1)' (drawings do not link to it)
            control-characters.yaml:6:34: warning: a name of entity 'a' contains a control character: 'A␛[31mred␌␀x'
            control-characters.yaml:7:34: warning: a name of entity 'b' contains a control character: 'B␇C␍␊/x.yaml:1:1: error: forged'
            2 entities, 1 relations, 1 sources: 0 errors, 3 warnings

            """)
    }

    @Test func textOutputHasNoRawControlCharacter() throws {
        for command in [["show", "a"], ["show", "b"], ["neighbors", "a"], ["path", "a", "b"], ["stats"]] {
            let result = try Self.run(command)
            #expect(result.status == 0, "\(command)")
            #expect(!Self.hasRawControl(result.stdout), "\(command): \(result.stdout)")
        }
        #expect(try Self.run(["show", "a"]).stdout.hasPrefix("A␛[31mred␌␀x [a]\n"))
    }

    @Test func theDrawingIsXMLWithoutAScriptLink() throws {
        let result = try Self.run(["render", "--view", "network"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try SVGDocument(Array(result.stdoutBytes))
        #expect(try svg.links().isEmpty)
        #expect(try Set(svg.nodeTitles()).isSuperset(of: ["a", "b"]))
        // ESC shown as its picture; the label wrapper takes the form feed for a space and drops the NUL.
        #expect(try svg.texts().contains("A␛[31mred x"))
    }

    @Test func aNULSurvivesDOTExportAsAPicture() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("out.dot").path
        #expect(try Self.run(["export", "--format", "dot", "-o", dot]).status == 0)
        let back = try CLI.run(["show", "a", "--data", dot])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.hasPrefix("A␛[31mred␌␀x [a]\n"))
    }
}
