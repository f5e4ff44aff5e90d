import Foundation
import Testing

/// A small organisation written by the tests themselves, with what the minimal fixture lacks: a
/// part_of tree, heads by each rule, dated and planned relations, a mechanism with rounds.
enum OrgFixture {
    static let sources = """
        dataset: {title: Analysis example}
        sources:
          - {id: art, title: An article, date: 2025-01-10}
        """

    static let entities = """
        entities:
          - {id: mod-a, kind: organization, classification: ministry, country: VN, names: [Ministry A]}
          - {id: dept-1, kind: organization, classification: department, country: VN, names: [Department One]}
          - {id: dept-2, kind: organization, classification: department, country: VN, names: [Department Two]}
          - {id: unit-x, kind: organization, classification: unit, country: VN, names: [Unit X]}
          - {id: mod-b, kind: organization, classification: ministry, country: LA, names: [Ministry B]}
          - {id: minister-a, kind: post, classification: minister, country: VN, names: [Minister A]}
          - {id: deputy-a, kind: post, classification: deputy-minister, country: VN, names: [Deputy Minister A]}
          - {id: director-1, kind: post, classification: director, country: VN, names: [Director One]}
          - {id: anna, kind: person, country: VN, names: [Anna]}
          - {id: bao, kind: person, country: VN, names: [Bao]}
          - {id: chau, kind: person, country: VN, names: [Chau]}
          - {id: dung, kind: person, country: VN, names: [Dung]}
          - {id: kham, kind: person, country: LA, names: [Kham]}
          - {id: dialogue, kind: mechanism, classification: dialogue, names: [Dialogue]}
          - {id: round-1, kind: event, classification: round, names: [First round]}
          - {id: round-2, kind: event, classification: round, names: [Second round]}
          - {id: talks, kind: event, classification: talks, names: [Talks]}
          - {id: city, kind: place, classification: city, country: VN, names: [City]}
        """

    static let relations = """
        relations:
          - {type: part_of, from: dept-1, to: mod-a, sources: [{source: art, quote: q1, locator: ¶1}]}
          - {type: part_of, from: dept-2, to: mod-a, sources: [{source: art, quote: q2, locator: ¶1}]}
          - {type: part_of, from: unit-x, to: dept-1, sources: [{source: art, quote: q3, locator: ¶2}]}
          - {type: post_in, from: minister-a, to: mod-a, sources: [{source: art, quote: q4, locator: ¶3}]}
          - {type: post_in, from: deputy-a, to: mod-a, sources: [{source: art, quote: q5, locator: ¶3}]}
          - {type: heads, from: director-1, to: dept-1, sources: [{source: art, quote: q6, locator: ¶4}]}
          - {type: heads, from: chau, to: dept-2, sources: [{source: art, quote: q7, locator: ¶4}]}
          - {type: holds, from: anna, to: minister-a, from_date: 2021, until_date: 2024-06, sources: [{source: art, quote: q8, locator: ¶5}]}
          - {type: holds, from: bao, to: minister-a, from_date: 2024-07, sources: [{source: art, quote: q9, locator: ¶5}]}
          - {type: holds, from: dung, to: deputy-a, sources: [{source: art, quote: q10, locator: ¶5}]}
          - {type: cooperates_with, from: mod-a, to: mod-b, status: planned, sources: [{source: art, quote: q11, locator: ¶6}]}
          - {type: member_of, from: kham, to: mod-b, sources: [{source: art, quote: q12, locator: ¶6}]}
          - {type: round_of, from: round-1, to: dialogue, qualifiers: {ordinal: 1}, sources: [{source: art, quote: q13, locator: ¶7}]}
          - {type: round_of, from: round-2, to: dialogue, from_date: 2024-05, qualifiers: {ordinal: 2}, sources: [{source: art, quote: q14, locator: ¶7}]}
          - {type: follows, from: round-2, to: round-1, sources: [{source: art, quote: q15, locator: ¶7}]}
          - {type: part_of, from: talks, to: round-2, sources: [{source: art, quote: q16, locator: ¶8}]}
          - {type: held_at, from: talks, to: city, from_date: 2024-05-12, sources: [{source: art, quote: q17, locator: ¶8}]}
          - {type: participated_in, from: bao, to: talks, from_date: 2024-05-12, sources: [{source: art, quote: q18, locator: ¶8}]}
          - {type: participated_in, from: kham, to: talks, from_date: 2024-05-12, sources: [{source: art, quote: q19, locator: ¶8}]}
        """

    /// Writes the dataset into a fresh temporary folder (once per test process).
    static let folder: String = {
        let url = try! CLI.temporaryFolder()
        for (name, text) in [("sources.yaml", sources), ("entities.yaml", entities), ("relations.yaml", relations)] {
            try! Data((text + "\n").utf8).write(to: url.appendingPathComponent(name))
        }
        return url.path
    }()

    static func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments + ["--data", folder])
    }
}

@Suite struct AnalysisFixturesTests {
    @Test func orgFixtureIsValid() throws {
        let result = try OrgFixture.run(["validate"])
        #expect(result.stdout == "18 entities, 19 relations, 1 sources: 0 errors, 0 warnings\n")
    }
}
