import RelGraphAlgorithms
import RelGraphCore

/// The organisation chart: organisations linked by `part_of`, the posts in them (`post_in`) and the
/// people who hold those posts (`holds`), drawn top-down with the whole above its parts.
///
/// With dot, boxes group the chart the way a reader looks for things: one per country, inside it one per top
/// organisation (an organisation that is part of nothing), and inside that one per organisation
/// that has posts, holding the organisation and its posts. A person sits inside the top
/// organisation of all the posts they hold, or in their country's box when the posts are spread
/// over several (a minister who is also a party leader). People are labelled with their rank.
///
/// The filter closes relations (an org chart `--at 2024` shows who held which post then) and
/// entities, as in `NetworkView`.
public struct OrgChartView: Sendable {
    public let network: Network
    public let filter: TraversalFilter

    public init(network: Network, filter: TraversalFilter = .undirected) {
        self.network = network
        self.filter = filter
    }

    /// The entities of the chart, the relations between them, and the organisation tree they form.
    struct Chart {
        var members: [Graph.Node] = []
        var edges: [Graph.Edge] = []
        var tree: OrganisationTree
    }

    /// The chart as DOT text, for `engine` (auto: dot, or sfdp for a very large chart).
    /// - Complexity: O(V + E · depth of the part_of tree).
    public func diagram(engine: LayoutEngine = .auto) -> Diagram {
        let chart = self.chart()
        let painter = EntityPainter(network: network)
        let engine = engine.resolved(for: .org, nodes: chart.members.count)
        var writer = DOTWriter.view("org", engine: engine, nodes: chart.members.count, dotAttributes: [
            DOTAttribute("rankdir", "TB"), DOTAttribute("newrank", "true"),
            DOTAttribute("nodesep", "0.2"), DOTAttribute("ranksep", "0.45"),
        ])
        writer.attribute(DOTAttribute("labelloc", "t"))
        writer.attribute(DOTAttribute("label", "Organisation chart" + (network.dataset.title.map { " — \($0)" } ?? "")))
        // Boxes for dot alone: fdp, the one other engine that draws clusters, places them
        // differently from run to run (Graphviz 2.42), and the others ignore them.
        if engine == .dot {
            writeBoxes(chart, painter: painter, into: &writer)
        } else {
            for member in chart.members { write(member, painter, into: &writer) }
        }
        // The whole above its parts; arrows still point from part to whole, person to post.
        for edge in chart.edges { painter.edge(edge, into: &writer, reversed: true) }
        return Diagram(dot: writer.finished(), engine: engine, nodeCount: chart.members.count,
                       edgeCount: chart.edges.count, edges: chart.edges.map { Diagram.Line($0, reversed: true) })
    }

    /// Writes the members in boxes: by country, then top organisation, then organisation with posts.
    private func writeBoxes(_ chart: Chart, painter: EntityPainter, into writer: inout DOTWriter) {
        let top = chart.members.map { chart.tree.topOrganisation(of: $0) }
        let hasPosts = Set(chart.members.filter { network.graph.kind(of: $0) == .post }.compactMap { chart.tree.unit(of: $0) })
        var byCountry: [String?: [Int]] = [:]
        for (i, member) in chart.members.enumerated() {
            byCountry[network.entity(top[i] ?? member).country, default: []].append(i)
        }
        let countries = byCountry.keys.sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }
        for country in countries {
            let indices = byCountry[country] ?? []
            let drawCountry: (inout DOTWriter) -> Void = { writer in
                self.writeTops(indices, top: top, hasPosts: hasPosts, chart: chart, painter: painter, into: &writer)
            }
            if let country {
                writer.subgraph("cluster_country_\(country)", [DOTAttribute("label", countryTitle(country)),
                                                               DOTAttribute("style", "rounded"),
                                                               DOTAttribute("color", "#8a8a8a")], drawCountry)
            } else {
                drawCountry(&writer)
            }
        }
    }

    /// Writes the members at `indices` (one country's), a box per top organisation.
    private func writeTops(_ indices: [Int], top: [Graph.Node?], hasPosts: Set<Graph.Node>, chart: Chart,
                           painter: EntityPainter, into writer: inout DOTWriter) {
        var loose: [Int] = []
        var byTop: [Graph.Node: [Int]] = [:]
        var tops: [Graph.Node] = []
        for i in indices {
            guard let root = top[i] else { loose.append(i); continue }
            if byTop[root] == nil { tops.append(root) }
            byTop[root, default: []].append(i)
        }
        for root in tops {
            writer.subgraph("cluster_top_\(network.entity(root).id)",
                            [DOTAttribute("label", ""), DOTAttribute("style", "filled"),
                             DOTAttribute("fillcolor", "#f6f8fb"), DOTAttribute("color", "#c9d3e0")]) { writer in
                var inOrganisation: [Graph.Node: [Graph.Node]] = [:]
                var rest: [Graph.Node] = []
                for i in byTop[root] ?? [] {
                    let member = chart.members[i]
                    if let unit = postOrganisation(of: member, chart: chart, hasPosts: hasPosts) {
                        inOrganisation[unit, default: []].append(member)
                    } else {
                        rest.append(member)
                    }
                }
                for member in rest {
                    guard let posts = inOrganisation[member] else { self.write(member, painter, into: &writer); continue }
                    writer.subgraph("cluster_org_\(network.entity(member).id)",
                                    [DOTAttribute("label", ""), DOTAttribute("style", "dashed"),
                                     DOTAttribute("color", "#9fb3c8")]) { writer in
                        self.write(member, painter, into: &writer)
                        for post in posts { self.write(post, painter, into: &writer) }
                    }
                }
            }
        }
        for i in loose { write(chart.members[i], painter, into: &writer) }
    }

    /// The organisation whose box a post belongs in.
    private func postOrganisation(of node: Graph.Node, chart: Chart, hasPosts: Set<Graph.Node>) -> Graph.Node? {
        guard network.graph.kind(of: node) == .post, let unit = chart.tree.unit(of: node), hasPosts.contains(unit) else {
            return nil
        }
        return unit
    }

    private func write(_ node: Graph.Node, _ painter: EntityPainter, into writer: inout DOTWriter) {
        let entity = network.entity(node)
        painter.node(node, into: &writer, label: ViewText.label(of: entity, withRank: entity.kind == .person))
    }

    /// The organisations, posts and people of the chart, in dataset order, and its relations: the
    /// organisation tree's unit links and `holds`, among the relations and entities the filter lets through.
    func chart() -> Chart {
        let graph = network.graph
        let filter = self.filter
        let tree = OrganisationTree(graph) { edge in
            filter.allows(edge) && filter.canPass(graph.edgeSource[Int(edge)]) && filter.canPass(graph.edgeTarget[Int(edge)])
        }
        var chart = Chart(tree: tree)
        var isMember = [Bool](repeating: false, count: graph.nodeCount)
        for index in 0..<graph.edgeCount {
            let edge = Graph.Edge(index)
            let drawn = OrganisationTree.isUnitLink(edge, in: graph) || OrganisationTree.role(of: edge, in: graph) == .holds
            guard drawn, tree.allows(edge) else { continue }
            chart.edges.append(edge)
            isMember[Int(graph.edgeSource[index])] = true
            isMember[Int(graph.edgeTarget[index])] = true
        }
        chart.members = (0..<graph.nodeCount).filter { isMember[$0] }.map { Graph.Node($0) }
        return chart
    }

    /// "Việt Nam (VN)": the name of the place that is that country, when the dataset has one.
    private func countryTitle(_ code: String) -> String {
        let place = network.dataset.entities.first {
            $0.kind == .place && $0.classification == "country" && $0.country == code
        }
        return place.map { "\($0.displayName) (\(code))" } ?? code
    }
}
