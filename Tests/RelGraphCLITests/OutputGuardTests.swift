import Foundation
import Testing

/// No command may overwrite what it read (#14): every writer aimed at an input — directly, through
/// `..`, a symlink or a hard link — exits 64 with one line naming both paths, and the input keeps
/// its bytes. A new file beside the data stays allowed.
@Suite struct OutputGuardTests {
    /// A scratch folder holding a copy of the minimal dataset in `ds/`, the same data as DOT, node-link
    /// JSON, GraphML, CSV and a snapshot, and a render spec.
    struct Workspace: Sendable {
        let root: URL
        init() throws {
            root = try CLI.temporaryFolder()
            let ds = root.appendingPathComponent("ds")
            try FileManager.default.createDirectory(at: ds, withIntermediateDirectories: true)
            for name in ["sources.yaml", "entities.yaml", "relations.yaml"] {
                try FileManager.default.copyItem(atPath: CLI.fixture("datasets/minimal/\(name)"),
                                                 toPath: ds.appendingPathComponent(name).path)
            }
            for (format, file) in [("dot", "g.dot"), ("json", "g.json"), ("graphml", "g.graphml"), ("csv", "csv")] {
                try expectSuccess(["export", "--data", "ds", "--format", format, "-o", file])
            }
            try expectSuccess(["snapshot", "--data", "ds", "-o", "g.rgs"])
            try Data("views:\n  - {name: org, args: [--view, org], formats: [dot]}\n".utf8)
                .write(to: root.appendingPathComponent("spec.yaml"))
        }

        func run(_ arguments: [String]) throws -> CLI.Result { try CLI.run(arguments, in: root) }

        func expectSuccess(_ arguments: [String]) throws {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }

        func bytes(_ path: String) throws -> Data { try Data(contentsOf: root.appendingPathComponent(path)) }
    }

    /// Each way of naming `ds/entities.yaml` again.
    static let aims: [(label: String, prepare: @Sendable (Workspace) throws -> String)] = [
        ("direct", { _ in "ds/entities.yaml" }),
        ("dot-dot", { _ in "ds/../ds/entities.yaml" }),
        ("symlink", { workspace in
            try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent("link.out").path,
                                                       withDestinationPath: "ds/entities.yaml")
            return "link.out"
        }),
        ("hard link", { workspace in
            try FileManager.default.linkItem(atPath: workspace.root.appendingPathComponent("ds/entities.yaml").path,
                                             toPath: workspace.root.appendingPathComponent("hard.out").path)
            return "hard.out"
        }),
    ]

    /// Every command that writes, with `OUT` where its output goes.
    static let writers: [[String]] = [
        ["render", "--data", "ds", "--view", "org", "-o", "OUT"],
        ["render", "--data", "ds", "--view", "network", "--format", "dot", "-o", "OUT"],
        ["export", "--data", "ds", "--format", "dot", "-o", "OUT"],
        ["export", "--data", "ds", "--format", "graphml", "-o", "OUT"],
        ["export", "--data", "ds", "--format", "gexf", "-o", "OUT"],
        ["export", "--data", "ds", "--format", "json", "-o", "OUT"],
        ["export", "--data", "ds", "--format", "cypher", "-o", "OUT"],
        ["snapshot", "--data", "ds", "-o", "OUT"],
    ]

    @Test(arguments: writers)
    func writerAimedAtTheDatasetIsRefused(_ command: [String]) throws {
        for aim in Self.aims {
            let workspace = try Workspace()
            defer { try? FileManager.default.removeItem(at: workspace.root) }
            let before = try workspace.bytes("ds/entities.yaml")
            let output = try aim.prepare(workspace)
            let result = try workspace.run(command.map { $0 == "OUT" ? output : $0 })
            #expect(result.status == 64, "\(aim.label): \(result.stderr)")
            #expect(result.stderr.hasPrefix("\(output): error: refusing to write over "), "\(aim.label)")
            #expect(result.stderr.hasSuffix("entities.yaml, an input of this command\n"), "\(aim.label)")
            #expect(try workspace.bytes("ds/entities.yaml") == before, "\(aim.label)")
        }
    }

    /// Each kind of input, aimed at by an export that reads it.
    @Test(arguments: ["g.dot", "g.json", "g.graphml", "g.rgs", "csv/nodes.csv", "csv/edges.csv"])
    func exportOverItsDataFileIsRefused(_ input: String) throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let data = input.hasPrefix("csv/") ? "csv" : input
        let before = try workspace.bytes(input)
        let result = try workspace.run(["export", "--data", data, "--format", "dot", "-o", input])
        #expect(result.status == 64)
        #expect(result.stderr == "\(input): error: refusing to write over \(input), an input of this command\n")
        #expect(try workspace.bytes(input) == before)
    }

    /// `--out-dir` outputs are checked file by file: a spec whose view is named like an input.
    @Test func specOutputOverTheSpecIsRefused() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        try Data("views:\n  - {name: spec, args: [--view, org], formats: [dot]}\n".utf8)
            .write(to: workspace.root.appendingPathComponent("spec.dot"))
        let before = try workspace.bytes("spec.dot")
        let result = try workspace.run(["render", "--data", "ds", "--spec", "spec.dot", "--out-dir", "."])
        #expect(result.status == 64)
        #expect(result.stderr.hasSuffix("spec.dot: error: refusing to write over spec.dot, an input of this command\n"))
        #expect(try workspace.bytes("spec.dot") == before)
    }

    /// A CSV export into the folder of the CSV it reads would replace nodes.csv and edges.csv.
    @Test func csvExportOverItsInputFolderIsRefused() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let before = try workspace.bytes("csv/nodes.csv")
        let result = try workspace.run(["export", "--data", "csv", "--format", "csv", "-o", "csv"])
        #expect(result.status == 64)
        #expect(result.stderr == "csv/nodes.csv: error: refusing to write over csv/nodes.csv, an input of this command\n")
        #expect(try workspace.bytes("csv/nodes.csv") == before)
    }

    @Test func newFilesBesideTheDataStayAllowed() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        try workspace.expectSuccess(["render", "--data", "ds", "--view", "org", "-o", "ds/org.svg"])
        try workspace.expectSuccess(["render", "--data", "ds", "--spec", "spec.yaml", "--out-dir", "ds"])
        #expect(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("ds/org.dot").path))
        #expect(try workspace.run(["validate", "--data", "ds"]).status == 0)
    }
}
