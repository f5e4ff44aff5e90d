import Foundation
import RelGraphTestSupport
import Testing

/// Tests/Fixtures/hostile-names: names, quotes, URLs and attributes made of what DOT, XML and
/// HTML-like labels choke on. Every view in every format renders; the DOT reads back into
/// Graphviz; the SVG is well-formed XML and shows each name exactly as the data has it.
@Suite struct RenderHostileNamesTests {
    static let data = CLI.fixture("hostile-names")

    static let views: [[String]] = [
        ["--view", "org"], ["--view", "network"], ["--view", "ego", "node", "--radius", "3"],
        ["--view", "path", "subgraph", "digraph"],
    ]

    func render(_ view: [String], _ extra: [String] = []) throws -> CLI.Result {
        let result = try CLI.run(["render"] + view + extra + ["--data", Self.data])
        #expect(result.status == 0, "\(view) \(extra): \(result.stderr)")
        return result
    }

    @Test(arguments: views)
    func everyFormatRendersAndTheDOTReadsBack(view: [String]) throws {
        for format in ["svg", "png", "pdf", "json"] {
            #expect(try !render(view, ["--format", format]).stdoutBytes.isEmpty)
        }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("view.dot")
        try render(view, ["--format", "dot"]).stdoutBytes.write(to: dot)
        let again = try CLI.run(["render", "--dot", dot.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdoutBytes == (try render(view).stdoutBytes))
    }

    @Test func namesReadExactlyAsWritten() throws {
        let document = try SVGDocument(try render(["--view", "network"]).stdoutBytes)
        let firstLines = try ["node", "edge", "graph", "subgraph", "digraph"].map { id in
            try document.tooltip(ofNode: id)?.components(separatedBy: "\n").first
        }
        #expect(firstLines == [
            #"Bộ "Quốc phòng" <Việt Nam> & đối tác (vi)"#,
            "&amp; &lt;already escaped&gt; &#38; &unknown; AT&T (vi)",
            #"<b>HTML-like</b> <I>label</I> <BR/> <font color="red">red</font> (vi)"#,
            #"Back\slash \N \G \E \T \H \L end\ (vi)"#,
            #"Nghị định thư "2025–2029" & kế hoạch <2025> (vi)"#,
        ])
        let edgeName = try #require(try document.tooltip(ofNode: "edge"))
        #expect(edgeName.contains("line one\nline two\nline three (en)"))
        let texts = try document.texts()
        #expect(texts.contains(#"Bộ "Quốc phòng""#))
        #expect(texts.contains("<b>HTML-like</b>"))
        #expect(texts.contains(#"Back\slash \N \G"#))
        #expect(try document.links().allSatisfy { $0 == "https://example.org/a?x=1&y=2&z=%223%22%3C4%3E" })
    }

    @Test func aTenKilobyteNameStaysASmallNode() throws {
        let document = try SVGDocument(try render(["--view", "network"]).stdoutBytes)
        let tooltip = try #require(try document.tooltip(ofNode: "strict"))
        #expect(tooltip.components(separatedBy: "\n")[0].count == 400 + " (vi)".count)
        let svg = String(decoding: try render(["--view", "network"]).stdoutBytes, as: UTF8.self)
        let width = try #require(svg.firstMatch(of: /<svg width="(\d+)pt"/).flatMap { Int($0.1) })
        #expect(width < 2_000)
    }
}
