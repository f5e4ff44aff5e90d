import Foundation
import RelGraphAlgorithms
import RelGraphCore
@testable import RelGraphRender
import RelGraphGraphviz
import RelGraphTestSupport
import Testing

/// Every view laid out by the real Graphviz, in-process, and its SVG read back as XML: the nodes,
/// the edges, the tooltips and the Vietnamese text as the data has them. Serialized: Graphviz is
/// not thread-safe.
@Suite(.serialized) struct RenderedViewTests {
    let network = TestNetworks.ministries

    func svg(_ diagram: Diagram) throws -> SVGDocument {
        try SVGDocument(Graphviz.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: "svg"))
    }

    @Test func orgChartSVG() throws {
        let document = try svg(OrgChartView(network: network).diagram())
        #expect(try document.nodeTitles().sorted() == ["dept-vn", "giang", "minister", "mod-vn", "state-vn"])
        #expect(try document.edgeCount() == 4)
        #expect(try document.texts().contains("Phan Văn Giang"))
        #expect(try document.texts().contains("Việt Nam (VN)"))
    }

    @Test func networkSVGCarriesTooltipsInBothLanguagesAndLinks() throws {
        let document = try svg(NetworkView(network: network).diagram())
        // Graphviz writes nodes in its own order (dot: rank by rank).
        let titles = try document.nodeTitles().sorted()
        #expect(titles == (network.dataset.entities.map(\.id) + [Legend.nodeName]).sorted())
        #expect(try document.edgeCount() == 8)
        #expect(try document.tooltip(ofNode: "giang")
                == "Phan Văn Giang (vi)\nPhan Van Giang (en)\nperson · VN [giang]\nrank: Đại tướng\nrank_en: General")
        // The source's URL has an ampersand: escaped for the SVG, read back as it was.
        #expect(try document.links().allSatisfy { $0 == "https://example.org/news?id=1&lang=vi" })
        #expect(try document.links().count == 8)
    }

    @Test func egoAndPathSVG() throws {
        let ego = try svg(EgoView(network: network, center: TestNetworks.node("mod-vn")).diagram())
        let titles = try ego.nodeTitles().sorted()
        #expect(titles == ["dept-vn", "minister", "mod-la", "mod-vn", "protocol", Legend.nodeName, "state-vn"])
        #expect(try ego.edgeCount() == 5)
        let paths = Paths.kShortest(in: network.graph, from: TestNetworks.node("giang"),
                                    to: TestNetworks.node("mod-la"), k: 2)
        let path = try svg(PathView(network: network, paths: paths).diagram())
        #expect(try path.edgeCount() == 5)
        #expect(try path.texts().contains("participated_in"))
        #expect(try path.texts().contains("2024-10"))
        #expect(try path.texts().contains("article ¶3"))
    }

    /// Vietnamese text reaches the SVG byte for byte, in NFC as the data stores it.
    @Test func diacriticsAreByteExact() throws {
        let texts = try svg(NetworkView(network: network).diagram()).texts()
        let expected = "Bộ Quốc phòng Việt Nam"
        let drawn = try #require(texts.first { $0 == expected })
        #expect(Array(drawn.utf8) == Array(expected.utf8))
        #expect(Array(drawn.utf8) == Array(expected.precomposedStringWithCanonicalMapping.utf8))
    }

    /// Every field of every entity and relation set to one hostile string: the DOT parses, the SVG
    /// is well-formed XML, and the tooltip shows the string exactly.
    @Test(arguments: [
        #"quote " and "pair""#, "less < greater > tag <b>bold</b>", "amp & entity &amp; &lt; &#38; &bogus;",
        #"back\slash \N \G \L \n \l \\ end\"#, "new\nline\r\nand\rmore", "<TABLE><TR><TD>html</TD></TR></TABLE>",
        "{ } [ ] ; -> -- = % @ digraph node edge", "Điện Biên Phủ ຫຼວງພະບາງ 🇻🇳",
        String(repeating: "Điện Biên Phủ & <\"\\> ", count: 500),
    ])
    func hostileTextSurvives(text: String) throws {
        let hostile = TestNetworks.hostile(text)
        for diagram in [OrgChartView(network: hostile).diagram(), NetworkView(network: hostile).diagram(),
                        EgoView(network: hostile, center: 0, radius: 2).diagram()] {
            let document = try svg(diagram)
            #expect(try document.nodeTitles().contains("post"))
            let tooltip = try #require(try document.tooltip(ofNode: "post"))
            let firstLine = tooltip.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
            let expected = ViewText.clip(text).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
            if !text.contains("\r") { #expect(firstLine == expected) }
            #expect(try document.links().allSatisfy { $0.hasPrefix("https://example.org/?q=") })
        }
    }

    @Test func largeSyntheticOrgChartRendersWithAuto() throws {
        // A 600-organisation tree, each with a post and a holder: 1,800 entities.
        var entities: [Entity] = [], relations: [Relation] = []
        let source = [Citation(source: "s", quote: "q")]
        for i in 0..<600 {
            entities.append(Entity(id: "o\(i)", kind: .organization, names: [Name(text: "Đơn vị \(i)")], country: "VN"))
            entities.append(Entity(id: "p\(i)", kind: .post, names: [Name(text: "Chỉ huy \(i)")], country: "VN"))
            entities.append(Entity(id: "h\(i)", kind: .person, names: [Name(text: "Nguyễn Văn \(i)")], country: "VN"))
            if i > 0 {
                relations.append(Relation(id: "r\(i)", type: RelationType("part_of"), from: "o\(i)", to: "o\((i - 1) / 3)",
                                          citations: source))
            }
            relations.append(Relation(id: "pi\(i)", type: RelationType("post_in"), from: "p\(i)", to: "o\(i)", citations: source))
            relations.append(Relation(id: "h\(i)", type: RelationType("holds"), from: "h\(i)", to: "p\(i)", citations: source))
        }
        let network = Network(Dataset(sources: [Source(id: "s")], entities: entities, relations: relations))
        let diagram = OrgChartView(network: network).diagram()
        #expect(diagram.engine == .dot)
        let document = try svg(diagram)
        #expect(try document.nodeTitles().count == 1_800)
        #expect(try document.edgeCount() == 1_799)
    }
}
