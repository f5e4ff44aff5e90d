import Foundation
import RelGraphCore

/// networkx's node-link JSON (`node_link_data(G, edges="edges")` of a `MultiDiGraph`): nodes keyed
/// by `id`, edges by `source`, `target` and `key` (the relation id). Each node and edge also carries
/// the full record in the dataset format's field names (names, citations, dates, qualifiers), and
/// the graph carries the dataset's title, description and sources: nothing is lost.
public enum NodeLinkJSONExporter {
    /// - Complexity: O(V + E) in the size of the records.
    public static func export(_ dataset: Dataset) -> [UInt8] {
        let document = Document(
            graph: .init(title: dataset.title, description: dataset.description, sources: dataset.sources),
            nodes: dataset.entities.map(Node.init), edges: dataset.relations.map(Edge.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Our records always encode.
        return Array((try? encoder.encode(document)) ?? Data()) + [UInt8(ascii: "\n")]
    }

    struct Document: Encodable {
        var directed = true
        var multigraph = true
        var graph: Graph
        var nodes: [Node]
        var edges: [Edge]
    }

    struct Graph: Encodable {
        var title: String?
        var description: String?
        var sources: [Source]
    }

    private enum ExtraKeys: String, CodingKey { case label, source, target, key }

    /// The entity's record plus `label`, its display name.
    struct Node: Encodable {
        var entity: Entity
        func encode(to encoder: any Encoder) throws {
            try entity.encode(to: encoder)
            var extra = encoder.container(keyedBy: ExtraKeys.self)
            try extra.encode(entity.displayName, forKey: .label)
        }
    }

    /// The relation's record plus networkx's `source`, `target` and `key`.
    struct Edge: Encodable {
        var relation: Relation
        func encode(to encoder: any Encoder) throws {
            try relation.encode(to: encoder)
            var extra = encoder.container(keyedBy: ExtraKeys.self)
            try extra.encode(relation.from, forKey: .source)
            try extra.encode(relation.to, forKey: .target)
            try extra.encode(relation.id, forKey: .key)
        }
    }
}
