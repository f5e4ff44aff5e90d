import RelGraphCore

/// A graph as formats of string attributes hold it (DOT, GraphML): nodes and edges with attributes,
/// before `FlatRecordDecoder` turns them into entities and relations.
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
    public var attributes: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(file: String, attributes: [String: String] = [:], nodes: [Node] = [], edges: [Edge] = []) {
        self.file = file
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
    }

    /// The records, with a diagnostic for each duplicate node, dangling edge end or field that does
    /// not decode. Structure only: the dataset format's rules (kinds, relation types, citations) are
    /// for `relgraph validate` after `relgraph import`.
    /// - Complexity: O(V + E) in the size of the attributes.
    public func read() -> LoadedDataset {
        var decoder = FlatRecordDecoder(file: file)
        var dataset = decoder.dataset(attributes)
        var known: [String: SourceLocation?] = [:]
        for node in nodes {
            if let first = known[node.id] {
                let origin = first.map { " (first defined at \($0))" } ?? ""
                decoder.problems.append(.error("duplicate node id '\(node.id)'\(origin)", at: node.location ?? first))
                continue
            }
            known[node.id] = node.location
            dataset.entities.append(decoder.entity(id: node.id, node.attributes, at: node.location))
        }
        for edge in edges {
            let missing = [edge.source, edge.target].filter { known[$0] == nil }
            guard missing.isEmpty else {
                decoder.problems.append(.error("edge \(edge.source) -> \(edge.target) refers to unknown node '\(missing[0])'",
                                               at: edge.location))
                continue
            }
            dataset.relations.append(decoder.relation(from: edge.source, to: edge.target, key: edge.key,
                                                      edge.attributes, at: edge.location))
        }
        YAMLDatasetReader.deriveMissingIDs(&dataset.relations)
        return LoadedDataset(dataset: dataset, locations: DatasetLocations(), diagnostics: decoder.problems)
    }
}
