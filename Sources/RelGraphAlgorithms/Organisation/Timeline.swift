import RelGraphCore

/// Events (meetings, rounds, visits) and documents in date order, with the mechanism each is a
/// round of and what each follows.
///
/// An entry's date is, in this order: its `date` attribute; the date of its `round_of` relation;
/// the earliest date among its momentary relations (held_at, hosted, signed, signed_at,
/// participated_in, co_chairs, visited, invited_to, met_with, commemorates). Which one was used is
/// kept, so the date can be cited.
public struct Timeline: Sendable {
    public enum DateSource: Sendable, Equatable {
        case attribute
        case relation(Graph.Edge)
    }

    public struct Entry: Sendable {
        public var node: Graph.Node
        public var date: PartialDate?
        public var dateSource: DateSource?
        /// `round_of` relations from this entry to mechanisms.
        public var rounds: [Graph.Edge]
        /// The round's number (1st, 2nd …): the `ordinal` qualifier of its round_of relation, else the
        /// entity's `ordinal` attribute, else its first `ordinal` statement.
        public var ordinal: Int?
        /// `follows` relations from this entry to earlier ones.
        public var follows: [Graph.Edge]
        /// `part_of` relations from this entry to larger events (talks held within an exchange).
        public var partOf: [Graph.Edge]
    }

    public let entries: [Entry]

    /// With a mechanism: the round numbers between its first and last numbered round that no source
    /// names (rounds 1, 3, 4 → [2...2]), so that a series shows where it is incomplete.
    public var missingRounds: [ClosedRange<Int>] {
        let known = Set(entries.compactMap(\.ordinal)).sorted()
        return zip(known, known.dropFirst()).compactMap { a, b in b > a + 1 ? (a + 1)...(b - 1) : nil }
    }

    /// Every event and document, dated ones first by date (then round ordinal, then dataset order),
    /// undated ones last. With `mechanism`, only its rounds and the events that are part of them,
    /// ordered by round ordinal first (rounds are often numbered but not dated).
    /// - Complexity: O(V + E + n log n) for n entries.
    public init(_ network: Network, mechanism: Graph.Node? = nil, filter: TraversalFilter = .undirected) {
        let graph = network.graph
        func relations(_ node: Graph.Node, _ type: RelationType) -> [Graph.Edge] {
            graph.outgoing(node).filter { filter.allows($0) && graph.type(of: $0) == type }
        }
        var nodes: [Graph.Node]
        if let mechanism {
            let rounds = graph.incoming(mechanism)
                .filter { filter.allows($0) && graph.type(of: $0) == .roundOf }
                .map { graph.edgeSource[Int($0)] }
            let parts = rounds.flatMap { round in
                graph.incoming(round).filter { filter.allows($0) && graph.type(of: $0) == .partOf }
                    .map { graph.edgeSource[Int($0)] }
            }
            nodes = Array(Set(rounds + parts))
        } else {
            nodes = (0..<Graph.Node(graph.nodeCount)).filter { [.event, .document].contains(graph.kind(of: $0)) }
        }
        var entries = nodes.map { node in
            let rounds = relations(node, .roundOf)
            let entity = network.entity(node)
            let ordinal = rounds.lazy.compactMap { network.relation($0).qualifiers["ordinal"].flatMap { Int($0) } }.first
                ?? entity.attributes["ordinal"].flatMap { Int($0) }
                ?? entity.statements.lazy.filter { $0.property == "ordinal" }.compactMap { Int($0.value) }.first
            let (date, source) = Self.date(of: node, rounds: rounds, in: network, filter: filter)
            return Entry(node: node, date: date, dateSource: source, rounds: rounds, ordinal: ordinal,
                         follows: relations(node, .follows), partOf: relations(node, .partOf))
        }
        let byOrdinal = mechanism != nil
        entries.sort { a, b in
            // Undated entries sort after every date.
            let (da, db) = (a.date.map { ($0.firstDay, $0.lastDay) } ?? (.max, .max),
                            b.date.map { ($0.firstDay, $0.lastDay) } ?? (.max, .max))
            let (oa, ob) = (a.ordinal ?? .max, b.ordinal ?? .max)
            if byOrdinal, oa != ob { return oa < ob }
            if da != db { return da < db }
            if oa != ob { return oa < ob }
            return a.node < b.node
        }
        self.entries = entries
    }

    static let momentaryTypes: Set<RelationType> = [
        .heldAt, .hosted, .signed, .signedAt, .participatedIn, .coChairs, .visited, .invitedTo, .metWith, .commemorates,
    ]

    static func date(of node: Graph.Node, rounds: [Graph.Edge], in network: Network,
                     filter: TraversalFilter) -> (PartialDate?, DateSource?) {
        if let text = network.entity(node).attributes["date"], let date = PartialDate(text) { return (date, .attribute) }
        if let edge = rounds.first(where: { network.relation($0).fromDate != nil }) {
            return (network.relation(edge).fromDate, .relation(edge))
        }
        var best: (date: PartialDate, edge: Graph.Edge)?
        network.graph.forEachIncident(of: node, direction: .both) { edge, _ in
            guard filter.allows(edge), momentaryTypes.contains(network.graph.type(of: edge)),
                  let date = network.relation(edge).fromDate else { return }
            if best == nil || date < best!.date { best = (date, edge) }
        }
        return (best?.date, best.map { .relation($0.edge) })
    }
}
