import Foundation
import Testing

/// `relgraph centrality` and `relgraph structure`: exact text on the minimal dataset, and every value
/// on the bundled dataset against networkx, computed live by scripts/networkx-expected.py
/// (needs `pip install networkx==3.6.1 scipy numpy pyyaml`).
@Suite struct AnalysisCentralityTests {
    @Test func degreeRanksDistinctNeighbours() throws {
        let result = try CLI.minimal(["centrality", "--top", "3"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            degree, undirected view
            1  0.285714  Phan Văn Giang [phan-van-giang]                 person
            2  0.285714  Chansamone Chanyalath [chansamone-chanyalath]   person
            3  0.285714  Bộ trưởng Bộ Quốc phòng Việt Nam [vn-minister]  post

            """)
    }

    @Test func pageRankUsesTheDirectedView() throws {
        let result = try CLI.minimal(["centrality", "--measure", "pagerank", "--top", "3"])
        #expect(result.stdout == """
            pagerank, directed view, α 0.85
            1  0.396458  Bộ Quốc phòng Việt Nam [mod-vn]                                          organization
            2  0.396458  Bộ Quốc phòng Lào [mod-la]                                               organization
            3  0.049754  Nghị định thư về Hợp tác quốc phòng giai đoạn 2025-2029 [protocol-2025]  document

            """)
    }

    @Test func sampledBetweennessNamesItsSampleAndRepeats() throws {
        let arguments = ["centrality", "--measure", "betweenness", "--samples", "20", "--seed", "7", "--top", "5"]
        let first = try CLI.run(arguments), second = try CLI.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("betweenness, undirected view, estimated from 20 sources (seed 7)\n"))
        #expect(first.stdout == second.stdout)
        #expect(try CLI.run(["centrality", "--measure", "degree", "--samples", "3"]).status == 64)
    }

    @Test func structureOfTheMinimalDataset() throws {
        let result = try CLI.minimal(["structure", "--members", "2"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            8 entities, 7 linked pairs (undirected view)

            components: 2
              1. 7 entities: Phan Văn Giang [phan-van-giang], Chansamone Chanyalath [chansamone-chanyalath] and 5 more
              2. 1 entity: Mộc Châu [moc-chau]

            bridges: 0

            articulation points: 0

            communities (label propagation, modularity 0.122449): 3
              1. 5 entities: Phan Văn Giang [phan-van-giang], Chansamone Chanyalath [chansamone-chanyalath] and 3 more
              2. 2 entities: Bộ Quốc phòng Việt Nam [mod-vn], Bộ Quốc phòng Lào [mod-la]
              3. 1 entity: Mộc Châu [moc-chau]

            """)
    }

    @Test func bridgesAndArticulationPointsAreCited() throws {
        let result = try OrgFixture.run(["structure", "--members", "1"])
        #expect(result.stdout == """
            18 entities, 19 linked pairs (undirected view)

            components: 1
              1. 18 entities: Ministry A [mod-a] and 17 more

            bridges: 10
              Ministry A ←part_of— Department One (art ¶1, "q1")
              Ministry A ←part_of— Department Two (art ¶1, "q2")
              Ministry A ←post_in— Deputy Minister A (art ¶3, "q5")
              Department One ←part_of— Unit X (art ¶2, "q3")
              Department One ←heads— Director One (art ¶4, "q6")
              Department Two ←heads— Chau (art ¶4, "q7")
              Minister A ←holds— Anna (2021 – 2024-06; art ¶5, "q8")
              Deputy Minister A ←holds— Dung (art ¶5, "q10")
              Second round ←part_of— Talks (art ¶8, "q16")
              Talks —held_at→ City (2024-05-12; art ¶8, "q17")

            articulation points: 7
              Ministry A [mod-a]
              Department One [dept-1]
              Department Two [dept-2]
              Minister A [minister-a]
              Deputy Minister A [deputy-a]
              Second round [round-2]
              Talks [talks]

            communities (label propagation, modularity 0.473684): 7
              1. 3 entities: Ministry A [mod-a] and 2 more
              2. 3 entities: Department One [dept-1] and 2 more
              3. 3 entities: Bao [bao] and 2 more
              4. 3 entities: Dialogue [dialogue] and 2 more
              5. 2 entities: Department Two [dept-2] and 1 more
              6. 2 entities: Ministry B [mod-b] and 1 more
              7. 2 entities: Minister A [minister-a] and 1 more

            """)
        // Without the planned cooperation the one cycle through both ministries breaks.
        let reported = try OrgFixture.run(["structure", "--reported-only", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: reported.stdoutBytes) as? [String: Any]
        #expect((json?["bridges"] as? [Any])?.count == 15)  // a tree plus the rounds' triangle
        #expect(json?["links"] as? Int == 18)
    }

    // MARK: - The bundled dataset against networkx

    static let bundled = CLI.packageRoot.appendingPathComponent("Data/vietnam-laos-defence").path

    /// What networkx computes on the bundled dataset (scripts/networkx-expected.py --dataset), with
    /// the Python in $RELGRAPH_PYTHON (the Makefile's virtualenv) or else python3 on the PATH.
    static func networkx() throws -> [String: Any] {
        let process = Process()
        let script = CLI.packageRoot.appendingPathComponent("scripts/networkx-expected.py").path
        if let python = ProcessInfo.processInfo.environment["RELGRAPH_PYTHON"] {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script, "--dataset", bundled]
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script, "--dataset", bundled]
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError("scripts/networkx-expected.py failed: pip install networkx==3.6.1 scipy numpy pyyaml")
        }
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    @Test(arguments: ["degree", "betweenness", "closeness", "pagerank"])
    func bundledMeasuresMatchNetworkX(measure: String) throws {
        let expected = try #require(try Self.networkx()[measure] as? [String: Double])
        let result = try CLI.run(["centrality", "--measure", measure, "--top", "0", "--format", "json", "--data", Self.bundled])
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let entities = try #require(json?["entities"] as? [[String: Any]])
        let actual = Dictionary(uniqueKeysWithValues: entities.map {
            (($0["entity"] as! [String: Any])["id"] as! String, $0["value"] as! Double)
        })
        #expect(actual.count == expected.count)
        let wrong = expected.filter { id, value in
            guard let mine = actual[id] else { return true }
            return abs(mine - value) > 1e-9 * max(abs(value), 1e-12) && abs(mine - value) > 1e-15
        }
        #expect(wrong.isEmpty, "\(measure) differs from networkx for \(wrong.keys.sorted())")
        let values = entities.map { $0["value"] as! Double }
        #expect(values == values.sorted(by: >))
    }

    @Test func bundledStructureMatchesNetworkX() throws {
        let expected = try Self.networkx()
        let result = try CLI.run(["structure", "--format", "json", "--data", Self.bundled])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        func ids(_ group: Any?) -> [String] {
            ((group as? [String: Any])?["members"] as? [[String: Any]] ?? []).map { $0["id"] as! String }
        }
        #expect((json["components"] as? [Any])?.map(ids) == expected["components"] as? [[String]])
        #expect((json["communities"] as? [Any])?.map { ids($0).sorted() } == expected["label_propagation"] as? [[String]])
        let bridges = (json["bridges"] as? [[String: Any]])?.map { bridge in
            (bridge["ends"] as! [[String: Any]]).map { $0["id"] as! String }.sorted()
        }
        #expect(bridges?.sorted { $0.lexicographicallyPrecedes($1) } == expected["bridges"] as? [[String]])
        let points = (json["articulation_points"] as? [[String: Any]])?.map { $0["id"] as! String }
        #expect(points?.sorted() == expected["articulation_points"] as? [String])
    }
}

struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
