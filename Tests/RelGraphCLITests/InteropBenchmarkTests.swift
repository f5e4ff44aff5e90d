import Foundation
import Testing

/// The benchmark's CSV (../shared/bench/gen.py) opens through --data with the generator's own counts
/// by kind and by relation type through the fast column reader, and imports every record.
@Suite struct InteropBenchmarkTests {
    static let generator = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/gen.py").path

    @Test func generatedGraphHasTheGeneratorsCounts() throws {
        guard FileManager.default.fileExists(atPath: Self.generator),
              let python = try ExternalTool.find("python3", package: "python3") else {
            if !FileManager.default.fileExists(atPath: Self.generator) { ExternalTool.missing("\(Self.generator) is missing") }
            return
        }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try ExternalTool.run(python, [Self.generator, "--sizes", "1000", "--out", folder.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        let data = folder.appendingPathComponent("1000").path
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/meta.json"))) as! [String: Any]
        let expected = (kinds: meta["kinds"] as! [String: Int], types: meta["edge_types"] as! [String: Int])
        #expect(try Self.counts(data) == expected)
        let imported = folder.appendingPathComponent("dataset").path
        // The benchmark's kinds and types are not the dataset format's: the import says so.
        let run = try CLI.run(["import", "--from", "csv", data, "-o", imported])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("wrote \(meta["n"]!) entities, \(meta["m"]!) relations, 0 sources to \(imported)\n"))
        let validate = try CLI.run(["validate", "--data", imported, "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: validate.stdoutBytes) as? [String: Any]
        #expect(report?["entities"] as? Int == meta["n"] as? Int)
        #expect(report?["relations"] as? Int == meta["m"] as? Int)
        // Ids are the rows' numbers: "5" is the sixth row.
        let show = try CLI.run(["show", "5", "--data", data, "--format", "json"])
        let entity = (try JSONSerialization.jsonObject(with: show.stdoutBytes) as? [String: Any])?["entity"] as? [String: Any]
        let rows = try String(contentsOfFile: data + "/nodes.csv", encoding: .utf8).split(separator: "\n")
        #expect((entity?["names"] as? [[String: Any]])?.first?["text"] as? String
            == rows[6].split(separator: ",", maxSplits: 2).last.map { String($0).replacingOccurrences(of: "\"", with: "") })
    }

    /// Entities by kind and relations by type, as `relgraph stats` counts them.
    static func counts(_ data: String) throws -> (kinds: [String: Int], types: [String: Int]) {
        let stats = try CLI.run(["stats", "--data", data, "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let json = try JSONSerialization.jsonObject(with: stats.stdoutBytes) as? [String: Any]
        func by(_ key: String) -> [String: Int] {
            let rows = (json?[key] as? [String: Any])?["by"] as? [[String: Any]] ?? []
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as! String, $0["count"] as! Int) })
        }
        return (by("entities"), by("relations"))
    }
}
