import RelGraphCore

/// The key to a diagram's shapes, colours and lines, for the kinds, type families and statuses it
/// shows. One node with an HTML-like table, so that every engine places it (clusters, the other
/// way to draw a key, exist only in dot and fdp).
struct Legend {
    /// The node's name: a colon can never be part of a dataset's slug id.
    static let nodeName = "relgraph:legend"

    var kinds: [EntityKind]
    var families: [RelationStyle.Family]
    var statuses: [RelationStatus]

    /// The legend of what `nodes` and `edges` of `network` show.
    init(network: Network, nodes: [Graph.Node], edges: [Graph.Edge]) {
        let shownKinds = Set(nodes.map { network.graph.kind(of: $0) })
        kinds = EntityKind.known.filter(shownKinds.contains)
            + shownKinds.subtracting(EntityKind.known).sorted()
        let shownFamilies = Set(edges.map { RelationStyle.Family.of(network.graph.type(of: $0)) })
        families = RelationStyle.Family.allCases.filter(shownFamilies.contains)
        let shownStatuses = Set(edges.map { network.relation($0).status })
        statuses = RelationStatus.allCases.filter(shownStatuses.contains)
    }

    func write(into writer: inout DOTWriter) {
        var rows = ["<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"]
        for kind in kinds {
            let style = KindStyle.of(kind)
            rows.append("<TR><TD BGCOLOR=\"\(style.fillColor)\" WIDTH=\"24\"></TD>"
                        + "<TD ALIGN=\"LEFT\">\(DOT.html(kind.rawValue)) (\(style.shape))</TD></TR>")
        }
        for family in families {
            rows.append("<TR><TD><FONT COLOR=\"\(family.color)\">━━━</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(DOT.html(family.title))</TD></TR>")
        }
        for status in statuses {
            rows.append("<TR><TD>\(Self.sample(of: status))</TD>"
                        + "<TD ALIGN=\"LEFT\">\(status.rawValue) (\(RelationStyle.line(for: status)))</TD></TR>")
        }
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
            + rows.joined() + "</TABLE>"
        writer.node(Self.nodeName, [DOTAttribute("shape", "plaintext"), .html("label", table),
                                    DOTAttribute("tooltip", "Legend")])
    }

    /// A line drawn in text: solid, dashed or dotted.
    private static func sample(of status: RelationStatus) -> String {
        switch status {
        case .reported: return "━━━"
        case .proposed: return "╍╍╍"
        case .planned: return "┈┈┈"
        }
    }
}
