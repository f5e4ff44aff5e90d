import RelGraphAlgorithms
import RelGraphCore
@testable import RelGraphRender
import Testing

/// The four views as DOT text on a small network built in Swift: what each draws, how it groups
/// and labels it, and which engine `auto` picks. No Graphviz here.
@Suite struct ViewTests {
    let network = TestNetworks.ministries

    /// The statements of `dot` that draw edges, as "from -> to".
    func edgeEnds(_ dot: String) -> [String] {
        dot.split(separator: "\n").filter { $0.contains(" -> ") }.map { line in
            line.trimmingCharacters(in: .whitespaces).components(separatedBy: " [")[0].replacingOccurrences(of: "\"", with: "")
        }
    }

    /// The names of the nodes `dot` declares, in order.
    func nodeNames(_ dot: String) -> [String] {
        dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("\"") && !$0.contains(" -> ") }
            .map { String($0.dropFirst().prefix { $0 != "\"" }) }
    }

    @Test func orgChartNestsCountryTopOrganisationAndOrganisationWithPosts() {
        let diagram = OrgChartView(network: network).diagram()
        #expect(diagram.engine == .dot)
        #expect((diagram.nodeCount, diagram.edgeCount) == (5, 4))
        let structure = diagram.dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("subgraph") || $0 == "}" || ($0.hasPrefix("\"") && !$0.contains("->")) }
            .map { $0.components(separatedBy: " [")[0] }
        #expect(structure == [
            #"subgraph "cluster_country_VN" {"#,
            #"subgraph "cluster_top_state-vn" {"#,
            #""state-vn""#,
            #"subgraph "cluster_org_mod-vn" {"#,
            #""mod-vn""#, #""minister""#,
            "}",
            #""dept-vn""#, #""giang""#,
            "}", "}", "}",
        ])
        #expect(diagram.dot.contains(#"label="Việt Nam (VN)""#))
        // The whole above its parts, arrowheads still on the whole: drawn reversed with dir=back.
        #expect(edgeEnds(diagram.dot) == ["state-vn -> mod-vn", "mod-vn -> dept-vn", "mod-vn -> minister",
                                          "minister -> giang"])
        #expect(diagram.dot.components(separatedBy: #"dir="back""#).count - 1 == 4)
        #expect(diagram.dot.contains(#""giang" [label="Đại tướng\nPhan Văn Giang""#))
    }

    @Test func orgChartHonoursTheDateFilter() {
        let criteria = TraversalCriteria(at: PartialDate("2020"))
        var relations = network.dataset.relations
        relations[3].fromDate = PartialDate("2021-04")
        let dated = Network(Dataset(sources: network.dataset.sources, entities: network.dataset.entities,
                                    relations: relations))
        let diagram = OrgChartView(network: dated, filter: TraversalFilter(dated, criteria)).diagram()
        #expect(!nodeNames(diagram.dot).contains("giang"))
    }

    @Test func networkDrawsEveryEntityWithStylesAndALegend() {
        let diagram = NetworkView(network: network).diagram()
        #expect(diagram.nodeCount == 9)
        #expect(diagram.edgeCount == 8)
        #expect(nodeNames(diagram.dot) == network.dataset.entities.map(\.id) + [Legend.nodeName])
        #expect(diagram.dot.contains(##""mod-vn" -> "mod-la" [color="#c62828", fontcolor="#c62828", style="dashed", dir="none""##))
        #expect(diagram.dot.contains(##""talks" [label="Hội đàm", shape="octagon", style="filled", fillcolor="#fff2c2""##))
        #expect(!diagram.dot.contains(#"label="part_of""#))
        let labelled = NetworkView(network: network, edgeLabels: true).diagram()
        #expect(labelled.dot.components(separatedBy: #"[label="part_of""#).count - 1 == 2)
    }

    @Test func networkFiltersByKindTypeCountryAndDate() {
        func shown(_ criteria: TraversalCriteria, countries: Set<String>? = nil) -> [String] {
            var filter = TraversalFilter(network, criteria)
            if let countries { filter = filter.keeping(countries: countries, in: network) }
            return NetworkView(network: network, filter: filter).selection().nodes.map { network.entity($0).id }
        }
        #expect(shown(TraversalCriteria(kinds: [.person, .post])) == ["minister", "giang"])
        // Relation filters leave out the entities they leave without relations.
        #expect(shown(TraversalCriteria(types: [RelationType("participated_in")])) == ["giang", "mod-la", "talks"])
        #expect(shown(TraversalCriteria(statuses: [.proposed])) == ["mod-vn", "mod-la"])
        #expect(shown(TraversalCriteria(), countries: ["LA"]) == ["mod-la"])
        // On 2026-01-01 the 2024 talks are over; the protocol (2025–2029) and undated relations hold.
        let atDate = shown(TraversalCriteria(at: PartialDate("2026-01-01")))
        #expect(!atDate.contains("talks"))
        #expect(atDate.contains("protocol"))
    }

    @Test func egoDrawsTheNeighbourhoodWithLabelsAndAHeavyCentre() {
        let one = EgoView(network: network, center: TestNetworks.node("giang")).diagram()
        #expect(nodeNames(one.dot) == ["giang", "minister", "talks", Legend.nodeName])
        #expect(edgeEnds(one.dot) == ["giang -> minister", "giang -> talks"])
        #expect(one.dot.contains(#"tooltip="Phan Văn Giang (vi)\nPhan Van Giang (en)\nperson · VN [giang]\nrank: Đại tướng\nrank_en: General", penwidth="3"]"#))
        #expect(one.dot.contains(##"[label="holds", color="#1f4e8c""##))
        let two = EgoView(network: network, center: TestNetworks.node("giang"), radius: 2).diagram()
        #expect(nodeNames(two.dot) == ["giang", "minister", "talks", "mod-vn", "mod-la", Legend.nodeName])
        // Every open relation among them, not only the ones the search walked.
        #expect(edgeEnds(two.dot) == ["minister -> mod-vn", "giang -> minister", "giang -> talks",
                                      "mod-la -> talks", "mod-vn -> mod-la"])
    }

    @Test func pathLabelsEachRelationAndKeepsItsArrowWhenWalkedBackwards() {
        let paths = Paths.kShortest(in: network.graph, from: TestNetworks.node("giang"),
                                    to: TestNetworks.node("mod-la"), k: 2)
        let diagram = PathView(network: network, paths: paths).diagram()
        #expect(diagram.engine == .dot)
        #expect(nodeNames(diagram.dot) == ["giang", "talks", "mod-la", "minister", "mod-vn"])
        #expect(edgeEnds(diagram.dot) == ["giang -> talks", "talks -> mod-la", "giang -> minister",
                                          "minister -> mod-vn", "mod-vn -> mod-la"])
        #expect(diagram.dot.contains(##""talks" -> "mod-la" [label="participated_in\n2024-10\narticle ¶3", color="#b26a00", fontcolor="#b26a00", dir="back""##))
        #expect(diagram.dot.contains(#"label="cooperates_with\nproposed\narticle ¶5""#))
        #expect(diagram.dot.components(separatedBy: #"penwidth="3""#).count - 1 == 2)
    }

    @Test func legendListsWhatTheDiagramShows() {
        let nodes = ["giang", "talks"].map { TestNetworks.node($0) }
        let legend = Legend(network: network, nodes: nodes, edges: [4])
        #expect(legend.lines == ["Legend", "person: orange ellipse", "event: yellow octagon",
                                 "orange: events (participated_in, co_chairs, round_of, hosted, …)",
                                 "solid line: reported"])
    }

    @Test func autoPicksByViewAndSize() {
        #expect(LayoutEngine.auto.resolved(for: .org, nodes: 1_000) == .dot)
        #expect(LayoutEngine.auto.resolved(for: .org, nodes: 5_000) == .sfdp)
        #expect(LayoutEngine.auto.resolved(for: .path, nodes: 12) == .dot)
        #expect(LayoutEngine.auto.resolved(for: .ego, nodes: 12) == .dot)
        #expect(LayoutEngine.auto.resolved(for: .network, nodes: 77) == .dot)
        #expect(LayoutEngine.auto.resolved(for: .ego, nodes: 151) == .sfdp)
        #expect(LayoutEngine.auto.resolved(for: .network, nodes: 5_000) == .sfdp)
        #expect(LayoutEngine.neato.resolved(for: .network, nodes: 5_000) == .neato)
    }

    @Test func engineAttributesMakeLayoutsRepeatable() {
        func attributes(_ engine: LayoutEngine, _ nodes: Int) -> [String] {
            engine.graphAttributes(nodes: nodes, dotAttributes: [DOTAttribute("rankdir", "LR")]).map(\.text)
        }
        #expect(attributes(.dot, 10) == [#"layout="dot""#, #"rankdir="LR""#, #"splines="true""#])
        #expect(attributes(.fdp, 77) == [#"layout="fdp""#, #"splines="true""#, #"start="1""#, #"overlap="prism""#,
                                         #"outputorder="edgesfirst""#])
        #expect(attributes(.neato, 77)[1] == #"splines="false""#)
        #expect(attributes(.sfdp, 5_000) == [#"layout="sfdp""#, #"splines="false""#, #"start="1""#,
                                             #"overlap="prism0""#, #"outputorder="edgesfirst""#])
    }
}
