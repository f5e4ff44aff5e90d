import RelGraphCore

/// What the graph says for and against two similarly named entities being one.
///
/// For: the same country and classification; neighbours in common; the same relation to the same
/// entity (both hold one post, both are members of one unit). Against: different countries or
/// classifications; a relation between the two (nobody meets himself); one source naming both
/// apart; and, decisive, two people that one source puts side by side at one event.
struct DuplicateEvidence {
    let network: Network
    let graph: Graph

    init(network: Network) {
        self.network = network
        graph = network.graph
    }

    /// Adds the evidence to the candidate's score and lists; false when it rules the pair out.
    func weigh(_ candidate: inout DuplicateCandidate) -> Bool {
        let (a, b) = (candidate.a, candidate.b)
        var score = candidate.nameScore
        var pro: [String] = [], con: [String] = []
        let name = candidate.nameA == candidate.nameB ? "the same name \"\(candidate.nameA)\""
            : "names \"\(candidate.nameA)\" ~ \"\(candidate.nameB)\""
        pro.append("\(name) (\(Self.format(candidate.nameScore)))")
        if network.hasRecords {
            let (x, y) = (network.entity(a), network.entity(b))
            if let c = x.country, let d = y.country {
                if c == d { pro.append("same country \(c)"); score += 0.05 } else {
                    con.append("different countries \(c), \(d)"); score -= 0.3
                }
            }
            if let c = x.classification, let d = y.classification {
                if c == d { pro.append("same classification \(c)"); score += 0.05 } else {
                    con.append("different classifications \(c), \(d)"); score -= 0.1
                }
            }
            for property in Self.datedProperties {
                let (u, v) = (Self.values(property, of: x), Self.values(property, of: y))
                guard !u.isEmpty, !v.isEmpty else { continue }
                if let same = u.first(where: { p in v.contains { Conflicts.agree(p, $0) } }) {
                    pro.append("same \(property) \(same)"); score += 0.05
                } else {
                    con.append("different \(property) \(u.joined(separator: "/")), \(v.joined(separator: "/"))")
                    score -= 0.3
                }
            }
        }
        let (edgesA, edgesB) = (links(of: a), links(of: b))
        let direct = edgesA.filter { $0.neighbor == b }
        if !direct.isEmpty {
            let types = Set(direct.map { graph.types[Int($0.type)].rawValue }).sorted().joined(separator: ", ")
            con.append("related to each other (\(types))")
            score -= 0.4
        }
        let neighborsA = Set(edgesA.map(\.neighbor)).subtracting([a, b])
        let shared = neighborsA.intersection(edgesB.map(\.neighbor)).sorted()
        if !shared.isEmpty {
            let ids = shared.prefix(5).map { graph.nodeIDs[Int($0)] }.joined(separator: ", ")
            let more = shared.count > 5 ? " and \(shared.count - 5) more" : ""
            pro.append("\(shared.count) shared \(shared.count == 1 ? "neighbour" : "neighbours"): \(ids)\(more)")
            score += 0.1 * Double(min(shared.count, 3)) / 3
        }
        let roles = Set(edgesA.filter { $0.outgoing && Self.roleTypes.contains(graph.types[Int($0.type)]) }
            .map { Role(type: $0.type, neighbor: $0.neighbor) })
        let sameRoles = edgesB.filter { $0.outgoing && roles.contains(Role(type: $0.type, neighbor: $0.neighbor)) }
            .map { "\(graph.types[Int($0.type)].rawValue) \(graph.nodeIDs[Int($0.neighbor)])" }
        if !sameRoles.isEmpty {
            pro.append("both " + Array(Set(sameRoles)).sorted().prefix(3).joined(separator: ", "))
            score += 0.1
        }
        if network.hasRecords {
            if let event = sideBySide(a, b, edgesA, edgesB) { _ = event; return false }
            let together = sources(of: a).intersection(sources(of: b)).sorted()
            if !together.isEmpty {
                con.append("named apart by \(together.prefix(3).joined(separator: ", "))"
                           + (together.count > 3 ? " and \(together.count - 3) more" : ""))
                score -= 0.15
            }
        }
        candidate.score = (score * 1000).rounded() / 1000
        candidate.evidenceFor = pro
        candidate.evidenceAgainst = con
        return true
    }

    /// Single-valued attributes that tell two events or documents apart.
    static let datedProperties = ["date", "period", "ordinal"]

    /// The entity's values of a property: its attribute and its statements', distinct, sorted.
    static func values(_ property: String, of entity: Entity) -> [String] {
        Set((entity.attributes[property].map { [$0] } ?? []) + entity.statements.filter { $0.property == property }.map(\.value))
            .sorted()
    }

    /// Types that give an entity its place: a post, a unit, a parent organisation.
    static let roleTypes: Set<RelationType> = [.holds, .memberOf, .heads, .postIn, .partOf]

    struct Link {
        var edge: Graph.Edge
        var neighbor: Graph.Node
        var type: UInt16
        var outgoing: Bool
    }

    struct Role: Hashable {
        var type: UInt16
        var neighbor: Graph.Node
    }

    func links(of node: Graph.Node) -> [Link] {
        let v = Int(node)
        var links: [Link] = []
        for i in Int(graph.outStart[v])..<Int(graph.outStart[v + 1]) {
            let edge = graph.outEdges[i]
            links.append(Link(edge: edge, neighbor: graph.outNeighbors[i], type: graph.edgeType[Int(edge)], outgoing: true))
        }
        for i in Int(graph.inStart[v])..<Int(graph.inStart[v + 1]) {
            let edge = graph.inEdges[i]
            links.append(Link(edge: edge, neighbor: graph.inNeighbors[i], type: graph.edgeType[Int(edge)], outgoing: false))
        }
        return links
    }

    /// An event that one source says both people took part in, if any (only people are vetoed).
    func sideBySide(_ a: Graph.Node, _ b: Graph.Node, _ edgesA: [Link], _ edgesB: [Link]) -> Graph.Node? {
        guard graph.kinds[Int(graph.nodeKind[Int(a)])] == .person else { return nil }
        for x in edgesA where graph.kinds[Int(graph.nodeKind[Int(x.neighbor)])] == .event {
            let sourcesA = Set(network.relation(x.edge).citations.map(\.source))
            for y in edgesB where y.neighbor == x.neighbor {
                if !sourcesA.isDisjoint(with: network.relation(y.edge).citations.map(\.source)) { return x.neighbor }
            }
        }
        return nil
    }

    /// The sources that cite the entity or a relation of it.
    func sources(of node: Graph.Node) -> Set<String> {
        var sources = Set(network.entity(node).citations.map(\.source))
        for link in links(of: node) { sources.formUnion(network.relation(link.edge).citations.map(\.source)) }
        return sources
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 2 { text += String(repeating: "0", count: 2 - decimals) }
        }
        return text
    }
}
