import RelGraphCore

extension CentralityCommand {
    /// Degree or PageRank as the Spark job computed them (`--from-results`), printed as computed ones are.
    func printResults(_ loaded: LoadedResults, in network: Network) throws {
        let count = loaded.results.entities.count
        let ranked: [RankedEntity]
        let description: String
        if measure == .pagerank {
            ranked = loaded.ranked({ $0.pagerank }, top: top, in: network)
            description = "pagerank, directed view, α 0.85, from the Spark job (\(loaded.provenance), \(loaded.results.job.pagerank.iterations) iterations)"
        } else {
            // Centrality.degree's scale, so that the values equal relgraph's own bit for bit.
            let scale = count > 1 ? 1.0 / Double(count - 1) : 1
            ranked = loaded.ranked({ count > 1 ? Double($0.degree) * scale : 1 }, top: top, in: network)
            description = "degree, undirected view, from the Spark job (\(loaded.provenance))"
        }
        switch options.format {
        case .json:
            try Output.json(Report(measure: measure.rawValue, view: measure == .pagerank ? "directed" : "undirected",
                                   samples: nil, seed: nil, entities: ranked))
        case .text:
            Output.line(description)
            Output.table(ranked.map { [String($0.rank), Ranking.format($0.value), $0.entity.label, $0.entity.kind.rawValue] })
        }
    }
}
