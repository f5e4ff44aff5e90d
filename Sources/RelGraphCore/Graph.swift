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

    let outStart: [Int32]
    let outEdges: [Edge]
    let inStart: [Int32]
    let inEdges: [Edge]
    let idIndex: NodeIDIndex

    public var nodeCount: Int { nodeIDs.count }
    public var edgeCount: Int { edgeSource.count }

    /// Builds the graph from node ids and kinds and from edges given as (source, target, type) indices.
    /// - Precondition: node ids are unique; edge ends are valid node indices; kind and type codes
    ///   index `kinds` and `types`.
    /// - Complexity: O(V + E) (two counting sorts, and the id index unless it is given).
    public init(nodeIDs: StringColumn, nodeKind: [UInt16], kinds: [EntityKind],
                edgeSource: [Node], edgeTarget: [Node], edgeType: [UInt16], types: [RelationType],
                idIndex: NodeIDIndex? = nil) {
        self.nodeIDs = nodeIDs
        self.nodeKind = nodeKind
        self.kinds = kinds
        self.edgeSource = edgeSource
        self.edgeTarget = edgeTarget
        self.edgeType = edgeType
        self.types = types
        self.typeIsSymmetric = types.map(\.isSymmetric)
        (outStart, outEdges) = Graph.compressedRows(keys: edgeSource, nodeCount: nodeIDs.count)
        (inStart, inEdges) = Graph.compressedRows(keys: edgeTarget, nodeCount: nodeIDs.count)
        self.idIndex = idIndex ?? NodeIDIndex.build(for: nodeIDs)
    }

    public init(nodeIDs: [String], nodeKind: [UInt16], kinds: [EntityKind],
                edgeSource: [Node], edgeTarget: [Node], edgeType: [UInt16], types: [RelationType]) {
        self.init(nodeIDs: StringColumn(nodeIDs), nodeKind: nodeKind, kinds: kinds, edgeSource: edgeSource,
                  edgeTarget: edgeTarget, edgeType: edgeType, types: types)
    }

    /// Counting sort of edge ids by `keys[edge]`; stable, so each row lists edges in id order.
    private static func compressedRows(keys: [Node], nodeCount: Int) -> ([Int32], [Edge]) {
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for i in 0..<nodeCount { start[i + 1] += start[i] }
        var cursor = start
        var rows = [Edge](repeating: 0, count: keys.count)
        for (edge, key) in keys.enumerated() {
            rows[Int(cursor[Int(key)])] = Edge(edge)
            cursor[Int(key)] += 1
        }
        return (start, rows)
    }

    /// The node with that id.
    /// - Complexity: O(1) on average (O(log n) for a snapshot's sorted index).
    public func node(id: String) -> Node? { idIndex.node(id: id, in: nodeIDs) }

    public func kind(of node: Node) -> EntityKind { kinds[Int(nodeKind[Int(node)])] }
    public func type(of edge: Edge) -> RelationType { types[Int(edgeType[Int(edge)])] }
    public func isSymmetric(_ edge: Edge) -> Bool { typeIsSymmetric[Int(edgeType[Int(edge)])] }

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
        for edge in outgoing(node) where direction != .in || isSymmetric(edge) {
            try body(edge, edgeTarget[Int(edge)])
        }
        for edge in incoming(node) where direction != .out || isSymmetric(edge) {
            try body(edge, edgeSource[Int(edge)])
        }
    }

    /// The other end of `edge` seen from `node`.
    public func otherEnd(of edge: Edge, from node: Node) -> Node {
        edgeSource[Int(edge)] == node ? edgeTarget[Int(edge)] : edgeSource[Int(edge)]
    }
}
