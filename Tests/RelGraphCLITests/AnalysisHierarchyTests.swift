import Foundation
import Testing

/// `relgraph hierarchy`, `relgraph timeline` and `relgraph brokers` on the analysis example dataset.
@Suite struct AnalysisHierarchyTests {
    @Test func everyTreeWithItsHeads() throws {
        let result = try OrgFixture.run(["hierarchy"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Ministry A [mod-a]  — head: Anna, as Minister A; Bao, as Minister A
            ├─ Department One [dept-1]  — head: Director One (holder not recorded)
            │  └─ Unit X [unit-x]
            └─ Department Two [dept-2]  — head: Chau
            Second round [round-2]
            └─ Talks [talks]

            """)
    }

    @Test func oneUnitWithAncestorsHeadsAndParts() throws {
        let result = try OrgFixture.run(["hierarchy", "unit x"])
        #expect(result.stdout == """
            Unit X [unit-x]
            part of:
              Unit X —part_of→ Department One (art ¶2, "q3")
              Department One —part_of→ Ministry A (art ¶1, "q1")
            headed by: nobody known
            parts: none

            """)
        // A deputy minister's post is in the ministry but does not head it.
        let ministry = try OrgFixture.run(["hierarchy", "mod-a"])
        #expect(ministry.stdout == """
            Ministry A [mod-a]
            part of: nothing
            headed by:
              Anna, as Minister A
                Anna —holds→ Minister A (2021 – 2024-06; art ¶5, "q8")
                Minister A —post_in→ Ministry A (art ¶3, "q4")
              Bao, as Minister A
                Bao —holds→ Minister A (from 2024-07; art ¶5, "q9")
                Minister A —post_in→ Ministry A (art ¶3, "q4")
            parts: 3
            Ministry A [mod-a]  — head: Anna, as Minister A; Bao, as Minister A
            ├─ Department One [dept-1]  — head: Director One (holder not recorded)
            │  └─ Unit X [unit-x]
            └─ Department Two [dept-2]  — head: Chau

            """)
    }

    @Test func atADateOnlyTheHeadThenInOffice() throws {
        let before = try OrgFixture.run(["hierarchy", "mod-a", "--at", "2023"])
        #expect(before.stdout.contains("headed by:\n  Anna, as Minister A\n"))
        #expect(!before.stdout.contains("Bao"))
        let after = try OrgFixture.run(["hierarchy", "mod-a", "--at", "2025-01", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: after.stdoutBytes) as? [String: Any]
        let heads = json?["heads"] as? [[String: Any]]
        #expect(heads?.map { ($0["person"] as? [String: Any])?["id"] as? String } == ["bao"])
        let types = (heads?.first?["relations"] as? [[String: Any]])?.map { $0["type"] as? String }
        #expect(types == ["holds", "post_in"])
    }

    @Test func datasetWithoutPartOfExits1() throws {
        let result = try CLI.minimal(["hierarchy"])
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: error: no part_of relations in this dataset\n")
    }

    @Test func timelineInDateOrderWithWhatFollowedWhat() throws {
        let result = try OrgFixture.run(["timeline"])
        #expect(result.stdout == """
            2024-05     Second round [round-2]
              Second round —round_of→ Dialogue (2024-05; art ¶7, "q14")
              Second round —follows→ First round (art ¶7, "q15")
            2024-05-12  Talks [talks]
              date: Talks —held_at→ City (2024-05-12; art ¶8, "q17")
              Talks —part_of→ Second round (art ¶8, "q16")
            undated     First round [round-1]
              First round —round_of→ Dialogue (art ¶7, "q13")

            """)
    }

    @Test func timelineOfOneMechanismInRoundOrder() throws {
        let result = try OrgFixture.run(["timeline", "dialogue"])
        #expect(result.stdout == """
            rounds of Dialogue [dialogue]
            undated     First round [round-1]
              First round —round_of→ Dialogue (art ¶7, "q13")
            2024-05     Second round [round-2]
              Second round —round_of→ Dialogue (2024-05; art ¶7, "q14")
              Second round —follows→ First round (art ¶7, "q15")
            2024-05-12  Talks [talks]
              date: Talks —held_at→ City (2024-05-12; art ¶8, "q17")
              Talks —part_of→ Second round (art ¶8, "q16")

            """)
        let json = try JSONSerialization.jsonObject(with: try OrgFixture.run(["timeline", "dialogue", "--format", "json"]).stdoutBytes)
        let entries = (json as? [String: Any])?["entries"] as? [[String: Any]]
        #expect(entries?.map { $0["date"] as? String } == [nil, "2024-05", "2024-05-12"])
        #expect(entries?.map { $0["date_from"] as? String } == [nil, "round_of:round-2->dialogue", "held_at:talks->city"])
        #expect(entries?.map { $0["ordinal"] as? Int } == [1, 2, nil])
        let notMechanism = try OrgFixture.run(["timeline", "talks"])
        #expect(notMechanism.status == 64)
        #expect(notMechanism.stderr == "relgraph: error: talks is an event, not a mechanism\n")
    }

    @Test func brokersByCountry() throws {
        let result = try OrgFixture.run(["brokers", "--top", "3"])
        #expect(result.stdout == """
            brokerage by country (groups: LA, VN), relations followed both ways
            rank  between  total  coordinator  gatekeeper  representative  itinerant  liaison  group  entity
            1     8        20     12           4           4               0          0        VN     Ministry A [mod-a]
            2     6        6      0            0           0               2          4        -      Talks [talks]
            3     2        2      0            1           1               0          0        LA     Ministry B [mod-b]

            """)
        let minimal = try CLI.minimal(["brokers", "--format", "json", "--top", "0"])
        let json = try JSONSerialization.jsonObject(with: minimal.stdoutBytes) as? [String: Any]
        let brokers = json?["brokers"] as? [[String: Any]]
        // The protocol, having no country, is the liaison between the two ministers.
        let protocolRoles = brokers?.first { ($0["entity"] as? [String: Any])?["id"] as? String == "protocol-2025" }?["roles"]
        #expect(protocolRoles as? [String: Int] == ["coordinator": 0, "gatekeeper": 0, "representative": 0, "itinerant": 0, "liaison": 2])
        #expect(json?["groups"] as? [String] == ["LA", "VN"])
    }

    @Test func brokersFollowingRelationsForwardOnly() throws {
        let result = try OrgFixture.run(["brokers", "--direction", "out", "--top", "0", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
        let roles = (json?["brokers"] as? [[String: Any]])?.map {
            "\(($0["entity"] as! [String: Any])["id"]!):\($0["between"]!)/\($0["total"]!)"
        }
        // Four Vietnamese units and posts point into Ministry A, whose only way out is the cooperation
        // with Ministry B: four times representative, nothing else.
        #expect(roles?.first == "mod-a:4/4")
        let first = (json?["brokers"] as? [[String: Any]])?.first?["roles"] as? [String: Int]
        #expect(first?["representative"] == 4)
        #expect(try OrgFixture.run(["brokers", "--direction", "in"]).status == 64)
        #expect(try OrgFixture.run(["brokers", "--by", "rank"]).stderr == "relgraph: error: no entity has a rank\n")
    }
}
