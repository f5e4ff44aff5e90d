import RelGraphCore

/// How the DOT export groups nodes: a cluster per country, and inside it a cluster per top
/// organisation holding the organisations under it (`part_of`) and their posts (`post_in`).
/// Each entity sits in exactly one cluster (Graphviz draws a node in two clusters badly);
/// entities without country and outside every organisation tree stay at the top level.
struct DOTClusters {
    final class Cluster {
        let name: String
        let label: String
        var entities: [String] = []
        var children: [Cluster] = []
        init(name: String, label: String) {
            self.name = name
            self.label = label
        }
    }

    let root = Cluster(name: "", label: "")

    /// - Complexity: O(V + E · depth of the organisation tree).
    init(_ dataset: Dataset) {
        let byID = Dictionary(dataset.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let (graph, _) = dataset.freeze()
        let tree = OrganisationTree(graph)
        // People go to their country's cluster: in an export each entity sits in one cluster, and a
        // person's posts may lie in several trees.
        let tops = (0..<Graph.Node(graph.nodeCount)).map { node in
            graph.kind(of: node) == .person ? nil : tree.topOrganisation(of: node).map { graph.nodeIDs[Int($0)] }
        }
        var treeSize: [String: Int] = [:]
        for t in tops { if let t { treeSize[t, default: 0] += 1 } }

        var countries: [String: Cluster] = [:]
        var trees: [String: Cluster] = [:]
        func country(_ code: String?) -> Cluster {
            guard let code else { return root }
            if let known = countries[code] { return known }
            let cluster = Cluster(name: code, label: code)
            countries[code] = cluster
            return cluster
        }
        for (entity, t) in zip(dataset.entities, tops) {
            guard let t, treeSize[t, default: 0] > 1, let topEntity = byID[t] else {
                country(entity.country).entities.append(entity.id)
                continue
            }
            if trees[t] == nil {
                let outer = country(topEntity.country)
                let tree = Cluster(name: "\(outer.name)/\(t)", label: topEntity.displayName)
                trees[t] = tree
                outer.children.append(tree)
            }
            trees[t]!.entities.append(entity.id)
        }
        root.children = countries.keys.sorted().map { countries[$0]! } + root.children
    }
}
