import Foundation
import RelGraphCore
import RelGraphRender

/// Times laying out org charts of about 100 and 1,000 nodes as SVG three ways: Graphviz in this
/// process (`Graphviz.render`), the `dot -Tsvg` program, and `relgraph render --dot` (relgraph
/// starting its bounded child layout process). Prints a Markdown table of medians and ratios.
///
///     python3 ../shared/bench/gen.py --sizes 100 1000 --out /tmp/relgraph-bench
///     swift run -c release --package-path Benchmarks/render render-benchmark \
///         --bench-data /tmp/relgraph-bench --relgraph .build/release/relgraph
@main
struct RenderBenchmark {
    static func main() throws {
        let options = Dictionary(uniqueKeysWithValues: stride(from: 1, to: CommandLine.arguments.count - 1, by: 2)
            .map { (CommandLine.arguments[$0], CommandLine.arguments[$0 + 1]) })
        guard let data = options["--bench-data"] else {
            print("usage: render-benchmark --bench-data DIR [--relgraph BIN] [--sizes 100,1000] [--runs N]")
            exit(64)
        }
        let sizes = (options["--sizes"] ?? "100,1000").split(separator: ",").map(String.init)
        let runs = Int(options["--runs"] ?? "") ?? 7
        print("| gen.py size | org chart nodes / edges | in-process | `dot -Tsvg` process | ratio | `relgraph render --dot` | ratio |")
        print("|---|---|---|---|---|---|---|")
        for size in sizes {
            let network = try BenchOrgChart.network(folder: URL(fileURLWithPath: data).appendingPathComponent(size))
            let diagram = OrgChartView(network: network).diagram()
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("render-benchmark-\(size).dot")
            try Data(diagram.dot.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }

            let inProcess = try median(runs) { _ = try Graphviz.render(dot: diagram.dot, engine: "dot", format: "svg") }
            let program = try median(runs) { _ = try run("/usr/bin/dot", ["-Tsvg", file.path]) }
            var row = "| \(size) | \(diagram.nodeCount) / \(diagram.edgeCount) | \(seconds(inProcess)) | \(seconds(program)) "
                + "| \(ratio(program, inProcess)) |"
            if let relgraph = options["--relgraph"] {
                // Same library, same drawing: relgraph's fresh child process draws what the dot program
                // draws (in this process, later layouts may differ: see GraphvizProcess).
                if try run(relgraph, ["render", "--dot", file.path]) != run("/usr/bin/dot", ["-Tsvg", file.path]) {
                    print("note: size \(size): relgraph and the dot program draw differently")
                }
                let child = try median(runs) { _ = try run(relgraph, ["render", "--dot", file.path]) }
                row += " \(seconds(child)) | \(ratio(child, inProcess)) |"
            } else {
                row += " – | – |"
            }
            print(row)
        }
    }

    /// The median wall time of `runs` runs of `body`.
    static func median(_ runs: Int, _ body: () throws -> Void) throws -> Duration {
        var times: [Duration] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            times.append(ContinuousClock.now - start)
        }
        return times.sorted()[runs / 2]
    }

    /// Runs a program and returns its standard output.
    static func run(_ executable: String, _ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return [UInt8](bytes)
    }

    static func seconds(_ duration: Duration) -> String {
        let (whole, fraction) = duration.components
        return String(format: "%.4f s", Double(whole) + Double(fraction) / 1e18)
    }

    static func ratio(_ slow: Duration, _ fast: Duration) -> String {
        String(format: "%.2f×", slow / fast)
    }
}
