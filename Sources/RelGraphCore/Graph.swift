/// The frozen, index-based form of a network that every algorithm runs on.
///
/// Nodes are `Int32` indices `0..<nodeCount`, edges `Int32` indices `0..<edgeCount`; each edge keeps
/// its own id, so parallel relations between the same pair stay distinct. Adjacency is stored twice
/// in compressed sparse rows (out-edges grouped by source, in-edges grouped by target), with the
/// edge ids in ascending order inside each row so that every traversal is deterministic.
/// Kinds and relation types are interned: each node and edge stores a small index into a table.
public struct Graph: Sendable {
    public typealias Node = Int32
    public typealias Edge = Int32

    public let nodeIDs: StringColumn
    public let nodeKind: [UInt16]
    public let kinds: [EntityKind]
    public let edgeSource: [Node]
    public let edgeTarget: [Node]
    public let edgeType: [UInt16]
    public let types: [RelationType]
    /// `typeIsSymmetric[t]` for each interned type t.
    public let typeIsSymmetric: [Bool]

    /// Out-edges grouped by source: `outEdges[outStart[v]..<outStart[v + 1]]` leave v, ascending,
    /// and `outNeighbors` holds their targets at the same positions. The neighbour is stored beside
    /// the edge because traversals need both: reading it through `edgeTarget[edge]` costs a cache
    /// miss per step on a large graph (it made breadth-first search several times slower at 1M nodes).
    public let outStart: [Int32]
    public let outEdges: [Edge]
    public let outNeighbors: [Node]
    /// In-edges grouped by target, likewise; `inNeighbors` holds their sources.
    public let inStart: [Int32]
    public let inEdges: [Edge]
    public let inNeighbors: [Node]
    /// How `node(id:)` finds a node.
    public let idIndex: NodeIDIndex

    public var nodeCount: Int { nodeIDs.count }
    public var edgeCount: Int { edgeSource.count }

    /// Builds the graph from node ids and kinds and from edges given as (source, target, type) indices.
    /// - Precondition: node ids are unique; edge ends are valid node indices; kind and type codes
    ///   index `kinds` and `types`.
    /// - Complexity: O(V + E) (two counting sorts on all cores, and the id index unless it is given).
    public init(nodeIDs: StringColumn, nodeKind: [UInt16], kinds: [EntityKind],
                edgeSource: [Node], edgeTarget: [Node], edgeType: [UInt16], types: [RelationType],
                idIndex: NodeIDIndex? = nil) {
        let count = nodeIDs.count
        let rows = CompressedRows.bothSorted(source: edgeSource, target: edgeTarget, nodeCount: count)
        self.init(nodeIDs: nodeIDs, nodeKind: nodeKind, kinds: kinds, edgeSource: edgeSource, edgeTarget: edgeTarget,
                  edgeType: edgeType, types: types, rows: rows, idIndex: idIndex ?? NodeIDIndex.build(for: nodeIDs))
    }

    /// Builds the graph with the rows of an earlier copy of it (its `outStart`, `outEdges`,
    /// `outNeighbors` and the `in` ones, as a snapshot keeps them) instead of sorting the edges
    /// again: nil unless they are well formed (see `CompressedRows.isWellFormed`), so that no
    /// traversal can index out of range.
    ///
    /// Whether they hold exactly these edges is not checked: the caller vouches for that (a
    /// snapshot's content hash shows its rows are the ones its writer took from a graph built
    /// from these edges). Checking it costs three passes over every edge, a sixth of a batch of
    /// queries on a million entities, for a mismatch only a hand-made file can have.
    /// - Precondition: as for the other initialiser.
    /// - Complexity: O(V + E), one pass per side on two cores, reading every array in order.
    public init?(nodeIDs: StringColumn, nodeKind: [UInt16], kinds: [EntityKind],
                 edgeSource: [Node], edgeTarget: [Node], edgeType: [UInt16], types: [RelationType],
                 idIndex: NodeIDIndex, out: CompressedRows, in incoming: CompressedRows) {
        let (nodes, edges) = (nodeIDs.count, edgeSource.count)
        guard CompressedRows.bothWellFormed(out, incoming, nodeCount: nodes, edgeCount: edges) else { return nil }
        self.init(nodeIDs: nodeIDs, nodeKind: nodeKind, kinds: kinds, edgeSource: edgeSource, edgeTarget: edgeTarget,
                  edgeType: edgeType, types: types, rows: (out, incoming), idIndex: idIndex)
    }

    private init(nodeIDs: StringColumn, nodeKind: [UInt16], kinds: [EntityKind],
                 edgeSource: [Node], edgeTarget: [Node], edgeType: [UInt16], types: [RelationType],
                 rows: (out: CompressedRows, in: CompressedRows), idIndex: NodeIDIndex) {
        self.nodeIDs = nodeIDs
        self.nodeKind = nodeKind
        self.kinds = kinds
        self.edgeSource = edgeSource
        self.edgeTarget = edgeTarget
        self.edgeType = edgeType
        self.types = types
        self.typeIsSymmetric = types.map(\.isSymmetric)
        (outStart, outEdges, outNeighbors) = (rows.out.start, rows.out.edges, rows.out.neighbors)
        (inStart, inEdges, inNeighbors) = (rows.in.start, rows.in.edges, rows.in.neighbors)
        self.idIndex = idIndex
    }

    public init(nodeIDs: [String], nodeKind: [UInt16], kinds: [EntityKind],
                edgeSource: [Node], edgeTarget: [Node], edgeType: [UInt16], types: [RelationType]) {
        self.init(nodeIDs: StringColumn(nodeIDs), nodeKind: nodeKind, kinds: kinds, edgeSource: edgeSource,
                  edgeTarget: edgeTarget, edgeType: edgeType, types: types)
    }

    /// The node with that id.
    /// - Complexity: O(1) on average (O(log n) for a snapshot's sorted index).
    public func node(id: String) -> Node? { idIndex.node(id: id, in: nodeIDs) }

    public func kind(of node: Node) -> EntityKind { kinds[Int(nodeKind[Int(node)])] }
    public func type(of edge: Edge) -> RelationType { types[Int(edgeType[Int(edge)])] }
    @inlinable public func isSymmetric(_ edge: Edge) -> Bool { typeIsSymmetric[Int(edgeType[Int(edge)])] }

    /// Edges leaving `node`, in edge-id order.
    public func outgoing(_ node: Node) -> ArraySlice<Edge> {
        outEdges[Int(outStart[Int(node)])..<Int(outStart[Int(node) + 1])]
    }
    /// Edges arriving at `node`, in edge-id order.
    public func incoming(_ node: Node) -> ArraySlice<Edge> {
        inEdges[Int(inStart[Int(node)])..<Int(inStart[Int(node) + 1])]
    }

    public func outDegree(_ node: Node) -> Int { Int(outStart[Int(node) + 1] - outStart[Int(node)]) }
    public func inDegree(_ node: Node) -> Int { Int(inStart[Int(node) + 1] - inStart[Int(node)]) }
}

/// Which way to follow relations. Symmetric types are followed both ways whatever the direction.
public enum Direction: String, CaseIterable, Sendable, Codable {
    case out, `in`, both
}

extension Graph {
    /// Calls `body(edge, neighbour)` for each relation incident to `node` that `direction` allows:
    /// out-edges (and symmetric in-edges) for `.out`, in-edges (and symmetric out-edges) for `.in`,
    /// all of them for `.both`. Out-edges come first, each group in edge-id order.
    /// - Complexity: O(degree of node).
    @inlinable
    public func forEachIncident(of node: Node, direction: Direction,
                                _ body: (_ edge: Edge, _ neighbor: Node) throws -> Void) rethrows {
        for i in Int(outStart[Int(node)])..<Int(outStart[Int(node) + 1]) where direction != .in || isSymmetric(outEdges[i]) {
            try body(outEdges[i], outNeighbors[i])
        }
        for i in Int(inStart[Int(node)])..<Int(inStart[Int(node) + 1]) where direction != .out || isSymmetric(inEdges[i]) {
            try body(inEdges[i], inNeighbors[i])
        }
    }

    /// The other end of `edge` seen from `node`.
    public func otherEnd(of edge: Edge, from node: Node) -> Node {
        edgeSource[Int(edge)] == node ? edgeTarget[Int(edge)] : edgeSource[Int(edge)]
    }
}
