import Foundation
import Testing

/// Bounds on work a single flag or file can ask for, and byte order marks accepted (#14).
@Suite struct InputBoundsTests {
    static func folder() throws -> URL { try CLI.temporaryFolder() }

    @Test func aByteOrderMarkStartsCSVAndDOT() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bom = Data([0xEF, 0xBB, 0xBF])
        try (bom + Data("id,kind,name\na,person,A\nb,person,B\n".utf8)).write(to: folder.appendingPathComponent("nodes.csv"))
        try (bom + Data("source,target,type\na,b,met_with\n".utf8)).write(to: folder.appendingPathComponent("edges.csv"))
        try (bom + Data("digraph { a -> b }\n".utf8)).write(to: folder.appendingPathComponent("g.dot"))
        let csv = try CLI.run(["path", "a", "b", "--data", folder.path])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout == "path 1 of 1: 1 hop\n  A —met_with— B\n")
        let dot = try CLI.run(["stats", "--data", folder.appendingPathComponent("g.dot").path])
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdout.hasPrefix("entities  2\n"))
    }

    @Test func aTokenOverAMebibyteIsRefusedAtItsPlace() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.dot")
        try Data(("digraph {\n  a [label=\"" + String(repeating: "x", count: 1 << 20) + "y\"]\n}\n").utf8).write(to: file)
        let result = try CLI.run(["stats", "--data", "long.dot"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr == "long.dot:2:12: error: a DOT quoted string longer than 1048576 bytes (Graphviz reads such tokens in quadratic time)\n")
    }

    @Test func kIsBounded() throws {
        for command in [["path", "phan-van-giang", "mod-la", "--k", "1001"], ["links", "phan-van-giang", "mod-la", "--k", "1001"],
                        ["render", "--view", "path", "phan-van-giang", "mod-la", "--k", "1001"]] {
            let result = try CLI.minimal(command)
            #expect(result.status == 64, "\(command)")
            #expect(result.stderr.contains("--k must be from "), "\(command): \(result.stderr)")
        }
        #expect(try CLI.minimal(["path", "phan-van-giang", "mod-la", "--k", "1000"]).status == 0)
    }

    @Test func aViewPastMaxEntitiesIsRefusedBeforeItIsBuilt() throws {
        let result = try CLI.minimal(["render", "--view", "network", "--max-entities", "7"])
        #expect(result.status == 64)
        #expect(result.stderr == "relgraph: error: the network view would draw 8 entities, more than --max-entities 7: "
                + "filter it (--kinds, --types, --country, --at), draw an ego or path view, or raise --max-entities\n")
        #expect(try CLI.minimal(["render", "--view", "network", "--max-entities", "8", "--format", "dot"]).status == 0)
    }
}
