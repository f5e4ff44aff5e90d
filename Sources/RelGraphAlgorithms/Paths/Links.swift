import RelGraphCore

/// What connects two entities, in the order a reader wants it: the relations between them, what they
/// share (the same event, mechanism, document, parent organisation …), then longer paths.
public struct Links: Sendable {
    /// What a shared neighbour is to the pair, which decides the heading it is listed under.
    public enum Sharing: String, CaseIterable, Sendable, Codable {
        case sameEvent = "same event"
        case sameMechanism = "same mechanism"
        case sameDocument = "same document"
        case sameParent = "same parent organisation"
        case samePost = "same post"
        case sameOrganisation = "same organisation"
        case samePerson = "same person"
        case samePlace = "same place"
        case other = "other shared neighbour"
    }

    /// An entity both ends are related to, with the relations from each end.
    public struct SharedNeighbor: Sendable, Equatable {
        public var node: Graph.Node
        public var sharing: Sharing
        public var fromFirst: [Graph.Edge]
        public var fromSecond: [Graph.Edge]
        /// Relations that bind the pair through this neighbour: more means a stronger tie.
        public var strength: Int { fromFirst.count + fromSecond.count }
    }

    public let first: Graph.Node
    public let second: Graph.Node
    /// Relations joining the two directly: reported first, then proposed, then planned; each in edge order.
    public let direct: [Graph.Edge]
    /// Shared neighbours by `Sharing` order, then strength (descending), then node.
    public let shared: [SharedNeighbor]
    /// The shortest paths of three hops or more (shorter ones are `direct` and `shared`).
    public let longer: [Path]

    /// Finds the links between `first` and `second` that `filter` allows, with up to `k` longer paths
    /// of at most `maxHops` hops.
    /// - Complexity: O(deg(first) + deg(second)) for direct and shared links; Yen's algorithm for
    ///   the longer paths, O((k + s) · L · (V + E)) for s short paths.
    public init(_ network: Network, between first: Graph.Node, and second: Graph.Node,
                filter: TraversalFilter = .undirected, k: Int = 3, maxHops: Int = 6) {
        let graph = network.graph
        self.first = first
        self.second = second
        var direct: [Graph.Edge] = []
        var fromFirst: [Graph.Node: [Graph.Edge]] = [:]
        filter.forEachStep(in: graph, from: first) { edge, neighbor in
            if neighbor == second { direct.append(edge) } else if neighbor != first, filter.canPass(neighbor) {
                fromFirst[neighbor, default: []].append(edge)
            }
        }
        var fromSecond: [Graph.Node: [Graph.Edge]] = [:]
        // Walk from the second end against the filter's direction, so that each shared path reads
        // first → neighbour → second the way the filter allows.
        filter.forEachStep(in: graph, from: second, reversed: true) { edge, neighbor in
            if fromFirst[neighbor] != nil { fromSecond[neighbor, default: []].append(edge) }
        }
        // Reported relations before proposed and planned ones.
        self.direct = direct.sorted { a, b in
            let (sa, sb) = (network.relation(a).status, network.relation(b).status)
            return sa != sb ? sa < sb : a < b
        }
        self.shared = fromSecond.keys.map { node in
            SharedNeighbor(node: node,
                           sharing: Self.sharing(of: node, first: fromFirst[node]!, second: fromSecond[node]!, in: graph),
                           fromFirst: fromFirst[node]!.sorted(), fromSecond: fromSecond[node]!.sorted())
        }.sorted { a, b in
            let (ra, rb) = (Sharing.allCases.firstIndex(of: a.sharing)!, Sharing.allCases.firstIndex(of: b.sharing)!)
            if ra != rb { return ra < rb }
            if a.strength != b.strength { return a.strength > b.strength }
            return a.node < b.node
        }
        let shortCount = direct.count + shared.reduce(0) { $0 + $1.fromFirst.count * $1.fromSecond.count }
        guard k > 0, maxHops >= 3 else { longer = []; return }
        longer = Array(Paths.kShortest(in: graph, from: first, to: second, k: k + shortCount, filter: filter,
                                       maxHops: maxHops).filter { $0.hops >= 3 }.prefix(k))
    }

    /// Events, mechanisms and documents name themselves; an organisation both ends are part of (or
    /// hold posts in, or are members of) is their common parent.
    static func sharing(of node: Graph.Node, first: [Graph.Edge], second: [Graph.Edge], in graph: Graph) -> Sharing {
        switch graph.kind(of: node) {
        case .event: return .sameEvent
        case .mechanism: return .sameMechanism
        case .document: return .sameDocument
        case .post: return .samePost
        case .person: return .samePerson
        case .place: return .samePlace
        case .organization:
            let upward: Set<RelationType> = [.partOf, .postIn, .memberOf]
            func isUnder(_ edges: [Graph.Edge]) -> Bool {
                edges.contains { graph.edgeTarget[Int($0)] == node && upward.contains(graph.type(of: $0)) }
            }
            return isUnder(first) && isUnder(second) ? .sameParent : .sameOrganisation
        default: return .other
        }
    }
}
