import RelGraphCore

extension Structure {
    struct ResultsReport: Encodable {
        var entities: Int
        var components: [Report.Group]
        var computedBy: String

        enum CodingKeys: String, CodingKey {
            case entities, components
            case computedBy = "computed_by"
        }
    }

    /// The connected components as the Spark job found them (`--from-results`); the job computes no
    /// bridges, articulation points or communities.
    func printResults(_ loaded: LoadedResults, in network: Network) throws {
        let components = loaded.components()
        switch options.format {
        case .json:
            try Output.json(ResultsReport(
                entities: loaded.nodes.count,
                components: components.map { .init(size: $0.count, members: $0.map(network.summary)) },
                computedBy: loaded.provenance))
        case .text:
            Output.line("\(loaded.nodes.count) entities (undirected view), from the Spark job (\(loaded.provenance))")
            Output.line()
            Output.line("components: \(components.count)")
            Output.lines(Self.listed(components, members: members, in: network))
        }
    }
}
