import Foundation
@testable import RelGraphGraphviz
import RelGraphTestSupport
import Testing

/// The same DOT drawn again in the same process gives the same bytes, and the bytes committed in
/// Graphs/ (drawn in a child process). Before object ids followed the order of names
/// (`relgraph_ids_map` in shim.h), cgraph ordered clusters by the addresses of interned names, so
/// a second in-process layout of the org chart could order its clusters differently.
@Suite(.serialized) struct LayoutRepeatabilityTests {
    static let graphs = TestFiles.packageRoot.appendingPathComponent("Graphs")

    // Only dot layouts: the network of the 26-article dataset (231 entities) is laid out by sfdp, whose
    // second in-process layout differs from the first (state kept inside Graphviz between layouts;
    // found 2026-12-03, not yet traced). Graphs/ stay byte-reproducible because the CLI lays out in a
    // child process (RenderGraphsTests); serve/report layouts of more than 150 entities may vary.
    @Test(arguments: ["org"])
    func inProcessLayoutsRepeatAndMatchTheCommittedDrawing(_ name: String) throws {
        let dot = try String(contentsOf: Self.graphs.appendingPathComponent("\(name).dot"), encoding: .utf8)
        let committed = try Data(contentsOf: Self.graphs.appendingPathComponent("\(name).svg"))
        // Other graphs first, so that the interned strings of earlier layouts are about.
        _ = try Graphviz.render(dot: "digraph { a -> b; subgraph cluster_z { c } subgraph cluster_a { d } }",
                                engine: "dot", format: "svg")
        for _ in 0..<3 {
            let drawn = try Graphviz.render(dot: dot, engine: "auto", format: "svg")
            #expect(Data(drawn) == committed)
        }
    }
}
