import ArgumentParser
import RelGraphCore
import RelGraphIO

/// `--from-results DIR`: print the answers the Spark job computed for an export folder (after
/// `relgraph import-results DIR`) instead of computing them; names come from the data (--data).
struct ResultsOptions: ParsableArguments {
    @Option(name: .customLong("from-results"), help: ArgumentHelp("""
        Print the Spark job's answers imported into this export folder (relgraph import-results) \
        instead of computing them; --data names the dataset that was exported.
        """, valueName: "dir"))
    var folder: String?

    /// The imported results with each entity's node in `network`; nil without --from-results.
    func load(in network: Network) throws -> LoadedResults? {
        guard let folder else { return nil }
        let results = try ImportedResults.read(exportFolder: folder)
        var nodes: [Graph.Node] = []
        nodes.reserveCapacity(results.entities.count)
        for entity in results.entities {
            guard let node = network.graph.node(id: entity.key) else {
                throw CommandFailure(.badData, "\(folder)/\(ImportedResults.folderName)/entities.csv: error: entity '\(entity.key)' is not in the data; give --data the dataset that was exported", prefixed: false)
            }
            nodes.append(node)
        }
        return LoadedResults(results: results, nodes: nodes)
    }

    /// Rejects relation filters beside --from-results: the job ran on what the export selected.
    func rejectFilters(_ relations: RelationFilterOptions) throws {
        guard folder != nil else { return }
        if relations.types != nil || relations.excludeTypes != nil || relations.reportedOnly || relations.at != nil {
            throw ValidationError("--from-results prints what the job computed on the export; filter with export's --types, --at … instead")
        }
    }
}

/// Imported Spark results matched to a network's nodes.
struct LoadedResults {
    let results: SparkResults
    /// `nodes[i]` is the node of `results.entities[i]`.
    let nodes: [Graph.Node]

    /// `Spark 4.3.0, dataframe engine`
    var provenance: String { "Spark \(results.job.spark), \(results.job.engine) engine" }

    /// (node, value) for each entity, ranked by value descending, ties in export order; the first `top` (0: all).
    func ranked(_ value: (SparkResults.Entity) -> Double, top: Int, in network: Network) -> [RankedEntity] {
        let values = results.entities.map(value)
        let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
        return order.prefix(top == 0 ? order.count : top).enumerated().map { i, index in
            RankedEntity(rank: i + 1, entity: network.summary(nodes[index]), value: values[index])
        }
    }

    /// The components as node lists: largest first, ties by their smallest node; members ascending.
    func components() -> [[Graph.Node]] {
        var members: [String: [Graph.Node]] = [:]
        for (entity, node) in zip(results.entities, nodes) { members[entity.component, default: []].append(node) }
        return members.values.map { $0.sorted() }.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
    }
}
