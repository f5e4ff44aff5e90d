import RelGraphCore

/// GraphML (graphml.graphdrawing.org) as networkx, igraph, Gephi and yEd read it: one typed `<key>`
/// per field of `FlatRecord`, the entities as nodes, the relations as directed edges whose `id` is
/// the relation id, and the dataset's title, description and sources as graph data.
public enum GraphMLExporter {
    /// - Complexity: O(V + E) in the size of the records.
    public static func export(_ dataset: Dataset) -> [UInt8] {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let graphFields = FlatRecord.fields(of: dataset)
        for (key, _) in graphFields { out += keyLine("g", key, for: "graph", type: .string) }
        let nodeKeys = FlatRecord.entityKeys + FlatRecord.nameKeys(dataset.entities)
        for key in nodeKeys { out += keyLine("n", key.name, for: "node", type: key.type) }
        for key in FlatRecord.relationKeys { out += keyLine("e", key.name, for: "edge", type: key.type) }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for (key, value) in graphFields { out += "    " + data("g", key, value) + "\n" }
        for entity in dataset.entities {
            out += "    <node id=\"\(XMLText.escape(entity.id))\">"
            for (key, value) in FlatRecord.fields(of: entity) { out += data("n", key, value) }
            out += "</node>\n"
        }
        for relation in dataset.relations {
            // The XML id is an NMTOKEN in GraphML's schema; a derived id (`type:a->b`) is not one, and
            // the `id` data field carries it whatever it looks like.
            let xmlID = isNMToken(relation.id) ? " id=\"\(relation.id)\"" : ""
            out += "    <edge\(xmlID) source=\"\(XMLText.escape(relation.from))\" target=\"\(XMLText.escape(relation.to))\">"
            for (key, value) in FlatRecord.fields(of: relation) { out += data("e", key, value) }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Array(out.utf8)
    }

    private static func keyLine(_ prefix: String, _ name: String, for domain: String,
                                type: FlatRecord.ValueType) -> String {
        "  <key id=\"\(prefix)_\(name)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type.rawValue)\"/>\n"
    }

    private static func data(_ prefix: String, _ key: String, _ value: String) -> String {
        "<data key=\"\(prefix)_\(key)\">\(XMLText.escape(value))</data>"
    }

    private static func isNMToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_.:".unicodeScalars.contains(scalar)
        }
    }
}
