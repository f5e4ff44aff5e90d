import Foundation
import Testing

/// Other people's tools read what relgraph writes, and relgraph reads what theirs write: networkx
/// (GraphML, GEXF, node-link JSON), libxml2's xmllint, Graphviz's `dot` and `gc` on the example
/// graphs of Debian's graphviz-doc. Locally a missing tool skips its test with the reason; under CI
/// (CI set) a missing tool fails it.
@Suite(.serialized) struct InteropClientTests {
    static let datasets = ["vietnam-laos-defence", "hostile"]

    static func dataPath(_ name: String) -> String {
        name == "hostile" ? CLI.fixture("interop/hostile") : CLI.packageRoot.appendingPathComponent("Data/\(name)").path
    }

    /// `graph.FORMAT` in `folder` for each format, exported from the dataset `name`.
    static func export(_ name: String, as formats: [String], into folder: URL) throws -> [String] {
        try formats.map { format in
            let file = folder.appendingPathComponent("graph.\(format)").path
            let run = try CLI.run(["export", "--data", dataPath(name), "--format", format, "-o", file])
            #expect(run.status == 0, "\(run.stderr)")
            return file
        }
    }

    @Test(arguments: datasets) func networkxReadsGraphMLGEXFAndNodeLinkJSON(_ name: String) throws {
        guard let python = try ExternalTool.required("RELGRAPH_PYTHON", """
            set RELGRAPH_PYTHON to a python with networkx (make test-deps makes .build/venv)
            """) else { return }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.export(name, as: ["graphml", "gexf", "json"], into: folder)
        let script = CLI.packageRoot.appendingPathComponent("scripts/interop/check_networkx.py").path
        let run = try ExternalTool.run(python, [script] + files)
        let expected = try InteropCommandTests.counts(Self.dataPath(name))
        let counts = "\(expected.entities) nodes, \(expected.relations) edges"
        #expect(run.stdout == ["json", "graphml", "gexf"].map { "\($0): \(counts), attributes match\n" }.joined(),
                "\(run.stderr)")
        #expect(run.status == 0)
    }

    @Test(arguments: datasets) func xmllintAcceptsGraphMLGEXFAndSVG(_ name: String) throws {
        guard let xmllint = try ExternalTool.find("xmllint", package: "libxml2-utils"),
              let dot = try ExternalTool.find("dot", package: "graphviz") else { return }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.export(name, as: ["graphml", "gexf", "dot"], into: folder)
        // Graphviz, as a separate process, lays out and draws our DOT.
        let svg = folder.appendingPathComponent("graph.svg").path
        let drawn = try ExternalTool.run(dot, ["-Tsvg", files[2], "-o", svg])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(drawn.stderr == "")
        let lint = try ExternalTool.run(xmllint, ["--noout", files[0], files[1], svg])
        #expect(lint.status == 0)
        #expect(lint.stderr == "")
        // No Debian package ships GraphML's or GEXF's XSD (apt-file search graphml.xsd finds none),
        // so the files are checked for well-formedness only.
    }

    /// Debian's graphviz-doc examples, 8 of them gzipped: relgraph reads each through --data with the
    /// node and edge counts of Graphviz's own `gc`.
    @Test func graphvizDocExamplesHaveGcCounts() throws {
        let examples = "/usr/share/doc/graphviz/examples/graphs"
        guard let gc = try ExternalTool.find("gc", package: "graphviz"),
              try ExternalTool.folder(examples, package: "graphviz-doc") else { return }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try FileManager.default.subpathsOfDirectory(atPath: examples)
            .filter { $0.hasSuffix(".gv") || $0.hasSuffix(".gv.gz") }.sorted()
        #expect(files.count == 60)
        #expect(files.filter { $0.hasSuffix(".gz") }.count == 8)
        var mismatches: [String] = []
        for relative in files {
            var path = examples + "/" + relative
            if path.hasSuffix(".gz") {
                let plain = folder.appendingPathComponent((relative as NSString).lastPathComponent.replacingOccurrences(of: ".gz", with: ""))
                let unzip = try ExternalTool.run("/bin/gzip", ["-dc", path])
                try unzip.stdoutBytes.write(to: plain)
                path = plain.path
            }
            let counted = try ExternalTool.run(gc, ["-n", "-e", path])
            let expected = counted.stdout.split(separator: " ", omittingEmptySubsequences: true).prefix(2).joined(separator: " ")
            let stats = try CLI.run(["stats", "--data", path, "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: stats.stdoutBytes) as? [String: Any]
            let total = { (key: String) in ((json?[key] as? [String: Any])?["total"] as? Int).map(String.init) ?? "?" }
            let ours = "\(total("entities")) \(total("relations"))"
            if stats.status != 0 || ours != expected { mismatches.append("\(relative): relgraph \(ours) (\(stats.stderr)), gc \(expected)") }
        }
        #expect(mismatches == [])
    }
}

/// Finding and running the tools the interoperability tests check against.
enum ExternalTool {
    static var underCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

    /// A missing tool: a failure under CI, else a skip with the reason.
    static func missing(_ what: String) {
        if underCI {
            Issue.record("\(what) (CI must install it)")
        } else {
            print("◇ skipped: \(what)")
        }
    }

    /// The executable the environment variable names.
    static func required(_ variable: String, _ hint: String) throws -> String? {
        guard let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty else {
            missing("\(variable) is not set; \(hint)")
            return nil
        }
        return path
    }

    /// `name` on the PATH.
    static func find(_ name: String, package: String) throws -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        missing("\(name) is not installed (apt-get install \(package))")
        return nil
    }

    static func folder(_ path: String, package: String) throws -> Bool {
        if FileManager.default.fileExists(atPath: path) { return true }
        missing("\(path) is missing (apt-get install \(package))")
        return false
    }

    /// Runs another program the way `CLI.run` runs relgraph.
    static func run(_ executable: String, _ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments, executable: URL(fileURLWithPath: executable))
    }
}
