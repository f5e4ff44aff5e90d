import RelGraphAlgorithms
import RelGraphCore

/// What changed between two versions of a dataset, drawn over their union (`DiffUnion`): entities
/// and relations added in green, removed in red and dashed, changed in orange (what changed in the
/// label and the tooltip), an entity merged into another in purple and dashed with a dashed arrow
/// to the one that took it over, one split off again in purple; what is the same in both keeps its
/// kind's shape and fill, with grey lines. Colour is not all: the label says it too, for print. The filter selects as in `NetworkView` (by kind, type, country, date); `changedOnly`
/// keeps only what changed and the entities at the ends of changed relations and merges.
public struct DiffView: Sendable {
    public let union: DiffUnion
    /// The union's dataset as a network.
    public let network: Network
    public let filter: TraversalFilter
    public var edgeLabels: Bool
    public var changedOnly: Bool

    public init(union: DiffUnion, network: Network, filter: TraversalFilter = .undirected, edgeLabels: Bool = false,
                changedOnly: Bool = false) {
        self.union = union
        self.network = network
        self.filter = filter
        self.edgeLabels = edgeLabels
        self.changedOnly = changedOnly
    }

    /// The colours of the marks, as the legend names them.
    static func color(_ mark: DiffUnion.Mark) -> String {
        switch mark {
        case .added: return "#2e7d32"
        case .removed: return "#c62828"
        case .changed: return "#e07b00"
        case .merged, .split: return "#7b1fa2"
        }
    }

    static let unchangedLine = "#9e9e9e"

    /// The union as DOT text, for `engine` (auto: by size, as a network).
    /// - Complexity: O(V + E) in the union.
    public func diagram(engine: LayoutEngine = .auto) -> Diagram {
        let (nodes, edges) = selection()
        let engine = engine.resolved(for: .diff, nodes: nodes.count)
        var writer = DOTWriter.view("diff", engine: engine, nodes: nodes.count, dotAttributes: NetworkView.dotAttributes)
        let painter = EntityPainter(network: network)
        var shown: Set<String> = []
        var marks: Set<DiffUnion.Mark> = []
        for node in nodes {
            let entity = network.entity(node)
            shown.insert(entity.id)
            guard let mark = union.entityMarks[entity.id] else { painter.node(node, into: &writer); continue }
            marks.insert(mark)
            let said = note(mark, id: entity.id)
            var extra = [DOTAttribute("color", Self.color(mark)), DOTAttribute("penwidth", "3")]
            if mark == .removed || mark == .merged {
                extra.append(DOTAttribute("style", KindStyle.of(entity.kind).style + ",dashed"))
            }
            painter.node(node, into: &writer, label: ViewText.label(of: entity) + "\n(\(said))", extra: extra, note: said)
        }
        var unchangedLines = false
        for edge in edges {
            let relation = network.relation(edge)
            let label = edgeLabels ? network.graph.type(of: edge).rawValue : nil
            guard let mark = union.relationMarks[relation.id] else {
                unchangedLines = true
                painter.edge(edge, into: &writer, label: label, extra: Self.line(Self.unchangedLine, dashed: false))
                continue
            }
            marks.insert(mark)
            let said = note(mark, id: relation.id)
            // What changed is written on the line, as on an entity's label.
            let marked = mark == .changed ? [label, said].compactMap { $0 }.joined(separator: "\n") : label
            painter.edge(edge, into: &writer, label: marked, extra: Self.line(Self.color(mark), dashed: mark == .removed)
                            + [DOTAttribute("penwidth", "2")], note: said)
        }
        for merge in union.merges where shown.contains(merge.id) && shown.contains(merge.into) {
            writer.edge(merge.id, merge.into, [DOTAttribute("color", Self.color(.merged)), DOTAttribute("style", "dashed"),
                                               DOTAttribute("penwidth", "2"), DOTAttribute("label", "merged into"),
                                               DOTAttribute("fontcolor", Self.color(.merged)),
                                               DOTAttribute("tooltip", "\(merge.id) merged into \(merge.into)")])
        }
        var legend = Legend(network: network, nodes: nodes, edges: [])
        legend.notes = DiffUnion.Mark.allCases.filter(marks.contains).map(Self.legendLine)
            + (unchangedLines ? ["grey line: relation unchanged"] : [])
        legend.write(into: &writer)
        return Diagram(dot: writer.finished(), engine: engine, nodeCount: nodes.count, edgeCount: edges.count,
                       edges: edges.map { Diagram.Line($0) })
    }

    /// The entities and relations drawn, in the union's order.
    func selection() -> (nodes: [Graph.Node], edges: [Graph.Edge]) {
        var (nodes, edges) = NetworkView(network: network, filter: filter).selection()
        guard changedOnly else { return (nodes, edges) }
        edges.removeAll { union.relationMarks[network.relation($0).id] == nil }
        var kept = Set(edges.flatMap { [network.graph.edgeSource[Int($0)], network.graph.edgeTarget[Int($0)]] })
        let open = Set(nodes)
        for node in nodes where union.entityMarks[network.entity(node).id] != nil { kept.insert(node) }
        for merge in union.merges + union.splits {
            if let a = network.graph.node(id: merge.id), let b = network.graph.node(id: merge.into), open.contains(a),
               open.contains(b) {
                kept.formUnion([a, b])
            }
        }
        nodes.removeAll { !kept.contains($0) }
        return (nodes, edges)
    }

    /// What the label's last line and the tooltip's say of a marked record.
    func note(_ mark: DiffUnion.Mark, id: String) -> String {
        switch mark {
        case .changed: return "changed: " + (union.changedFields[id] ?? []).joined(separator: ", ")
        case .merged: return "merged into " + (union.merges.first { $0.id == id }?.into ?? "")
        case .split: return "split from " + (union.splits.first { $0.id == id }?.into ?? "")
        case .added, .removed: return mark.rawValue
        }
    }

    /// A relation's line: the mark's colour for line and label, dashed or solid whatever its status.
    static func line(_ color: String, dashed: Bool) -> [DOTAttribute] {
        [DOTAttribute("color", color), DOTAttribute("fontcolor", color), DOTAttribute("style", dashed ? "dashed" : "solid")]
    }

    static func legendLine(_ mark: DiffUnion.Mark) -> String {
        switch mark {
        case .added: return "green border or line: added"
        case .removed: return "red dashed border or line: removed"
        case .changed: return "orange border or line: changed (what changed, in its label)"
        case .merged: return "purple dashed border: merged into another (dashed arrow)"
        case .split: return "purple border: split off from another"
        }
    }
}
