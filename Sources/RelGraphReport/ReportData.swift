import RelGraphAlgorithms
import RelGraphCore
import RelGraphRender

/// What a report's page knows, as the JSON its script reads: the entities and relations a filter
/// keeps (records as the dataset format writes them, relations pointing at entities by position),
/// the sources they cite, and the drawing (Graphviz's layout of the view).
///
/// Relations keep the graph's order, so "the smallest edge id" the path finder breaks ties with is
/// the CLI's, and the page's paths are `relgraph path`'s.
public struct ReportData: Encodable, Sendable {
    public var title: String
    public var view: String
    /// The date the page opens at (the CLI's `--at`), if any.
    public var at: PartialDate?
    var entities: [Entity]
    var relations: [RelationRecord]
    var sources: [String: Source]
    var layout: LayoutRecord?

    /// The entities `filter` lets through and the relations it allows between them, with `layout`
    /// tied to them (entities or relations the layout draws that are not kept are left out).
    /// - Complexity: O(V + E) plus the size of the layout.
    public init(network: Network, filter: TraversalFilter, layout: ViewLayout?, title: String, view: String,
                at: PartialDate?) {
        let graph = network.graph
        let nodes = (0..<graph.nodeCount).map { Graph.Node($0) }.filter(filter.canPass)
        let edges = (0..<graph.edgeCount).map { Graph.Edge($0) }.filter(filter.allows)
        self.init(network: network, nodes: nodes, edges: edges, layout: layout, title: title, view: view, at: at)
    }

    /// `nodes` and the relations of `edges` between two of them, in the order given (the graph's
    /// order keeps the CLI's tie-breaks), with `layout` tied to them.
    /// - Complexity: O(|nodes| + |edges|) plus the size of the layout.
    public init(network: Network, nodes: [Graph.Node], edges: [Graph.Edge], layout: ViewLayout?, title: String,
                view: String, at: PartialDate?) {
        self.title = title
        self.view = view
        self.at = at
        let graph = network.graph
        var position: [Graph.Node: Int32] = [:]
        position.reserveCapacity(nodes.count)
        entities = []
        for node in nodes where position[node] == nil {
            position[node] = Int32(entities.count)
            entities.append(network.entity(node))
        }
        var edgePosition: [Graph.Edge: Int32] = [:]
        relations = []
        for edge in edges {
            guard edgePosition[edge] == nil, let from = position[graph.edgeSource[Int(edge)]],
                  let to = position[graph.edgeTarget[Int(edge)]] else { continue }
            edgePosition[edge] = Int32(relations.count)
            relations.append(RelationRecord(network.relation(edge), from: Int(from), to: Int(to),
                                            symmetric: graph.isSymmetric(edge)))
        }
        var cited: [String: Source] = [:]
        if network.hasRecords {
            let known = Dictionary(network.dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let citations = entities.flatMap(\.citations) + relations.flatMap(\.relation.citations)
            for citation in citations { cited[citation.source] = known[citation.source] }
        }
        sources = cited
        self.layout = layout.map { LayoutRecord($0, entity: { position[$0] ?? -1 }, relation: { edgePosition[$0] ?? -1 }) }
    }

    /// The number of entities and relations the page carries.
    public var counts: (entities: Int, relations: Int) { (entities.count, relations.count) }
}

/// A relation as the page reads it: the dataset format's fields, its ends by position, and the two
/// facts of its type the page's rules need (symmetric: walked both ways; momentary: holds on its date).
struct RelationRecord: Encodable, Sendable {
    var relation: Relation
    var from: Int
    var to: Int
    var symmetric: Bool

    init(_ relation: Relation, from: Int, to: Int, symmetric: Bool) {
        self.relation = relation
        self.from = from
        self.to = to
        self.symmetric = symmetric
    }

    enum CodingKeys: String, CodingKey {
        case id, type, from, to, status, qualifiers, speaker, note, symmetric, momentary
        case fromDate = "from_date", untilDate = "until_date", citations = "sources"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(relation.id, forKey: .id)
        try container.encode(relation.type, forKey: .type)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(relation.status, forKey: .status)
        try container.encodeIfPresent(relation.fromDate, forKey: .fromDate)
        try container.encodeIfPresent(relation.untilDate, forKey: .untilDate)
        if !relation.qualifiers.isEmpty { try container.encode(relation.qualifiers, forKey: .qualifiers) }
        try container.encodeIfPresent(relation.speaker, forKey: .speaker)
        if !relation.citations.isEmpty { try container.encode(relation.citations, forKey: .citations) }
        try container.encodeIfPresent(relation.note, forKey: .note)
        if symmetric { try container.encode(true, forKey: .symmetric) }
        if relation.type.spec?.isMomentary == true { try container.encode(true, forKey: .momentary) }
    }
}

/// The drawing: `nodes` as `[entity position, box, ops]`, `edges` as `[relation position, ops]`.
struct LayoutRecord: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var index: Int32
        var box: [Double]?
        var ops: [ViewLayout.DrawOp]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(index)
            if let box { try container.encode(box) }
            try container.encode(ops)
        }
    }
    var width: Double
    var height: Double
    var background: [ViewLayout.DrawOp]
    var nodes: [Item]
    var edges: [Item]

    init(_ layout: ViewLayout, entity: (Graph.Node) -> Int32, relation: (Graph.Edge) -> Int32) {
        width = layout.width
        height = layout.height
        background = layout.background
        nodes = layout.nodes.compactMap { drawing in
            let index = entity(drawing.node)
            return index < 0 ? nil : Item(index: index, box: drawing.box, ops: drawing.ops)
        }
        edges = layout.edges.compactMap { drawing in
            let index = relation(drawing.edge)
            return index < 0 ? nil : Item(index: index, box: nil, ops: drawing.ops)
        }
    }
}
