@testable import RelGraphRender
import Testing

/// Escaping for DOT, the writer's fixed order, and how labels are wrapped: pure text, no Graphviz.
@Suite struct DOTTextTests {
    @Test func quotedEscapesQuotesBackslashesAmpersandsAndLineBreaks() {
        #expect(DOT.quoted(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOT.quoted(#"a\b \N \n"#) == #""a\\b \\N \\n""#)
        #expect(DOT.quoted("AT&T &amp; &lt;") == #""AT&amp;T &amp;amp; &amp;lt;""#)
        #expect(DOT.quoted("one\ntwo\r\nthree\rfour") == #""one\ntwo\nthree\nfour""#)
        #expect(DOT.quoted("<b>bold</b> {x} [y]; -> --") == #""<b>bold</b> {x} [y]; -> --""#)
        #expect(DOT.quoted("Điện Biên Phủ ຫຼວງພະບາງ") == "\"Điện Biên Phủ ຫຼວງພະບາງ\"")
        #expect(DOT.quoted("nul\0byte") == #""nulbyte""#)
    }

    @Test func leftJustifiedLinesEndInBackslashL() {
        #expect(DOT.quotedLeftJustified(["Legend", #"a "b""#]) == #""Legend\la \"b\"\l""#)
    }

    @Test func idsKeepBackslashesExceptWhereDOTCannotWriteThem() {
        #expect(DOT.id("mod-vietnam") == #""mod-vietnam""#)
        #expect(DOT.id("node") == #""node""#)
        #expect(DOT.id(#"a"b"#) == #""a\"b""#)
        #expect(DOT.id(#"a\b&c"#) == #""a\b&c""#)
        #expect(DOT.id(#"ends\"#) == "\"ends\u{29F5}\"")
        #expect(DOT.id("two\nlines") == #""two lines""#)
    }

    @Test func urlsArePercentEncodedWhereURLsCannotHoldACharacter() {
        #expect(DOT.url("https://example.org/a?x=1&y=2") == "https://example.org/a?x=1&y=2")
        #expect(DOT.url(#"https://e.org/?q="a b"<c>\d"#) == "https://e.org/?q=%22a%20b%22%3Cc%3E%5Cd")
        #expect(DOT.url("https://vi.wikipedia.org/wiki/Điện_Biên") == "https://vi.wikipedia.org/wiki/Điện_Biên")
        // The ampersand is left for `quoted`, which the SVG then carries as &amp;.
        #expect(DOTAttribute("URL", DOT.url("https://e.org/?a=1&b=2")).dotValue == #""https://e.org/?a=1&amp;b=2""#)
    }

    @Test func writerKeepsStatementsAndAttributesInOrder() {
        var writer = DOTWriter(name: "g")
        writer.defaults("node", [DOTAttribute("shape", "box")])
        writer.attribute(DOTAttribute("rankdir", "LR"))
        writer.subgraph("cluster_x", [DOTAttribute("label", "X")]) { writer in
            writer.node("a", [DOTAttribute("label", "A"), DOTAttribute("tooltip", "t")])
        }
        writer.node("b", [])
        writer.edge("a", "b", [DOTAttribute("style", "dashed")])
        #expect(writer.finished() == """
            digraph "g" {
              node [shape="box"]
              rankdir="LR"
              subgraph "cluster_x" {
                label="X"
                "a" [label="A", tooltip="t"]
              }
              "b"
              "a" -> "b" [style="dashed"]
            }

            """)
    }

    @Test func wrapBalancesLinesAndCutsLongText() {
        #expect(ViewText.wrap("Bộ Quốc phòng") == "Bộ Quốc phòng")
        // 26 characters: two lines cut near the middle, not "…Việt\nNam".
        #expect(ViewText.wrap("Quân đội nhân dân Việt Nam") == "Quân đội nhân\ndân Việt Nam")
        #expect(ViewText.wrap("Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")
                == "Bộ Chính trị Ban Chấp\nhành Trung ương Đảng\nCộng sản Việt Nam")
        #expect(ViewText.wrap(String(repeating: "x", count: 30)) == String(repeating: "x", count: 24) + "\nxxxxxx")
        let long = ViewText.wrap(String(repeating: "Điện Biên Phủ ", count: 800))
        #expect(long.split(separator: "\n").count == ViewText.maxLines)
        #expect(long.hasSuffix("…"))
        #expect(long.split(separator: "\n").allSatisfy { $0.count <= ViewText.lineWidth })
    }

    @Test func clipCutsAtTheLimit() {
        #expect(ViewText.clip("short", 10) == "short")
        #expect(ViewText.clip("0123456789abc", 10) == "012345678…")
    }
}
