import Foundation
import Testing

/// `stats`, `path`, `centrality` and `structure` on the benchmark's data (../shared/bench/gen.py, 1,000
/// entities) as CSV and as a snapshot of it: the answers gen.py computed itself (meta.json,
/// queries.csv), and the same output from both forms.
@Suite struct ScaleCLITests {
    /// gen.py's meta.json.
    struct Meta: Decodable, Sendable {
        var n: Int
        var m: Int
        var kinds: [String: Int]
        var edge_types: [String: Int]
        var components: Int
        var largest_component: Int
        var max_degree: Int
        var isolated: Int
    }

    struct Bench: Sendable {
        var csv: String
        var snapshot: String
        var meta: Meta
        /// source, target, expected length (-1: no path).
        var queries: [[Int]]
    }

    /// The generated folder and its snapshot, made once; nil (reported as missing) without gen.py
    /// or python3.
    static let bench: Bench? = {
        let generator = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/gen.py").path
        guard FileManager.default.fileExists(atPath: generator) else {
            ExternalTool.missing("\(generator) is missing")
            return nil
        }
        guard let python = try? ExternalTool.find("python3", package: "python3"),
              let folder = try? CLI.temporaryFolder(),
              let generated = try? ExternalTool.run(python, [generator, "--sizes", "1000", "--out", folder.path]),
              generated.status == 0 else { return nil }
        let csv = folder.appendingPathComponent("1000").path, snapshot = folder.appendingPathComponent("1000.rgs").path
        guard (try? CLI.run(["snapshot", "--data", csv, "-o", snapshot]))?.status == 0,
              let meta = try? JSONDecoder().decode(Meta.self, from: Data(contentsOf: URL(fileURLWithPath: csv + "/meta.json"))),
              let queries = try? String(contentsOfFile: csv + "/queries.csv", encoding: .utf8) else { return nil }
        let rows = queries.split(separator: "\n").dropFirst().map { $0.split(separator: ",").compactMap { Int($0) } }
        return Bench(csv: csv, snapshot: snapshot, meta: meta, queries: rows)
    }()

    /// `relgraph ARGS --data` on the CSV and on the snapshot: the same output, and the JSON of it.
    static func both(_ arguments: [String]) throws -> (status: Int32, json: Any?) {
        let bench = try #require(Self.bench)
        let csv = try CLI.run(arguments + ["--data", bench.csv])
        let snapshot = try CLI.run(arguments + ["--data", bench.snapshot])
        #expect(csv.stdout == snapshot.stdout, "\(arguments)")
        #expect(csv.status == snapshot.status && csv.stderr.isEmpty == snapshot.stderr.isEmpty, "\(arguments)")
        return (csv.status, try? JSONSerialization.jsonObject(with: csv.stdoutBytes))
    }

    @Test func statsCountsWhatTheGeneratorMade() throws {
        guard let bench = Self.bench else { return }
        let stats = try #require(try Self.both(["stats", "--format", "json"]).json as? [String: Any])
        func counts(_ key: String) -> [String: Int] {
            let rows = (stats[key] as? [String: Any])?["by"] as? [[String: Any]] ?? []
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as! String, $0["count"] as! Int) })
        }
        #expect(counts("entities") == bench.meta.kinds)
        #expect(counts("relations") == bench.meta.edge_types)
        #expect((stats["relations"] as? [String: Any])?["total"] as? Int == bench.meta.m)
    }

    /// Every query of queries.csv: the hops of the path found, or exit 1 where gen.py found none.
    @Test func pathLengthsAreTheGeneratorsOwn() throws {
        guard let bench = Self.bench else { return }
        for query in bench.queries.prefix(25) {
            let (status, json) = try Self.both(["path", String(query[0]), String(query[1]), "--format", "json"])
            if query[2] < 0 {
                #expect(status == 1, "\(query)")
            } else {
                let paths = (json as? [String: Any])?["paths"] as? [[String: Any]]
                #expect(status == 0 && paths?.first?["hops"] as? Int == query[2], "\(query)")
            }
        }
    }

    @Test func componentsAreTheGeneratorsOwn() throws {
        guard let bench = Self.bench else { return }
        let report = try #require(try Self.both(["structure", "--format", "json", "--members", "1"]).json as? [String: Any])
        let components = try #require(report["components"] as? [[String: Any]])
        #expect(components.count == bench.meta.components)
        #expect(components.first?["size"] as? Int == bench.meta.largest_component)
        #expect(components.filter { $0["size"] as? Int == 1 }.count == bench.meta.isolated)
    }

    /// Degree centrality's first value is gen.py's largest degree over n − 1; PageRank sums to 1;
    /// exact betweenness lies in [0, 1] and a sample of every node is the exact value.
    @Test func centralityOnTheBenchmark() throws {
        guard let bench = Self.bench else { return }
        func values(_ arguments: [String]) throws -> [Double] {
            let json = try Self.both(["centrality", "--format", "json"] + arguments).json as? [String: Any]
            return (json?["entities"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? Double }
        }
        let n = bench.meta.n
        #expect(try values(["--measure", "degree", "--top", "1"]).first == Double(bench.meta.max_degree) / Double(n - 1))
        let ranks = try values(["--measure", "pagerank", "--top", "0"])
        #expect(ranks.count == n && abs(ranks.reduce(0, +) - 1) < 1e-9)
        let exact = try values(["--measure", "betweenness", "--top", "0"])
        #expect(exact.count == n && exact.allSatisfy { $0 >= 0 && $0 <= 1 } && exact.first! > 0)
        #expect(try values(["--measure", "betweenness", "--top", "0", "--samples", String(n)]) == exact)
    }
}

/// The progress line: drawn on a terminal, never into a pipe or file, and not with --quiet.
@Suite struct ScaleProgressTests {
    @Test func noProgressWhenStderrIsNotATerminal() throws {
        let result = try CLI.minimal(["centrality", "--measure", "betweenness"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(try CLI.minimal(["stats", "--quiet"]).status == 0)
    }

    /// Under a pseudo-terminal (util-linux `script`), with the one-second wait set to zero.
    @Test func progressIsDrawnOnATerminalAndErased() throws {
        guard let script = try ExternalTool.find("script", package: "bsdutils") else { return }
        func onTerminal(_ extra: String) throws -> String {
            let command = "RELGRAPH_PROGRESS_DELAY=0 '\(CLI.binary.path)' centrality --measure closeness "
                + "--data '\(CLI.fixture("datasets/minimal"))' \(extra) >/dev/null"
            return try ExternalTool.run(script, ["-qec", command, "/dev/null"]).stdout
        }
        let shown = try onTerminal("")
        #expect(shown.contains("\u{1B}[Kcloseness ["))
        #expect(shown.hasSuffix("\r\u{1B}[K"))
        #expect(try onTerminal("--quiet").isEmpty)
    }
}
