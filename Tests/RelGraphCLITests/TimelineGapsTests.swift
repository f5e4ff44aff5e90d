import Foundation
import Testing

/// `timeline MECHANISM` shows where a numbered series is incomplete, and takes a round's number from its
/// round_of qualifier, its `ordinal` attribute or its `ordinal` statement.
@Suite struct TimelineGapsTests {
    static let dataset = """
        sources:
          - {id: s, date: 2025-01-01}
        entities:
          - {id: m, kind: mechanism, names: [Dialogue]}
          - {id: r1, kind: event, names: [First round], attributes: {date: "2019-07-25"}}
          - id: r3
            kind: event
            names: [Third round]
            statements: [{property: ordinal, value: "3", source: s, quote: third}]
          - {id: r6, kind: event, names: [Sixth round], attributes: {ordinal: "6"}}
        relations:
          - {type: round_of, from: r1, to: m, qualifiers: {ordinal: "1"}, sources: [{source: s, quote: first}]}
          - {type: round_of, from: r3, to: m, sources: [{source: s, quote: third}]}
          - {type: round_of, from: r6, to: m, sources: [{source: s, quote: sixth}]}

        """

    @Test func missingRoundsAreShownBetweenKnownOnes() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.dataset.write(to: folder.appendingPathComponent("data.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["timeline", "m", "--data", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            rounds of Dialogue [m]
            2019-07-25  First round [r1]
              First round —round_of→ Dialogue (s, "first")
                        (round 2: no source names it)
            undated     Third round [r3]
              Third round —round_of→ Dialogue (s, "third")
                        (rounds 4–5: no source names them)
            undated     Sixth round [r6]
              Sixth round —round_of→ Dialogue (s, "sixth")

            """)
    }
}
