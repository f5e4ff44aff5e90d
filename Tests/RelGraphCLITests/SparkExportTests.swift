import Foundation
import Testing

/// `export --format spark`: the folder Spark reads (parts, dense ids, manifest with SHA-256), checked
/// with coreutils' sha256sum and Python's csv module, from YAML, from a snapshot and from hostile names.
@Suite struct SparkExportTests {
    static func manifest(_ folder: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json"))) as! [String: Any]
    }

    static func parts(_ manifest: [String: Any], _ table: String) -> [[String: Any]] {
        (manifest[table] as! [String: Any])["parts"] as! [[String: Any]]
    }

    @Test func bundledDatasetInPartsWithTheirDigests() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("spark")
        let run = try CLI.run(["export", "--format", "spark", "-o", out.path, "--rows-per-part", "50"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        let manifest = try Self.manifest(out)
        #expect(manifest["format"] as? String == "relgraph-spark")
        #expect((manifest["nodes"] as? [String: Any])?["count"] as? Int == 231)
        #expect((manifest["edges"] as? [String: Any])?["count"] as? Int == 526)
        let nodeParts = Self.parts(manifest, "nodes"), edgeParts = Self.parts(manifest, "edges")
        #expect(nodeParts.map { $0["rows"] as! Int } == [50, 50, 50, 50, 31])
        #expect(edgeParts.map { $0["rows"] as! Int } == [50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 26])
        guard let sha256sum = try ExternalTool.find("sha256sum", package: "coreutils") else { return }
        for part in nodeParts + edgeParts {
            let path = out.appendingPathComponent(part["path"] as! String).path
            let digest = try ExternalTool.run(sha256sum, [path]).stdout.prefix(64)
            #expect(String(digest) == part["sha256"] as? String, "\(path)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == part["bytes"] as? Int)
        }
        let first = try String(contentsOf: out.appendingPathComponent("nodes/part-00000.csv"), encoding: .utf8)
        #expect(first.hasPrefix("id,key,kind,name,country\n0,dialogue-1,event,First Vietnam-Laos defense policy exchange,LA\n"))
        let second = try String(contentsOf: out.appendingPathComponent("nodes/part-00001.csv"), encoding: .utf8)
        #expect(second.hasPrefix("id,key,kind,name,country\n50,"))
        let edges = try String(contentsOf: out.appendingPathComponent("edges/part-00000.csv"), encoding: .utf8)
        #expect(edges.hasPrefix("""
            id,src,dst,type,symmetric,status,from_date,until_date,key
            0,0,169,round_of,false,reported,2019-07-25,,dialogue-1-round-of-dialogue

            """))
    }

    /// Commas, quotes and line breaks in names: every row is one line that Python's csv module reads
    /// back to the same number of fields, and no field holds a line break.
    @Test func hostileNamesStayOneRowPerLine() throws {
        guard let python = try ExternalTool.required("RELGRAPH_PYTHON", "make test-deps makes .build/venv") else { return }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("spark").path
        let run = try CLI.run(["export", "--format", "spark", "-o", out, "--data", CLI.fixture("hostile-names")])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try ExternalTool.run(python, ["-c", """
            import csv, glob, json, sys
            m = json.load(open(sys.argv[1] + "/manifest.json"))
            for table in ("nodes", "edges"):
                rows = []
                for p in sorted(glob.glob(sys.argv[1] + "/" + table + "/part-*.csv")):
                    lines = open(p, encoding="utf-8").read().split("\\n")[:-1]
                    parsed = list(csv.reader(lines))
                    assert len(parsed) == len(lines), p
                    assert all(len(r) == len(parsed[0]) for r in parsed), p
                    rows += parsed[1:]
                assert len(rows) == m[table]["count"], table
                assert not any("\\n" in f or "\\r" in f for r in rows for f in r)
            print(sorted(r[3] for r in csv.reader(open(sys.argv[1] + "/nodes/part-00000.csv", encoding="utf-8")))[0])
            """, out])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "&amp; &lt;already escaped&gt; &#38; &unknown; AT&T\n")
        let nodes = try String(contentsOfFile: out + "/nodes/part-00000.csv", encoding: .utf8)
        #expect(nodes.contains(#""Bộ ""Quốc phòng"" <Việt Nam> & đối tác""#))
    }

    /// The benchmark graph read from its CSV and from a snapshot of it exports the same bytes.
    @Test func snapshotExportsTheSameFolder() throws {
        guard let python = try ExternalTool.find("python3", package: "python3") else { return }
        guard FileManager.default.fileExists(atPath: InteropBenchmarkTests.generator) else {
            return ExternalTool.missing("\(InteropBenchmarkTests.generator) is missing")
        }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ExternalTool.run(python, [InteropBenchmarkTests.generator, "--sizes", "1000", "--out", folder.path]).status == 0)
        let data = folder.appendingPathComponent("1000").path
        let snapshot = folder.appendingPathComponent("tiny.rgs").path
        #expect(try CLI.run(["snapshot", "--data", data, "-o", snapshot]).status == 0)
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        #expect(try CLI.run(["export", "--format", "spark", "--data", data, "-o", a.path]).status == 0)
        #expect(try CLI.run(["export", "--format", "spark", "--data", snapshot, "-o", b.path]).status == 0)
        for file in ["manifest.json", "nodes/part-00000.csv", "edges/part-00000.csv"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(file)) == Data(contentsOf: b.appendingPathComponent(file)), "\(file)")
        }
    }

    /// Selection flags choose the rows and are recorded; a second export replaces the tables and
    /// leaves the job's folders alone; a file or a foreign folder is refused.
    @Test func selectionReexportAndRefusals() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("spark")
        #expect(try CLI.run(["export", "--format", "spark", "-o", out.path, "--rows-per-part", "10"]).status == 0)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("results"), withIntermediateDirectories: true)
        let run = try CLI.run(["export", "--format", "spark", "-o", out.path, "--kinds", "person", "--types", "met_with"])
        #expect(run.status == 0, "\(run.stderr)")
        let manifest = try Self.manifest(out)
        #expect(manifest["selection"] as? [String: String] == ["kinds": "person", "types": "met_with"])
        #expect(Self.parts(manifest, "nodes").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("nodes").path) == ["part-00000.csv"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("results").path))
        let nodes = try String(contentsOf: out.appendingPathComponent("nodes/part-00000.csv"), encoding: .utf8)
        #expect(nodes.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",person,") })

        let file = folder.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        let onFile = try CLI.run(["export", "--format", "spark", "-o", file.path])
        #expect(onFile.status == 64)
        #expect(onFile.stderr == "relgraph: error: \(file.path) is a file; --format spark writes a folder\n")
        let foreign = folder.appendingPathComponent("foreign")
        try FileManager.default.createDirectory(at: foreign.appendingPathComponent("nodes"), withIntermediateDirectories: true)
        let onForeign = try CLI.run(["export", "--format", "spark", "-o", foreign.path])
        #expect(onForeign.status == 70)
        #expect(onForeign.stderr.hasPrefix("\(foreign.path): error: cannot write: it has nodes/ or edges/ but no manifest.json"))
        #expect(try CLI.run(["export", "--format", "spark", "-o", "-"]).status == 64)
    }

    /// import-results without a job run, or with the results of an earlier export: exit 65, one line.
    @Test func importResultsRefusesMissingOrStaleResults() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("spark")
        #expect(try CLI.run(["export", "--format", "spark", "-o", out.path]).status == 0)
        let missing = try CLI.run(["import-results", out.path])
        #expect(missing.status == 65)
        #expect(missing.stderr == "\(out.path)/results: error: no job.json: run Spark/relgraph_spark.py on \(out.path) first (or it did not finish)\n")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("results"), withIntermediateDirectories: true)
        try Data(#"{"format": "relgraph-spark-results", "version": 1, "export_sha256": "0", "spark": "4", "master": "local", "engine": "dataframe", "nodes": 77, "edges": 163, "pagerank": {"iterations": 1, "change": 0}}"#.utf8)
            .write(to: out.appendingPathComponent("results/job.json"))
        let stale = try CLI.run(["import-results", out.path])
        #expect(stale.status == 65)
        #expect(stale.stderr.contains("error: the results are from an earlier export (manifest SHA-256 0, now "))
        let notImported = try CLI.run(["centrality", "--measure", "pagerank", "--from-results", out.path])
        #expect(notImported.status == 65)
        #expect(notImported.stderr == "\(out.path): error: no imported results: run relgraph import-results \(out.path) first\n")
        #expect(try CLI.run(["centrality", "--measure", "closeness", "--from-results", out.path]).status == 64)
        #expect(try CLI.run(["structure", "--types", "holds", "--from-results", out.path]).status == 64)
    }
}
