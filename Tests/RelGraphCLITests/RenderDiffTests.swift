import Foundation
import RelGraphTestSupport
import Testing

/// `relgraph render --view diff OLD NEW` on a hand-made pair: the xref fixture, and a copy with an
/// entity added, one removed with its relation, a relation added and two entities merged. The SVG
/// that Graphviz draws is read back as XML and every node's and line's colour checked.
@Suite struct RenderDiffTests {
    static let green = "#2e7d32", red = "#c62828", orange = "#e07b00", purple = "#7b1fa2", grey = "#9e9e9e"

    /// The changed copy of the fixture.
    static func changed() throws -> String {
        let folder = try XrefCommandTests.copy()
        let entities = URL(fileURLWithPath: folder + "/entities.yaml")
        try DiffRevisionTests.replace("  - {id: nguyen-van-a, kind: person, country: VN, names: [Nguyễn Văn An]}\n", with: """
              - {id: hanoi, kind: place, country: VN, names: [Hà Nội]}

            """, in: entities)
        let relations = URL(fileURLWithPath: folder + "/relations.yaml")
        try DiffRevisionTests.replace(
            "  - {type: participated_in, from: nguyen-van-a, to: dialogue-4, sources: [{source: s1, quote: Nguyễn Văn An}]}\n",
            with: "  - {type: participated_in, from: chansamone, to: dialogue-5, sources: [{source: s1, quote: Minister Chansamone Chanyalath}]}\n",
            in: relations)
        let merged = try CLI.run(["merge", "chansamone", "chansamone-vi", "--data", folder, "--by", "a", "--at", "t"])
        #expect(merged.status == 0, "\(merged.stderr)")
        return folder
    }

    @Test func theUnionIsDrawnWithWhatChangedStyled() throws {
        let new = try Self.changed()
        let result = try CLI.run(["render", "--view", "diff", XrefCommandTests.fixture, new])
        #expect(result.stderr == "")
        #expect(result.status == 0)
        let svg = try SVGDocument(result.stdoutBytes)
        typealias Stroke = SVGDocument.Stroke
        #expect(try svg.strokes(of: "node") == [
            Stroke("chansamone", Self.orange), Stroke("chansamone-vi", Self.purple, dashed: true),
            Stroke("dialogue-4", "black"), Stroke("dialogue-5", "black"), Stroke("dialogue-5-en", "black"),
            Stroke("hanoi", Self.green), Stroke("luang-prabang", "black"), Stroke("luong-phra-bang", "black"),
            Stroke("mod-laos", "black"), Stroke("nguyen-van-a", Self.red, dashed: true), Stroke("nguyen-van-an", "black"),
            Stroke("relgraph:legend", "#8a8a8a"),
        ])
        #expect(try svg.strokes(of: "edge") == [
            Stroke("chansamone->dialogue-5", Self.green),
            Stroke("chansamone->mod-laos", Self.orange), Stroke("chansamone->mod-laos", Self.grey),
            Stroke("chansamone-vi->chansamone", Self.purple, dashed: true),
            Stroke("dialogue-5->luang-prabang", Self.grey), Stroke("dialogue-5-en->luong-phra-bang", Self.grey),
            Stroke("nguyen-van-a->dialogue-4", Self.red, dashed: true), Stroke("nguyen-van-an->dialogue-4", Self.grey),
        ].sorted())
        let texts = try svg.texts()
        for line in ["(changed: attributes, names)", "(merged into chansamone)", "(removed)", "(added)", "merged into",
                     "green border or line: added", "red dashed border or line: removed",
                     "orange border or line: changed (what changed, in its label)", "changed: from",
                     "purple dashed border: merged into another (dashed arrow)", "grey line: relation unchanged"] {
            #expect(texts.contains(line), "\(line)")
        }
        #expect(try svg.tooltip(ofNode: "nguyen-van-a")?.hasSuffix("\nremoved") == true)
        #expect(try svg.edgeTooltips().contains { $0.hasSuffix("\nchanged: from") })
    }

    @Test func theDOTIsTheSameOnEveryRunAndFiltersApply() throws {
        let new = try Self.changed()
        let first = try CLI.run(["render", "--view", "diff", XrefCommandTests.fixture, new, "--format", "dot"])
        let second = try CLI.run(["render", "--view", "diff", XrefCommandTests.fixture, new, "--format", "dot"])
        #expect(first.status == 0)
        #expect(first.stdoutBytes == second.stdoutBytes)
        #expect(first.stdout.hasPrefix("digraph \"diff\" {\n"))
        #expect(first.stdout.contains("""
              "chansamone-vi" -> "chansamone" [color="#7b1fa2", style="dashed", penwidth="2", label="merged into", \
            fontcolor="#7b1fa2", tooltip="chansamone-vi merged into chansamone"]

            """))
        // --kinds as in the network view: only the people and what they are drawn with.
        let people = try CLI.run(["render", "--view", "diff", XrefCommandTests.fixture, new, "--kinds", "person",
                                  "--format", "svg"])
        #expect(people.status == 0, "\(people.stderr)")
        #expect(try SVGDocument(people.stdoutBytes).strokes(of: "node").map(\.title)
                == ["chansamone", "chansamone-vi", "nguyen-van-a", "nguyen-van-an", "relgraph:legend"])
        // --changed-only: what changed, the ends of changed relations, the merge's two entities.
        let changed = try CLI.run(["render", "--view", "diff", XrefCommandTests.fixture, new, "--changed-only"])
        #expect(changed.status == 0, "\(changed.stderr)")
        let svg = try SVGDocument(changed.stdoutBytes)
        #expect(try svg.strokes(of: "node").map(\.title) == ["chansamone", "chansamone-vi", "dialogue-4", "dialogue-5",
                                                             "hanoi", "mod-laos", "nguyen-van-a", "relgraph:legend"])
        #expect(try svg.strokes(of: "edge").map(\.title) == ["chansamone->dialogue-5", "chansamone->mod-laos",
                                                             "chansamone-vi->chansamone", "nguyen-van-a->dialogue-4"])
        #expect(try !svg.texts().contains("grey line: relation unchanged"))
    }

    @Test func equalVersionsDrawNothingMarkedAndBadArgumentsAreRefused() throws {
        let same = try CLI.run(["render", "--view", "diff", XrefCommandTests.fixture, XrefCommandTests.fixture,
                                "--format", "dot"])
        #expect(same.status == 0)
        #expect(!same.stdout.contains("penwidth=\"3\""))
        let one = try CLI.run(["render", "--view", "diff", XrefCommandTests.fixture])
        #expect(one.status == 64)
        #expect(one.stderr.contains("expected two datasets: relgraph render --view diff OLD NEW"))
        let data = try CLI.run(["render", "--view", "diff", "--data", XrefCommandTests.fixture, "a", "b"])
        #expect(data.status == 64)
        #expect(data.stderr.contains("--view diff reads OLD and NEW, not --data"))
        let rev = try CLI.run(["render", "--view", "network", "--rev", "HEAD~1..HEAD"])
        #expect(rev.status == 64)
        #expect(rev.stderr.contains("--rev and --changed-only go with --view diff"))
        let report = try CLI.run(["report", "--view", "diff", "-o", "x.html"])
        #expect(report.status == 64)
        #expect(report.stderr.contains("--view diff is drawn by relgraph render, not report"))
    }

    @Test func twoGitRevisions() throws {
        let (_, folder) = try DiffRevisionTests.repository()
        let result = try CLI.run(["render", "--view", "diff", "--rev", "HEAD~1..HEAD", folder])
        #expect(result.stderr == "")
        #expect(result.status == 0)
        let nodes = try SVGDocument(result.stdoutBytes).strokes(of: "node")
        #expect(nodes.filter { $0.color != "black" } == [
            SVGDocument.Stroke("chansamone", Self.orange), SVGDocument.Stroke("chansamone-vi", Self.purple, dashed: true),
            SVGDocument.Stroke("relgraph:legend", "#8a8a8a"),
        ])
    }
}
