import RelGraphCore

/// DOT for Graphviz and the tools that read it (Gephi, igraph, networkx via pydot).
///
/// Entities are nodes named by id and labelled with their display name; relations are edges labelled
/// with their type. Every `FlatRecord` field is an attribute (`kind`, `names`, `type`, `from_date`,
/// `sources` …), so `relgraph import --from dot` gets the records back; the dataset's title,
/// description and sources are graph attributes. Nodes are grouped in clusters, one per country,
/// holding one per top organisation (see `DOTClusters`).
///
/// Quoted strings follow Graphviz's scanner: `"` is written `\"` and a backslash `\\` (which a label
/// shows as one backslash); line breaks stay raw, which labels show as line breaks.
public enum DOTExporter {
    /// - Complexity: O(V + E) in the size of the records.
    public static func export(_ dataset: Dataset) -> [UInt8] {
        var out = "digraph \(quote(dataset.title ?? "relgraph")) {\n"
        var graphAttributes = FlatRecord.fields(of: dataset)
        if let title = dataset.title { graphAttributes.insert(("label", title), at: 0) }
        if !graphAttributes.isEmpty { out += "  graph [\(attributeList(graphAttributes))];\n" }
        // newrank lets dot rank nodes across nested clusters (without it dot 2.42 fails with
        // "trouble in init_rank" on edges between clusters).
        out += "  graph [newrank=true];\n  node [shape=box, style=rounded];\n"
        let clusters = DOTClusters(dataset)
        let byID = Dictionary(dataset.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        writeMembers(of: clusters.root, byID: byID, indent: "  ", into: &out)
        for relation in dataset.relations {
            var fields = [("label", relation.type.rawValue)] + FlatRecord.fields(of: relation)
            if relation.type.isSymmetric { fields.append(("dir", "none")) }
            out += "  \(quote(relation.from)) -> \(quote(relation.to)) [\(attributeList(fields))];\n"
        }
        out += "}\n"
        return Array(out.utf8)
    }

    private static func writeMembers(of cluster: DOTClusters.Cluster, byID: [String: Entity], indent: String,
                                     into out: inout String) {
        for id in cluster.entities {
            guard let entity = byID[id] else { continue }
            out += "\(indent)\(quote(entity.id)) [\(attributeList(FlatRecord.fields(of: entity)))];\n"
        }
        for child in cluster.children {
            out += "\(indent)subgraph \(quote("cluster_" + child.name)) {\n"
            out += "\(indent)  graph [label=\(quote(child.label))];\n"
            writeMembers(of: child, byID: byID, indent: indent + "  ", into: &out)
            out += "\(indent)}\n"
        }
    }

    private static func attributeList(_ fields: [FlatRecord.Field]) -> String {
        fields.map { "\(quote($0.key))=\(quote($0.value))" }.joined(separator: ", ")
    }

    /// A DOT quoted string whose value, as Graphviz's scanner stores it, decodes back to `text`
    /// with `DOTText.decode`.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(character)
            }
        }
        return out + "\""
    }
}
