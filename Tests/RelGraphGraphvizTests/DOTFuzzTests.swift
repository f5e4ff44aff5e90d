import Foundation
import RelGraphGraphviz
import RelGraphTestSupport
import Testing

/// Deterministic mutation fuzzing of the DOT reader (Graphviz's own parser, cgraph, in-process):
/// 10,000 mutants of real DOT. Every one must come back as a document or as a one-line syntax
/// error; a crash inside cgraph ends the test run, which is the failure. `RELGRAPH_FUZZ_RUNS=N`
/// runs longer (docs/robustness.md).
@Suite(.serialized) struct DOTFuzzTests {
    static let runs = ProcessInfo.processInfo.environment["RELGRAPH_FUZZ_RUNS"].flatMap(Int.init) ?? 10_000
    static let tokens = ["{", "}", "[", "]", " -> ", " -- ", ";", "=", "\"", "<", ">", "<<b>x</b>>", "<<table>",
                         "\\N", "\\l", "\\", "\n", "\r", "subgraph ", "node ", "edge ", "graph ", "digraph ",
                         "strict ", "/*", "*/", "//", "\n#", "\u{0}", "charset=latin1;", "label=", ":n",
                         "+ \"x\"", "\u{FEFF}", "đ", "&amp;", "&#", "0x", "1e99", ",", "key="]
    static let examples = "/usr/share/doc/graphviz/examples/graphs"

    /// Graphviz's example graphs (graphviz-doc, which `make test` installs), the first 4 kB of each
    /// so that a run takes seconds, and DOT as relgraph's own export writes it.
    static func seeds() throws -> [[UInt8]] {
        var seeds: [[UInt8]] = [Array("""
            digraph "org" {
              graph [title="Bộ Quốc phòng \\"VN\\"" charset="UTF-8"];
              node [kind="organisation"];
              "mod-vietnam" [label="Bộ Quốc phòng\\nViệt Nam" country="VN"];
              "mod-laos" [label=<<b>Lao</b> MoD>];
              "mod-vietnam" -> "mod-laos" [key="r1" type="cooperates_with" from_date="2024-02-30"];
              subgraph cluster_x { a -- b; a:n -> b:s }
            }
            """.utf8)]
        for folder in ["directed", "undirected"] {
            let path = "\(examples)/\(folder)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() where name.hasSuffix(".gv") {
                seeds.append(Array(try Data(contentsOf: URL(fileURLWithPath: "\(path)/\(name)")).prefix(4096)))
            }
        }
        return seeds
    }

    @Test func readerSurvivesMutants() throws {
        let seeds = try Self.seeds()
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            // Under CI graphviz-doc is installed; without its examples the fuzzing would be thin.
            #expect(seeds.count > 40)
        }
        var mutator = Mutator(seed: 20_261_123, tokens: Self.tokens)
        var outcomes = (read: 0, refused: 0)
        for run in 0..<Self.runs {
            let input = mutator.mutate(seeds[run % seeds.count], other: seeds[(run / 3) % seeds.count])
            do {
                let document = try DOTGraphReader.read(input, file: "mutant.dot")
                // cgraph creates an edge's ends as nodes: the walk must have found them all.
                let names = Set(document.nodes.map(\.id))
                #expect(document.edges.allSatisfy { names.contains($0.source) && names.contains($0.target) })
                outcomes.read += 1
            } catch {
                let message = error.message
                #expect(error.severity == .error && error.location?.file == "mutant.dot")
                #expect(!message.isEmpty && !message.contains("\n"))
                outcomes.refused += 1
            }
        }
        #expect(outcomes.read + outcomes.refused == Self.runs)
        // Mutants must break the input often, or the harness tests little.
        #expect(outcomes.refused > Self.runs / 4)
    }

    /// cgraph's lexer counts lines from one read to the next unless told to start again: a syntax
    /// error's line must not depend on what the process parsed before.
    @Test func syntaxErrorLineDoesNotDependOnEarlierReads() throws {
        let broken = Array("digraph {\n  a -> b\n  c -> ;\n}\n".utf8)
        let first = Self.syntaxMessage(broken)
        _ = try DOTGraphReader.read(Array("graph {\n\n\n\n a -- b\n}\n\n\n".utf8), file: "f.dot")
        _ = Self.syntaxMessage(Array("digraph {\n\n\n -> \n".utf8))
        var mutator = Mutator(seed: 5, tokens: Self.tokens)
        for seed in try Self.seeds().prefix(50) { _ = Self.syntaxMessage(mutator.mutate(seed, other: broken)) }
        #expect(Self.syntaxMessage(broken) == first)
        #expect(first == "syntax error in line 3 near ';'")
    }

    static func syntaxMessage(_ text: [UInt8]) -> String {
        do {
            _ = try DOTGraphReader.read(text, file: "f.dot")
            return "parsed"
        } catch {
            return error.message
        }
    }
}

/// One text is one graph, whatever the process read before: cgraph's lexer keeps what it read past
/// a graph for the next read of the same stream (see `GraphvizParser`).
@Suite(.serialized) struct DOTOneGraphPerTextTests {
    static func outcome(_ text: String) -> String {
        do { return try DOTGraphReader.read(Array(text.utf8), file: "f.dot").name ?? "" } catch {
            return error.message
        }
    }

    @Test func aSecondGraphIsRefusedAndNeverLeaksIntoTheNextRead() {
        #expect(Self.outcome("graph A {a} graph B {b}") == "the DOT holds 2 graphs (the second is 'B'); relgraph reads one graph per file")
        #expect(Self.outcome("graph C {c}") == "C")
        #expect(Self.outcome("digraph D {d}\n\ngraph {e}\ngraph {f}\n") == "the DOT holds 3 graphs; relgraph reads one graph per file")
        #expect(Self.outcome("graph E {e}") == "E")
    }

    @Test func whatFollowsTheGraphMustParse() {
        #expect(Self.outcome("graph F {f} xyz") == "syntax error in line 1 near 'xyz'")
        #expect(Self.outcome("graph G {g} graph H {") == "syntax error in line 1")
        #expect(Self.outcome("graph I {i} // note\n/* block */\n# line\n\n") == "I")
        #expect(Self.outcome("graph J {\n\n j -- ; }") == "syntax error in line 3 near ';'")
        // Warnings do not refuse the graph: a badly delimited number is split in two tokens.
        #expect(Self.outcome("graph M { a -- 1a }") == "M")
        #expect(Self.outcome("graph N { a -- b }\ngraph { x -- 1y }") == "the DOT holds 2 graphs; relgraph reads one graph per file")
    }

    /// `agmemread` stopped at the first NUL byte and read what came before it as the whole graph;
    /// now the lexer sees it. Inside a graph it is an error; after one, the lexer ends the text
    /// there, as the dot program does with the same bytes.
    @Test func aNulByteIsPartOfTheText() {
        #expect(Self.outcome("graph K {a\u{0}b}") == "syntax error in line 1")
        #expect(Self.outcome("graph L {a}\u{0} graph M {b}") == "L")
    }
}
