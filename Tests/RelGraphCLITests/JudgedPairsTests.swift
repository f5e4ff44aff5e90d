import Foundation
import RelGraphTestSupport
import Testing

/// What a judgement changes for the other commands: `validate` no longer warns about a pair judged
/// different, and the id of an entity merged into another still finds it.
@Suite struct JudgedPairsTests {
    @Test func aPairJudgedDifferentIsNotWarnedAboutAsOneName() throws {
        let folder = try XrefCommandTests.copy()
        let entities = URL(fileURLWithPath: folder + "/entities.yaml")
        try DiffRevisionTests.replace("  - {id: mod-laos,", with: """
              - {id: chansamone-2, kind: person, country: LA, names: [Chansamone Chanyalath]}
              - {id: mod-laos,
            """, in: entities)
        let before = try CLI.run(["validate", "--data", folder])
        #expect(before.stdout == """
            \(folder)/entities.yaml:4:58: warning: entity 'chansamone-2' has the name 'Chansamone Chanyalath', \
            which reads as a name of 'chansamone'
            11 entities, 6 relations, 2 sources: 0 errors, 1 warning

            """)
        let judged = try CLI.run(["judge", "chansamone", "chansamone-2", "--different", "--data", folder,
                                  "--by", "a", "--at", "t", "--why", "a namesake"])
        #expect(judged.status == 0, "\(judged.stderr)")
        let after = try CLI.run(["validate", "--data", folder])
        #expect(after.stdout == "11 entities, 6 relations, 2 sources: 0 errors, 0 warnings\n")
    }

    @Test func theIdOfAMergedEntityFindsTheOneItWasMergedInto() throws {
        let folder = try XrefCommandTests.copy()
        #expect(try CLI.run(["merge", "chansamone", "chansamone-vi", "--data", folder, "--by", "a", "--at", "t"]).status == 0)
        let show = try CLI.run(["show", "chansamone-vi", "--data", folder])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("Chansamone Chanyalath [chansamone]\n"))
        #expect(show.stdout.contains("merged_from  chansamone-vi"))
        let path = try CLI.run(["path", "chansamone-vi", "mod-laos", "--data", folder])
        #expect(path.status == 0, "\(path.stderr)")
    }
}
