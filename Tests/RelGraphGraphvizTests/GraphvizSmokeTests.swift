import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RelGraphGraphviz
import Testing

/// Graphviz linked in-process: a two-node graph becomes SVG, and failures become `GraphvizError`s
/// carrying Graphviz's own message. Serialized: Graphviz is not thread-safe.
@Suite(.serialized) struct GraphvizSmokeTests {
    @Test func rendersTwoNodeGraphToSVG() throws {
        let bytes = try Graphviz.render(dot: #"digraph { a [label="Điện Biên"]; a -> b }"#, engine: "dot", format: "svg")
        let svg = try XMLDocument(data: Data(bytes))
        let titles = try svg.nodes(forXPath: "//*[local-name()='g']/*[local-name()='title']").map(\.stringValue)
        // An anonymous graph is named by a process-wide counter ("%3" in a fresh process, "%19"
        // after other renders): the views always name their graphs.
        #expect(titles.first??.hasPrefix("%") == true)
        #expect(titles.dropFirst() == ["a", "b", "a->b"])
        let texts = try svg.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts == ["Điện Biên", "b"])
    }

    @Test func syntaxErrorCarriesGraphvizMessage() {
        #expect(throws: GraphvizError.syntax(message: "syntax error in line 1 near '->'")) {
            try Graphviz.render(dot: "digraph { -> }", engine: "dot", format: "svg")
        }
    }

    @Test func unknownEngineAndFormatFailThenRenderingStillWorks() throws {
        #expect(throws: GraphvizError.layout(engine: "nope", message: "Layout type: \"nope\" not recognized. Use one of: circo dot fdp neato nop nop1 nop2 osage patchwork sfdp twopi")) {
            try Graphviz.render(dot: "digraph { a }", engine: "nope", format: "svg")
        }
        #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph { a }", engine: "dot", format: "nope") }
        let bytes = try Graphviz.render(dot: "digraph { a }", engine: "dot", format: "svg")
        #expect(String(decoding: bytes, as: UTF8.self).contains("<title>a</title>"))
    }
}
