import RelGraphCore

/// The key to a diagram's shapes, colours and lines, for the kinds, type families and statuses it
/// shows: one plain box of left-justified lines, which every engine places and draws the same
/// on every run (see `DOTAttribute` on why not an HTML-like table).
struct Legend {
    /// The node's name: a colon can never be part of a dataset's slug id.
    static let nodeName = "relgraph:legend"

    var kinds: [EntityKind]
    var families: [RelationStyle.Family]
    var statuses: [RelationStatus]
    /// A view's own lines, after the rest (a diff's colours).
    var notes: [String] = []

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

    /// The legend's lines: a title, then kinds, line colours and line styles.
    var lines: [String] {
        ["Legend"]
            + kinds.map { "\($0.rawValue): \(KindStyle.of($0).look)" }
            + families.map(\.title)
            + statuses.map { "\(RelationStyle.line(for: $0)) line: \($0.rawValue)" }
            + notes
    }

    func write(into writer: inout DOTWriter) {
        writer.node(Self.nodeName, [DOTAttribute("shape", "box"), DOTAttribute("style", "rounded"),
                                    DOTAttribute("color", "#8a8a8a"), .leftJustified("label", lines),
                                    DOTAttribute("tooltip", "Legend")])
    }
}
