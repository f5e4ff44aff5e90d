/// A DOT graph as Graphviz read it: nodes by name, edges with their ends, and the attributes of
/// each, values decoded from Graphviz's escapes (see `DOTReader`). Drawing attributes (shape, color,
/// position …) are left out: they describe a picture, not the organisation.
public struct DOTDocument: Sendable {
    public struct Node: Sendable {
        public var name: String
        public var attributes: [String: String]
    }

    public struct Edge: Sendable {
        public var tail: String
        public var head: String
        /// The edge's `key`, when the DOT gives one.
        public var key: String?
        public var attributes: [String: String]
    }

    public var name: String
    public var isDirected: Bool
    public var attributes: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]
}
