import Foundation
import Testing

/// Graphs/ holds the views of the bundled dataset that Graphs/views.yaml lists, rendered: this
/// renders them again into a fresh folder and checks that every committed file is byte for byte
/// what relgraph draws today (`make graphs` regenerates them).
@Suite struct RenderGraphsTests {
    static let graphs = CLI.packageRoot.appendingPathComponent("Graphs")

    @Test func committedGraphsAreWhatRelgraphDraws() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["render", "--spec", Self.graphs.appendingPathComponent("views.yaml").path,
                                  "--out-dir", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rendered = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let committed = try FileManager.default.contentsOfDirectory(atPath: Self.graphs.path)
            .filter { $0.hasSuffix(".dot") || $0.hasSuffix(".svg") }.sorted()
        #expect(rendered == committed)
        #expect(rendered.count >= 8)
        for name in rendered {
            let now = try Data(contentsOf: folder.appendingPathComponent(name))
            let then = try Data(contentsOf: Self.graphs.appendingPathComponent(name))
            // Bytes compared by hand: #expect(now == then) would print a diff of two large arrays, which
            // takes minutes; the first differing line is what a reader needs.
            if now != then {
                let drawn = String(decoding: now, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let kept = String(decoding: then, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let line = Array(zip(drawn, kept)).firstIndex { $0 != $1 } ?? min(drawn.count, kept.count)
                Issue.record("Graphs/\(name) differs from what relgraph draws from line \(line + 1): run `make graphs`")
            }
        }
    }

    @Test func specErrorsNameTheFileAndTheView() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("views.yaml")
        try Data("views:\n  - name: bad\n    args: [--view, ego]\n".utf8).write(to: spec)
        let result = try CLI.run(["render", "--spec", spec.path, "--out-dir", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr == "\(spec.path): error: view 'bad': --view ego takes one entity: relgraph render --view ego ENTITY\n")
        try Data("views:\n  - name: ../escape\n    args: [--view, org]\n".utf8).write(to: spec)
        let escape = try CLI.run(["render", "--spec", spec.path, "--out-dir", folder.path])
        #expect(escape.status == 65)
        #expect(escape.stderr.contains("view name '../escape' is not a unique file name"))
    }
}
