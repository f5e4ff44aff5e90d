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
        // Nodes first, in dataset order (readers take creation order as the entities' order), then
        // the clusters, which only name their members.
        for entity in dataset.entities {
            out += "  \(quote(entity.id)) [\(attributeList(FlatRecord.fields(of: entity)))];\n"
        }
        for child in DOTClusters(dataset).root.children { writeCluster(child, indent: "  ", into: &out) }
        for relation in dataset.relations {
            var fields = [("label", relation.type.rawValue)] + FlatRecord.fields(of: relation)
            if relation.type.isSymmetric { fields.append(("dir", "none")) }
            out += "  \(quote(relation.from)) -> \(quote(relation.to)) [\(attributeList(fields))];\n"
        }
        out += "}\n"
        return Array(out.utf8)
    }

    private static func writeCluster(_ cluster: DOTClusters.Cluster, indent: String, into out: inout String) {
        out += "\(indent)subgraph \(quote("cluster_" + cluster.name)) {\n"
        out += "\(indent)  graph [label=\(quote(cluster.label))];\n"
        if !cluster.entities.isEmpty {
            out += "\(indent)  " + cluster.entities.map(quote).joined(separator: "; ") + ";\n"
        }
        for child in cluster.children { writeCluster(child, indent: indent + "  ", into: &out) }
        out += "\(indent)}\n"
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
            // Graphviz reads a quoted string as a C string: a NUL would end it mid-file.
            case "\0": out += "\u{2400}"
            default: out.unicodeScalars.append(character)
            }
        }
        return out + "\""
    }
}
