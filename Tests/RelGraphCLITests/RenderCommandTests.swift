import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph render` on the bundled dataset, run as a real process: every view through real
/// Graphviz (in the child relgraph process), its SVG read back as XML and checked against what
/// the other commands say about the same data; every format; and the failures.
@Suite struct RenderCommandTests {
    /// Runs relgraph and returns its JSON output.
    func json(_ arguments: [String]) throws -> Any {
        let result = try CLI.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: result.stdoutBytes)
    }

    /// Renders `arguments` as SVG to standard output and parses it.
    func svg(_ arguments: [String]) throws -> SVGDocument {
        let result = try CLI.run(["render"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        return try SVGDocument(result.stdoutBytes)
    }

    @Test func networkShowsEveryEntityAndRelation() throws {
        let stats = try #require(try json(["stats"]) as? [String: Any])
        let entities = try #require((stats["entities"] as? [String: Any])?["total"] as? Int)
        let relations = try #require((stats["relations"] as? [String: Any])?["total"] as? Int)
        let document = try svg(["--view", "network"])
        let titles = try document.nodeTitles()
        #expect(titles.count == entities + 1)
        #expect(titles.contains("relgraph:legend"))
        #expect(try document.edgeCount() == relations)
    }

    @Test func orgChartShowsHoldersWithRankAndBothLanguagesInTooltips() throws {
        let document = try svg(["--view", "org"])
        let titles = try document.nodeTitles()
        for id in ["mod-vietnam", "mod-laos", "vpa", "lpa", "post-vn-defence-minister", "phan-van-giang", "hoang-xuan-chien"] {
            #expect(titles.contains(id), "\(id)")
        }
        #expect(!titles.contains("dialogue-5"))
        let texts = try document.texts()
        #expect(texts.contains("Đại tướng"))
        #expect(texts.contains("Phan Văn Giang"))
        #expect(texts.contains("Việt Nam (VN)"))
        let tooltip = try #require(try document.tooltip(ofNode: "phan-van-giang"))
        #expect(tooltip.hasPrefix("Phan Văn Giang (vi)\nPhan Van Giang (en)\nperson · VN [phan-van-giang]\n"))
        #expect(tooltip.contains("rank: Đại tướng"))
        // Diacritics byte for byte as the dataset file has them (NFC).
        let name = try #require(texts.first { $0.hasPrefix("Bộ Quốc phòng V") })
        let file = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Data/vietnam-laos-defence/entities.yaml"))
        #expect(file.range(of: Data("{text: \(name), lang: vi".utf8)) != nil, "\(name)")
        #expect(Array(name.utf8) == Array(name.precomposedStringWithCanonicalMapping.utf8))
    }

    @Test func egoShowsWhatShowListsAsNeighbours() throws {
        let shown = try #require(try json(["show", "phan-van-giang"]) as? [String: Any])
        let neighbours = Set(try #require(shown["relations"] as? [[String: Any]]).compactMap {
            ($0["other"] as? [String: Any])?["id"] as? String
        })
        let document = try svg(["--view", "ego", "phan van giang"])
        #expect(Set(try document.nodeTitles()) == neighbours.union(["phan-van-giang", "relgraph:legend"]))
        // Relations with their type written on them and their citation in the tooltip.
        #expect(try document.texts().contains("holds"))
        #expect(try document.edgeTooltips().contains {
            $0.hasPrefix("Phan Văn Giang —holds→ Bộ trưởng Bộ Quốc phòng Việt Nam\n") && $0.contains("vtc-2024-10-22 ¶3")
        })
    }

    @Test func pathShowsWhatPathFinds() throws {
        let found = try #require(try json(["path", "phan-van-giang", "sivixay-phengsantisouk", "--k", "3"]) as? [String: Any])
        let steps = try #require(found["paths"] as? [[String: Any]]).flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        let entities = Set(steps.flatMap { step in
            ["from", "to"].compactMap { (step[$0] as? [String: Any])?["id"] as? String }
        })
        let relations = Set(steps.compactMap { ($0["relation"] as? [String: Any])?["id"] as? String })
        let document = try svg(["--view", "path", "phan-van-giang", "sivixay-phengsantisouk", "--k", "3"])
        #expect(Set(try document.nodeTitles()) == entities)
        #expect(try document.edgeCount() == relations.count)
        // Each relation is labelled with type, date and source.
        let texts = try document.texts()
        #expect(texts.contains("met_with"))
        #expect(texts.contains("2025-03-28"))
        #expect(texts.contains("dialogue-2025-03-28 ¶8"))
    }

    @Test func everyFormat() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let magic: [(String, [UInt8])] = [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]),
                                          ("pdf", Array("%PDF".utf8)), ("dot", Array("digraph \"path\" {".utf8)),
                                          ("json", Array("{".utf8))]
        for (format, prefix) in magic {
            let file = folder.appendingPathComponent("path.\(format)").path
            let result = try CLI.run(["render", "--view", "path", "giang", "chansamone", "--format", format, "-o", file])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            #expect(bytes.starts(with: prefix), "\(format)")
        }
        let laidOut = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("path.json")))
        #expect((laidOut as? [String: Any])?["objects"] != nil)
    }

    @Test func aGraphvizErrorIsOneLineExit70AndNoOutputFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.dot")
        try Data("digraph { -> }".utf8).write(to: broken)
        let output = folder.appendingPathComponent("out.svg").path
        let result = try CLI.run(["render", "--dot", broken.path, "-o", output])
        #expect(result.status == 70)
        #expect(result.stderr == "relgraph: error: Graphviz could not read the DOT: syntax error in line 1 near '->'\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["broken.dot"])
        // An existing file is left as it was.
        try Data("before".utf8).write(to: URL(fileURLWithPath: output))
        #expect(try CLI.run(["render", "--dot", broken.path, "-o", output]).status == 70)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "before")
        // Without a time limit, the same.
        let unlimited = try CLI.run(["render", "--dot", broken.path, "--timeout", "0", "-o", output])
        #expect(unlimited.status == 70)
        #expect(unlimited.stderr == result.stderr)
    }

    /// Each layout runs in a fresh process, so a dot layout gives the same bytes run after run (in
    /// one process Graphviz's layouts depend on what it laid out before).
    @Test(arguments: [["--view", "network"], ["--view", "org"], ["--view", "ego", "vpa", "--radius", "2"]])
    func dotLayoutsAreRepeatable(view: [String]) throws {
        let first = try CLI.run(["render"] + view)
        #expect(first.status == 0, "\(first.stderr)")
        for _ in 0..<3 {
            #expect(try CLI.run(["render"] + view).stdoutBytes == first.stdoutBytes)
        }
    }

    @Test func usageAndLookupErrors() throws {
        let noEntity = try CLI.run(["render", "--view", "ego"])
        #expect(noEntity.status == 64)
        #expect(noEntity.stderr.contains("--view ego takes one entity"))
        let unknown = try CLI.run(["render", "--view", "ego", "nobody-at-all"])
        #expect(unknown.status == 1)
        let badSpec = try CLI.run(["render", "--spec", "views.yaml"])
        #expect(badSpec.status == 64)
        #expect(badSpec.stderr.contains("--spec and --out-dir go together"))
    }
}
