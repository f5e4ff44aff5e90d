import Foundation

/// The Spark job's answers in relgraph's terms (entity ids, not the export's dense ids): what
/// `relgraph import-results` reads from an export folder and writes to `imported/`, and what the
/// `--from-results` of `show`, `centrality` and `structure` read back.
public struct SparkResults: Sendable {
    /// What `job.json` says about the run.
    public struct Job: Codable, Sendable {
        public struct PageRankRun: Codable, Sendable {
            public var iterations: Int
            public var change: Double
        }
        public var format: String
        public var version: Int
        public var exportSHA256: String
        public var spark: String
        public var master: String
        public var engine: String
        public var nodes: Int
        public var edges: Int
        public var pagerank: PageRankRun

        enum CodingKeys: String, CodingKey {
            case format, version, spark, master, engine, nodes, edges, pagerank
            case exportSHA256 = "export_sha256"
        }
    }

    public struct Entity: Sendable, Equatable {
        /// relgraph's id of the entity.
        public var key: String
        /// The id of the smallest (first in export order) member of its connected component.
        public var component: String
        public var pagerank: Double
        /// Distinct neighbours in the undirected simple view.
        public var degree: Int
    }

    public struct Distance: Sendable, Equatable {
        public var source: String
        public var target: String
        /// Hops in the undirected view; nil when there is no path.
        public var length: Int?
    }

    public var job: Job
    /// The job.json bytes as the job wrote them, kept whole in `imported/`.
    public var jobJSON: Data
    /// In export order.
    public var entities: [Entity]
    public var distances: [Distance]

    static let resultsFormat = "relgraph-spark-results"
}

extension SparkResults.Job {
    static func decode(_ data: Data, path: String) throws(SparkExportError) -> SparkResults.Job {
        let job: SparkResults.Job
        do {
            job = try JSONDecoder().decode(SparkResults.Job.self, from: data)
        } catch {
            throw .badResults(path: path, reason: "not the job.json of Spark/relgraph_spark.py (\(error))")
        }
        guard job.format == SparkResults.resultsFormat, job.version == 1 else {
            throw .badResults(path: path, reason: "format \(job.format) version \(job.version); relgraph reads \(SparkResults.resultsFormat) version 1")
        }
        return job
    }
}
