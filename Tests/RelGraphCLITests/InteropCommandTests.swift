import Foundation
import Testing

/// `relgraph export` and `relgraph import` as a user runs them, and `--data` on every format: an
/// export read back (directly or through `import`) exports the very same node-link JSON, byte for
/// byte, for the bundled and the hostile-names datasets.
@Suite struct InteropCommandTests {
    static func dataPath(_ name: String) -> String { InteropClientTests.dataPath(name) }

    /// The node-link JSON export of `data` (JSON carries every field of every record).
    static func json(_ data: String) throws -> Data {
        let result = try CLI.run(["export", "--data", data, "--format", "json", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdoutBytes
    }

    @Test(arguments: InteropClientTests.datasets, ["dot", "graphml", "json", "csv"])
    func exportThenReadAndImportGiveTheSameRecords(_ name: String, _ format: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent(format == "csv" ? "csv" : "graph.\(format)").path
        let export = try CLI.run(["export", "--data", Self.dataPath(name), "--format", format, "-o", exported])
        #expect(export.status == 0)
        #expect(export.stdout == "" && export.stderr == "")
        var original = try Self.json(Self.dataPath(name))
        var direct = try Self.json(exported)
        let imported = folder.appendingPathComponent("imported").path
        let run = try CLI.run(["import", "--from", format, exported, "-o", imported])
        #expect(run.status == 0, "\(run.stderr)")
        let (entities, relations, sources) = try Self.counts(Self.dataPath(name))
        // What the source dataset is warned about (e.g. the bundled dataset's disagreements between
        // sources) survives the round trip, so the import is warned about exactly as much.
        let warnings = try Self.warningCount(Self.dataPath(name))
        #expect(run.stdout == """
            wrote \(entities) entities, \(relations) relations, \(sources) sources to \(imported)
            the dataset passes validation (\(warnings) warnings)

            """)
        var throughImport = try Self.json(imported)
        if format == "csv" {
            // CSV has no place for the dataset's title and description.
            (original, direct, throughImport) = (try Self.withoutHeader(original), try Self.withoutHeader(direct),
                                                 try Self.withoutHeader(throughImport))
        }
        #expect(direct == original)
        #expect(throughImport == original)
    }

    /// Entities, relations and sources of `data`, as `relgraph stats` counts them.
    static func counts(_ data: String) throws -> (entities: Int, relations: Int, sources: Int) {
        let stats = try CLI.run(["stats", "--data", data, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: stats.stdoutBytes) as? [String: Any]
        func total(_ key: String) -> Int { (json?[key] as? [String: Any])?["total"] as? Int ?? -1 }
        return (total("entities"), total("relations"), total("sources"))
    }

    /// The warnings `relgraph validate` reports on `data`.
    static func warningCount(_ data: String) throws -> Int {
        let validate = try CLI.run(["validate", "--data", data, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: validate.stdoutBytes) as? [String: Any]
        let diagnostics = json?["diagnostics"] as? [[String: Any]] ?? []
        return diagnostics.filter { $0["severity"] as? String == "warning" }.count
    }

    static func withoutHeader(_ json: Data) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: json) as! [String: Any]
        var graph = object["graph"] as! [String: Any]
        graph["title"] = nil
        graph["description"] = nil
        object["graph"] = graph
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    @Test func queriesRunOnADOTFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("org.gv")
        try Data("""
            digraph org {
              "mod-vn" [label="Bộ Quốc phòng Việt Nam", kind=organization];
              "Ban Chỉ huy" -> "mod-vn" [type=part_of];
              "Ban Chỉ huy" [label="Ban\\nChỉ huy"];
            }
            """.utf8).write(to: dot)
        let show = try CLI.run(["show", "mod-vn", "--data", dot.path])
        #expect(show.status == 0)
        #expect(show.stdout == """
            Bộ Quốc phòng Việt Nam [mod-vn]
            kind:  organization
            names:
              Bộ Quốc phòng Việt Nam  -  official
            relations: 1
              ←part_of— Ban
            Chỉ huy [Ban Chỉ huy]\u{20}\u{20}

            """)
    }

    /// Graphviz keeps a `charset=latin1` graph's bytes as they are; relgraph decodes them as Latin-1.
    @Test func latin1DOT() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("latin1.gv")
        try Data("graph G { charset=latin1; a [label=\"".utf8 + [0xC5, 0x6C, 0x62, 0x6F, 0x72, 0x67] + "\"]; }".utf8)
            .write(to: dot)
        let show = try CLI.run(["show", "a", "--data", dot.path])
        #expect(show.stdout.hasPrefix("Ålborg [a]\n"))
    }

    @Test func snapshotsOpenThroughData() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = folder.appendingPathComponent("bundled.rgs").path
        #expect(try CLI.run(["snapshot", "-o", snapshot]).status == 0)
        #expect(try CLI.run(["stats", "--data", snapshot]).stdout == (try CLI.run(["stats"]).stdout))
        let fake = folder.appendingPathComponent("fake.rgs").path
        try Data("not a snapshot".utf8).write(to: URL(fileURLWithPath: fake))
        let refused = try CLI.run(["stats", "--data", fake])
        #expect(refused.status == 65)
        #expect(refused.stderr == "\(fake): error: not a relgraph snapshot\n")
    }

    @Test func exportFiltersAndStandardOutput() throws {
        let tiny = CLI.fixture("interop/tiny")
        let people = try CLI.run(["export", "--data", tiny, "--format", "csv", "--kinds", "person,organization",
                                  "-o", "-"])
        #expect(people.status == 64)
        #expect(people.stderr.contains("--format csv writes a folder of files"))
        let cypher = try CLI.run(["export", "--data", tiny, "--format", "cypher", "--types", "signed", "-o", "-"])
        #expect(cypher.stdout.components(separatedBy: "CREATE (a)-[r:").count == 2)
        #expect(cypher.stdout.contains("r:`signed`"))
        let later = try CLI.run(["export", "--data", tiny, "--format", "dot", "--at", "2025", "-o", "-"])
        #expect(later.stdout.contains("\"type\"=\"member_of\""))
        #expect(!later.stdout.contains("\"type\"=\"signed\""))
        #expect(try CLI.run(["export", "--data", tiny, "--format", "dot", "--at", "2025-13", "-o", "-"]).status == 64)
        let reported = try CLI.run(["export", "--data", tiny, "--format", "dot", "--reported-only", "-o", "-"])
        #expect(reported.stdout.contains("\"type\"=\"signed\""))
        #expect(!reported.stdout.contains("\"type\"=\"member_of\""))
        let typo = try CLI.run(["export", "--data", tiny, "--format", "dot", "--kinds", "persn", "-o", "-"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "relgraph: error: unknown entity kind 'persn' (known: document, event, mechanism, "
            + "organization, person, place, post, rank, topic)\n")
    }

    @Test func importRefusesToOverwriteOrWriteIntoItsInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("csv").path
        #expect(try CLI.run(["export", "--data", CLI.fixture("interop/tiny"), "--format", "csv", "-o", csv]).status == 0)
        let inside = try CLI.run(["import", csv, "-o", csv + "/dataset"])
        #expect(inside.status == 64)
        #expect(inside.stderr == "relgraph: error: will not write into the input: choose an output folder other than \(csv)/dataset\n")
        let target = folder.appendingPathComponent("dataset")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: target.appendingPathComponent("notes.txt"))
        let refused = try CLI.run(["import", csv, "-o", target.path])
        #expect(refused.status == 64)
        #expect(refused.stderr == "relgraph: error: \(target.path) is not empty; use --force to replace its dataset\n")
        let forced = try CLI.run(["import", csv, "-o", target.path, "--force"])
        #expect(forced.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
            == ["entities.yaml", "notes.txt", "relations.yaml", "sources.yaml"])
    }

    @Test func foreignGraphImportsAndValidateListsWhatItLacks() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("g.dot")
        try Data("digraph { \"Hà Nội\" -> b }".utf8).write(to: dot)
        let target = folder.appendingPathComponent("out").path
        let run = try CLI.run(["import", dot.path, "-o", target])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("'relgraph validate --data \(target)' lists 4 errors and 0 warnings\n"))
        let validate = try CLI.run(["validate", "--data", target])
        #expect(validate.status == 65)
        #expect(validate.stdout == """
            \(target)/entities.yaml:4:11: error: unknown entity kind 'unspecified' (known: person, organization, post, mechanism, event, document, place, topic, rank)
            \(target)/entities.yaml:9:11: error: unknown entity kind 'unspecified' (known: person, organization, post, mechanism, event, document, place, topic, rank)
            \(target)/relations.yaml:3:5: error: relation 'unspecified:ha-noi->b' has no source
            \(target)/relations.yaml:4:11: error: unknown relation type 'unspecified' (known: \(try Self.knownTypes()))
            2 entities, 1 relations, 0 sources: 4 errors, 0 warnings

            """)
    }

    static func knownTypes() throws -> String {
        let result = try CLI.run(["validate", "--data", CLI.fixture("invalid/unknown-relation-type.yaml")])
        let line = result.stdout.split(separator: "\n").first { $0.contains("unknown relation type") } ?? ""
        return String(line[line.range(of: "(known: ")!.upperBound...].dropLast())
    }

    @Test(arguments: [
        ("bad.dot", "digraph {\n  a -> b;\n  c -> -> d\n}\n", "bad.dot:3:5: error: syntax error in line 3 near '->'"),
        ("bad.json", "{\"nodes\": [\n  {\"id\": \"a\"}\n  {\"id\": \"b\"}], \"edges\": []}", "bad.json:3:3: error: not valid JSON: Invalid value"),
        ("bad.graphml", "<graphml>\n<graph><node id=\"a\"></graph></graphml>", "bad.graphml:2:29: error: not well-formed XML: an end tag does not match its start tag"),
        ("edges.csv", "source,target\na,b,c,\"d\n", "edges.csv:2:7: error: the file ends inside a quoted field"),
    ])
    func badInputIsOneLineAndExit65(_ name: String, _ text: String, _ expected: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        let result = try CLI.run(["stats", "--data", folder.appendingPathComponent(name).path])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(folder.path)/\(expected)\n")
    }
}
