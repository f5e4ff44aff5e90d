import ArgumentParser
import RelGraphIO

struct ImportResults: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-results",
        abstract: "Read back what Spark/relgraph_spark.py computed on a Spark export folder.",
        discussion: """
            Checks the job's results against the export they came from (results of an earlier export are \
            refused; every entity must have its component, PageRank and degree), turns the export's dense ids \
            back into entity ids and writes them to DIR/imported/ (entities.csv, distances.csv, job.json). \
            show, centrality and structure then print them with --from-results DIR.
            """)

    @Argument(help: ArgumentHelp("The folder relgraph export --format spark wrote and the job filled.", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Report: Encodable {
        var entities: Int
        var relations: Int
        var spark: String
        var master: String
        var engine: String
        var components: Int
        var pagerankIterations: Int
        var pairs: Int
        var imported: String

        enum CodingKeys: String, CodingKey {
            case entities, relations, spark, master, engine, components, pairs, imported
            case pagerankIterations = "pagerank_iterations"
        }
    }

    func run() throws {
        let results = try SparkResultsReader.read(exportFolder: folder)
        try ImportedResults.write(results, exportFolder: folder)
        let job = results.job
        let report = Report(entities: job.nodes, relations: job.edges, spark: job.spark, master: job.master, engine: job.engine,
                            components: Set(results.entities.map(\.component)).count,
                            pagerankIterations: job.pagerank.iterations, pairs: results.distances.count,
                            imported: "\(folder)/\(ImportedResults.folderName)")
        switch format {
        case .json: try Output.json(report)
        case .text:
            Output.line("\(folder): \(job.nodes) entities, \(job.edges) relations; Spark \(job.spark) on \(job.master), \(job.engine) engine")
            Output.line("components: \(report.components); pagerank: \(job.pagerank.iterations) iterations; distances: \(results.distances.count) pairs")
            Output.line("wrote \(report.imported)")
        }
    }
}
