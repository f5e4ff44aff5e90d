import Foundation
@testable import RelGraphCore
@testable import RelGraphIO
import RelGraphTestSupport
import Testing

/// Deterministic mutation fuzzing of the readers: 10,000 mutants of real inputs each. A reader must
/// answer every one with a dataset or with diagnostics — a crash ends the test run, which is the
/// failure. `RELGRAPH_FUZZ_RUNS=N swift test --filter FuzzTests` runs longer (docs/robustness.md).
@Suite struct FuzzTests {
    static let runs = ProcessInfo.processInfo.environment["RELGRAPH_FUZZ_RUNS"].flatMap(Int.init) ?? 10_000
    static let yamlTokens = ["&a ", "*a", "[", "]", "{", "}", ": ", "- ", "\n", "\t", "\u{0}", "'", "\"", "#",
                             "!!binary ", "? ", "|", ">", "---\n", "...\n", "\u{FEFF}", "đ", "2024-02-30",
                             "type: part_of\n", "from: ", "sources: []", "id: x\n", "\r\n", "%YAML 1.1\n"]

    /// Seeds: the minimal dataset's files and slices of the bundled dataset's, a few kilobytes each
    /// so that 10,000 runs take seconds.
    static func yamlSeeds() throws -> [[UInt8]] {
        var seeds = try Fixtures.datasetFiles("minimal").map(\.bytes)
        let bundled = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/vietnam-laos-defence")
        for name in ["entities.yaml", "relations.yaml", "sources.yaml"] {
            let bytes = [UInt8](try Data(contentsOf: bundled.appendingPathComponent(name)))
            seeds.append(Array(bytes.prefix(4096)))
        }
        return seeds
    }

    @Test func yamlDatasetReaderSurvivesMutants() throws {
        let seeds = try Self.yamlSeeds()
        var mutator = Mutator(seed: 20_241_022, tokens: Self.yamlTokens)
        var outcomes = (clean: 0, diagnosed: 0)
        for run in 0..<Self.runs {
            let input = mutator.mutate(seeds[run % seeds.count], other: seeds[(run / 7) % seeds.count])
            let result = YAMLDatasetReader.read(files: [.init(name: "fuzz.yaml", bytes: input)])
            // Every diagnostic names the file and a place inside it.
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location?.file == "fuzz.yaml")
                #expect((diagnostic.location?.line ?? 0) >= 1)
            }
            if result.diagnostics.isEmpty { outcomes.clean += 1 } else { outcomes.diagnosed += 1 }
            if !result.hasErrors { _ = Network(result.dataset) }
        }
        #expect(outcomes.clean + outcomes.diagnosed == Self.runs)
        // Mutants mostly break the input; a harness whose mutants were all fine would test nothing.
        #expect(outcomes.diagnosed > Self.runs / 2)
    }

    /// The content hash rejects almost every mutant at once, so mutants are re-hashed here: the
    /// checks behind the hash (section table, lengths, indices, records) get the fuzzing.
    @Test func snapshotReaderSurvivesRehashedMutants() throws {
        let minimal = Network(YAMLDatasetReader.read(files: try Fixtures.datasetFiles("minimal")).dataset)
        let bare = Network(graph: Graph(nodeIDs: ["0", "1", "2"], nodeKind: [0, 0, 1],
                                        kinds: [EntityKind("unit"), EntityKind("event")],
                                        edgeSource: [0, 1], edgeTarget: [1, 2], edgeType: [0, 0],
                                        types: [RelationType("participates_in")]),
                           displayNames: StringColumn(["a", "b", "c"]))
        let seeds = [try SnapshotWriter.bytes(of: minimal), try SnapshotWriter.bytes(of: bare)]
        var mutator = Mutator(seed: 20_250_328, tokens: ["\u{0}\u{0}\u{0}\u{0}", "\u{FF}\u{FF}\u{FF}\u{7F}", "{", "\""])
        var accepted = 0
        for run in 0..<Self.runs {
            var input = mutator.mutate(seeds[run % 2], other: seeds[(run + 1) % 2])
            Self.rehash(&input)
            if (try? SnapshotReader.read(Data(input), path: "fuzz.rgs")) != nil { accepted += 1 }
        }
        #expect(accepted < Self.runs)
    }

    /// Rewrites the length and content hash fields so that the mutant passes the first checks.
    static func rehash(_ bytes: inout [UInt8]) {
        guard bytes.count >= SnapshotFormat.headerSize else { return }
        let hash = bytes[SnapshotFormat.headerSize...].withUnsafeBytes { ContentHash.of($0) }
        withUnsafeBytes(of: hash.littleEndian) { bytes.replaceSubrange(40..<48, with: $0) }
        withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { bytes.replaceSubrange(48..<56, with: $0) }
    }

    /// Seeds for the interchange readers: the exporters' golden outputs of the tiny fixture.
    static func golden(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.root.appendingPathComponent("interop/expected/\(name)")))
    }

    static let markupTokens = ["<", ">", "</", "/>", "&amp;", "&#0;", "&x;", "<![CDATA[", "]]>", "<!DOCTYPE x [",
                               "\"", "'", "=", "{", "}", "[", "]", ",", ":", "null", "\\u0000", "\\ud800", "1e999",
                               "-0", "\u{0}", "\n", "id", "source", "target", "key", "edges", "nodes"]

    @Test func graphMLAndJSONReadersSurviveMutants() throws {
        let seeds = [try Self.golden("tiny.graphml"), try Self.golden("tiny.json")]
        var mutator = Mutator(seed: 2_025_029, tokens: Self.markupTokens)
        var refused = [0, 0]
        for run in 0..<Self.runs {
            let which = run % 2
            let input = Data(mutator.mutate(seeds[which], other: seeds[1 - which]))
            if let dump = ProcessInfo.processInfo.environment["RELGRAPH_FUZZ_DUMP"] { try input.write(to: URL(fileURLWithPath: dump)) }
            do {
                _ = which == 0 ? try GraphMLReader.read(data: input, file: "fuzz.graphml")
                               : try NodeLinkJSONReader.read(data: input, file: "fuzz.json")
            } catch {
                refused[which] += 1
                #expect(error.description.hasPrefix("fuzz."), "\(error.description)")
            }
        }
        #expect(refused[0] > 0 && refused[1] > 0)
    }

    @Test func csvReaderSurvivesMutants() throws {
        let folder = Fixtures.root.appendingPathComponent("interop/expected/tiny-csv")
        let seeds = try ["nodes.csv", "edges.csv"].map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
        var mutator = Mutator(seed: 2_024_1022, tokens: ["\"", ",", "\n", "\r\n", "\"\"", ":ID", ":START_ID", "\u{0}",
                                                         "id,kind,name\n", "source,target,type\n", "\u{FEFF}"])
        let scratch = try TestFiles.temporaryFolder("relgraph-fuzz")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("table.csv")
        var refused = 0
        for run in 0..<Self.runs {
            try Data(mutator.mutate(seeds[run % 2], other: seeds[(run + 1) % 2])).write(to: file)
            do { _ = try CSVGraphReader.read(file: file.path) } catch { refused += 1 }
        }
        #expect(refused > 0)
    }
}
