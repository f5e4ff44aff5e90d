import RelGraphCore

extension AttributedGraph {
    /// The records, with a diagnostic for each duplicate node, dangling edge end or field that does
    /// not decode. Structure only: the dataset format's rules (kinds, relation types, citations) are
    /// for `relgraph validate` after `relgraph import`.
    /// - Complexity: O(V + E) in the size of the attributes.
    public func records() -> LoadedDataset {
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
