import RelGraphCore

/// What a traversal may walk: which relations (by type, status and date), which entities it may pass
/// through (by kind, minus the avoided ones), and in which direction.
///
/// The criteria are read once from a `Network` into two masks over the frozen graph (`edgeOpen`,
/// `nodeOpen`), so the topology algorithms (`Paths`, `Traversal`, …) take a `Graph` and a filter and run
/// the same on a 77-entity dataset and a million-node benchmark graph.
///
/// Semantics, chosen so that the default answers "is there any link at all?":
/// - relations: by type, status and date, as `RelationCriteria` says (all of them by default).
/// - kinds and avoid restrict the entities a walk passes *through*; the two ends of a path are always
///   allowed (callers reject avoiding an end).
/// - direction: `.out` follows relations from `from` to `to`, `.in` against them, `.both` either way;
///   symmetric types (cooperates_with, counterpart_of, met_with) are followed both ways whatever it is.
public struct TraversalFilter: Sendable {
    public var direction: Direction
    /// `edgeOpen[e]`: whether edge e may be walked; nil when every edge may.
    public let edgeOpen: [Bool]?
    /// `nodeOpen[v]`: whether a walk may pass through v; nil when every node may.
    public let nodeOpen: [Bool]?

    /// A filter from masks already built (nil = no restriction).
    public init(direction: Direction = .both, edgeOpen: [Bool]? = nil, nodeOpen: [Bool]? = nil) {
        self.direction = direction
        self.edgeOpen = edgeOpen
        self.nodeOpen = nodeOpen
    }

    /// Every relation, both ways: the undirected view of the graph.
    public static let undirected = TraversalFilter(direction: .both)

    /// Builds the masks from `criteria` over `network`.
    /// - Complexity: O(V + E); a bare edge list's relations are not made one by one.
    public init(_ network: Network, _ criteria: TraversalCriteria) {
        let graph = network.graph
        direction = criteria.direction
        let relations = criteria.relations
        if relations.restrictsRelations {
            let typeOpen = graph.types.map(relations.admits)
            // The relations of a bare edge list are all reported and undated: one answer serves
            // every edge, where asking each would make millions of records.
            let answerForAll = network.hasRecords || graph.edgeCount == 0
                ? nil : relations.admitsStatusAndDate(of: network.relation(0))
            edgeOpen = (0..<graph.edgeCount).map { index in
                guard typeOpen[Int(graph.edgeType[index])] else { return false }
                return answerForAll ?? relations.admitsStatusAndDate(of: network.relation(Graph.Edge(index)))
            }
        } else {
            edgeOpen = nil
        }
        if criteria.kinds != nil || !criteria.avoid.isEmpty {
            let kindOpen = graph.kinds.map { criteria.kinds?.contains($0) ?? true }
            var open = graph.nodeKind.map { kindOpen[Int($0)] }
            for node in criteria.avoid { open[Int(node)] = false }
            nodeOpen = open
        } else {
            nodeOpen = nil
        }
    }

    /// Whether edge `edge` may be walked.
    @inlinable public func allows(_ edge: Graph.Edge) -> Bool {
        edgeOpen.map { $0[Int(edge)] } ?? true
    }

    /// Whether a walk may pass through `node` (the ends of a path are checked by the caller).
    @inlinable public func canPass(_ node: Graph.Node) -> Bool {
        nodeOpen.map { $0[Int(node)] } ?? true
    }

    /// The direction to walk when searching backwards from a target.
    public var reversedDirection: Direction {
        switch direction {
        case .out: return .in
        case .in: return .out
        case .both: return .both
        }
    }

    /// Calls `body(edge, neighbour)` for each allowed edge of `node` in the filter's direction (or the
    /// reverse one), in `Graph.forEachIncident` order. Neighbours are not checked against `nodeOpen`.
    /// - Complexity: O(degree of node).
    @inlinable
    public func forEachStep(in graph: Graph, from node: Graph.Node, reversed: Bool = false,
                            _ body: (_ edge: Graph.Edge, _ neighbor: Graph.Node) throws -> Void) rethrows {
        let way = reversed ? reversedDirection : direction
        if let edgeOpen {
            try graph.forEachIncident(of: node, direction: way) { edge, neighbor in
                if edgeOpen[Int(edge)] { try body(edge, neighbor) }
            }
        } else {
            try graph.forEachIncident(of: node, direction: way, body)
        }
    }
}

/// The criteria a `TraversalFilter` is built from, as a user states them: which relations
/// (`RelationCriteria`), which entities a walk may pass through, and the direction.
public struct TraversalCriteria: Sendable {
    public var relations: RelationCriteria
    /// Entity kinds a walk may pass through (nil: all kinds).
    public var kinds: Set<EntityKind>?
    public var direction: Direction
    /// Entities a walk must not pass through.
    public var avoid: Set<Graph.Node>

    public init(relations: RelationCriteria, kinds: Set<EntityKind>? = nil, direction: Direction = .both,
                avoid: Set<Graph.Node> = []) {
        self.relations = relations
        self.kinds = kinds
        self.direction = direction
        self.avoid = avoid
    }

    /// The criteria with the relation rule's fields spelled out.
    public init(types: Set<RelationType>? = nil, excludedTypes: Set<RelationType> = [],
                kinds: Set<EntityKind>? = nil, direction: Direction = .both,
                statuses: Set<RelationStatus> = Set(RelationStatus.allCases), at: PartialDate? = nil,
                avoid: Set<Graph.Node> = []) {
        self.init(relations: RelationCriteria(types: types, excludedTypes: excludedTypes, statuses: statuses, at: at),
                  kinds: kinds, direction: direction, avoid: avoid)
    }
}
