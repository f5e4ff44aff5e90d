/// A graph as formats of string attributes hold it (DOT, GraphML): nodes and edges with attributes,
/// before RelGraphIO's `FlatRecordDecoder` turns them into entities and relations. The one value a
/// format's parser hands over: Graphviz's DOT reader (RelGraphGraphviz) and the GraphML reader make it.
public struct AttributedGraph: Sendable {
    public struct Node: Sendable {
        public var id: String
        public var attributes: [String: String]
        public var location: SourceLocation?
        public init(id: String, attributes: [String: String], location: SourceLocation? = nil) {
            self.id = id
            self.attributes = attributes
            self.location = location
        }
    }

    public struct Edge: Sendable {
        public var source: String
        public var target: String
        /// The format's own edge id (GraphML `id`, DOT key), used when no `id` attribute names the relation.
        public var key: String?
        public var attributes: [String: String]
        public var location: SourceLocation?
        public init(source: String, target: String, key: String? = nil, attributes: [String: String],
                    location: SourceLocation? = nil) {
            self.source = source
            self.target = target
            self.key = key
            self.attributes = attributes
            self.location = location
        }
    }

    /// The file the graph came from, as diagnostics name it.
    public var file: String
    /// The graph's own name, when the format gives one (DOT's `digraph NAME`).
    public var name: String?
    public var attributes: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(file: String, name: String? = nil, attributes: [String: String] = [:], nodes: [Node] = [],
                edges: [Edge] = []) {
        self.file = file
        self.name = name
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
    }
}
