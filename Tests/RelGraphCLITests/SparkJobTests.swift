import Foundation
import Testing

/// Spark/relgraph_spark.py on Spark local[2] (pyspark from the Makefile's virtualenv, Java from
/// Debian), export → job → import-results → --from-results, against relgraph's own answers: the
/// components equal, PageRank within 1e-6 with the same top 10, degrees equal, hop distances equal
/// the benchmark's queries.csv. One job per graph: each takes a minute or two on two cores.
@Suite(.serialized) struct SparkJobTests {
    /// Runs the README's "Beyond one machine" commands as shown, then checks the imported answers
    /// for the bundled dataset.
    @Test func readmeCommandsOnTheBundledDataset() throws {
        guard let spark = try SparkJob.environment() else { return }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Spark"),
                                                   withDestinationURL: CLI.packageRoot.appendingPathComponent("Spark"))
        let commands = try SparkJob.readmeCommands()
        #expect(commands.count >= 5)
        var outputs: [String] = []
        for command in commands {
            let run = try SparkJob.shell(command, in: folder, environment: spark)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            outputs.append(run.stdout)
        }
        let export = folder.appendingPathComponent("vl-spark").path
        #expect(outputs.contains { $0.contains("engine: dataframe (GraphFrames not on the classpath)") })
        #expect(outputs.contains { $0.hasPrefix("vl-spark: 231 entities, 526 relations; Spark 4.3.0 on local[2], dataframe engine\n") })
        try SparkJob.expectSameAnswers(data: [], export: export)
        let show = try CLI.run(["show", "phan-van-giang", "--from-results", export, "--format", "json"])
        let results = (try JSONSerialization.jsonObject(with: show.stdoutBytes) as? [String: Any])?["results"] as? [String: Any]
        let distances = results?["distances"] as? [[String: Any]]
        #expect(distances?.count == 1)
        // The README's `relgraph path "phan van giang" "luang prabang"`: 3 hops.
        #expect(distances?.first?["length"] as? Int == 3)
        #expect(results?["component"] as? Int == 1)
        #expect(results?["component_size"] as? Int == 227)
    }

    /// The 10k benchmark graph (../shared/bench/gen.py), the job given its 100 queries as pairs.
    @Test func benchmarkGraph10k() throws {
        guard let spark = try SparkJob.environment(),
              let python = try ExternalTool.find("python3", package: "python3") else { return }
        guard FileManager.default.fileExists(atPath: InteropBenchmarkTests.generator) else {
            return ExternalTool.missing("\(InteropBenchmarkTests.generator) is missing")
        }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ExternalTool.run(python, [InteropBenchmarkTests.generator, "--sizes", "10000", "--out", folder.path]).status == 0)
        let data = folder.appendingPathComponent("10000").path
        let export = folder.appendingPathComponent("spark").path
        #expect(try CLI.run(["export", "--format", "spark", "--data", data, "-o", export]).status == 0)
        let job = try SparkJob.shell("spark-submit --master 'local[2]' '\(SparkJob.script)' '\(export)' --pairs '\(data)/queries.csv'",
                                     in: folder, environment: spark)
        #expect(job.status == 0, "\(job.stderr)")
        #expect(job.stdout.hasPrefix("engine: "))
        let imported = try CLI.run(["import-results", export])
        #expect(imported.status == 0, "\(imported.stderr)")
        try SparkJob.expectSameAnswers(data: ["--data", data], export: export)
        // Hop distances: the generator's own bidirectional BFS in pure Python.
        func table(_ path: String) throws -> [[String]] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        let expected = try table(data + "/queries.csv").map { "\($0[0])-\($0[1]): \($0[2])" }
        let found = try table(export + "/imported/distances.csv").map { "\($0[0])-\($0[1]): \($0[2].isEmpty ? "-1" : $0[2])" }
        #expect(expected.count == 100)
        #expect(Set(found) == Set(expected))
    }
}

enum SparkJob {
    static let script = CLI.packageRoot.appendingPathComponent("Spark/relgraph_spark.py").path

    /// relgraph, spark-submit and the virtualenv's python on the PATH, Spark on the loopback address;
    /// nil (a skip, or a failure under CI) when pyspark or Java is missing.
    static func environment() throws -> [String: String]? {
        guard let python = try ExternalTool.required("RELGRAPH_PYTHON", "make test-deps makes .build/venv with pyspark") else { return nil }
        let bin = URL(fileURLWithPath: python).deletingLastPathComponent().path
        guard FileManager.default.isExecutableFile(atPath: bin + "/spark-submit") else {
            ExternalTool.missing("\(bin)/spark-submit is missing (make test-deps installs pyspark)")
            return nil
        }
        guard try ExternalTool.find("java", package: "openjdk-17-jre-headless") != nil else { return nil }
        var environment = CLI.childEnvironment
        environment["PATH"] = "\(CLI.binary.deletingLastPathComponent().path):\(bin):\(environment["PATH"] ?? "/usr/bin:/bin")"
        environment["PYSPARK_PYTHON"] = python
        environment["SPARK_LOCAL_IP"] = "127.0.0.1"
        return environment
    }

    /// The commands of README.md's "Beyond one machine" `sh` block, one a line.
    static func readmeCommands() throws -> [String] {
        let text = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        guard let section = text.range(of: "## Beyond one machine") else { return [] }
        let rest = text[section.upperBound...]
        guard let start = rest.range(of: "```sh\n"), let end = rest[start.upperBound...].range(of: "```") else { return [] }
        return rest[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    }

    /// Runs one shell command line in `folder`.
    static func shell(_ command: String, in folder: URL, environment: [String: String]) throws -> CLI.Result {
        try CLI.run(["-c", command], in: folder, executable: URL(fileURLWithPath: "/bin/bash"), environment: environment)
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CLI.run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any] ?? [:]
    }

    /// (id, value) in ranking order from `centrality --format json`.
    static func ranking(_ arguments: [String]) throws -> [(id: String, value: Double)] {
        (try json(["centrality", "--top", "0"] + arguments)["entities"] as? [[String: Any]] ?? []).map {
            (($0["entity"] as? [String: Any])?["id"] as? String ?? "", $0["value"] as? Double ?? .nan)
        }
    }

    /// The imported answers (`--from-results`) against relgraph's own on the same data.
    static func expectSameAnswers(data: [String], export: String) throws {
        let results = ["--from-results", export]
        let pagerank = try ranking(data + ["--measure", "pagerank"]), sparkRank = try ranking(data + results + ["--measure", "pagerank"])
        #expect(pagerank.count == sparkRank.count && !pagerank.isEmpty)
        #expect(pagerank.prefix(10).map(\.id) == sparkRank.prefix(10).map(\.id))
        let sparkValues = Dictionary(uniqueKeysWithValues: sparkRank.map { ($0.id, $0.value) })
        let worst = pagerank.map { abs($0.value - (sparkValues[$0.id] ?? .infinity)) }.max() ?? .infinity
        #expect(worst <= 1e-6, "PageRank differs by \(worst)")
        let degree = try ranking(data + ["--measure", "degree"]), sparkDegree = try ranking(data + results + ["--measure", "degree"])
        #expect(degree.map { "\($0.id) \($0.value)" } == sparkDegree.map { "\($0.id) \($0.value)" })
        func components(_ arguments: [String]) throws -> [[String]] {
            (try json(["structure"] + arguments)["components"] as? [[String: Any]] ?? []).map { group in
                (group["members"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
            }
        }
        let own = try components(data + ["--members", "0"]), spark = try components(data + results + ["--members", "0"])
        #expect(own.count == spark.count && !own.isEmpty)
        #expect(own == spark)
    }
}
