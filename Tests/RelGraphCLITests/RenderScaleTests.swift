import Foundation
import Testing

/// A 5,000-entity network from the shared benchmark generator (../shared/bench/gen.py): `auto`
/// lays it out in bounded time, and a dot layout past `--timeout` stops at the deadline with
/// exit 70, leaving no child process behind. Serialized: each test keeps both cores busy.
@Suite(.serialized, .enabled(if: BenchNetwork.generator != nil, "needs python3 and ../shared/bench/gen.py"))
struct RenderScaleTests {
    @Test func autoRendersFiveThousandEntitiesInBoundedTime() throws {
        let data = try #require(BenchNetwork.dataset)
        let start = ContinuousClock.now
        let result = try CLI.run(["render", "--data", data.path, "--view", "network", "--format", "svg"])
        let elapsed = ContinuousClock.now - start
        #expect(result.status == 0, "\(result.stderr)")
        // 5,000 entities and the legend, each drawn once.
        #expect(result.stdout.components(separatedBy: #"class="node""#).count - 1 == 5_001)
        #expect(elapsed < .seconds(60), "took \(elapsed)")
    }

    @Test func dotPastItsTimeoutStopsCleanly() throws {
        let data = try #require(BenchNetwork.dataset)
        let watched = try ChildWatcher.run(["render", "--data", data.path, "--view", "network", "--engine", "dot",
                                            "--timeout", "2", "-o", "never.svg"])
        #expect(watched.status == 70)
        #expect(watched.stderr == "relgraph: error: Graphviz layout 'dot' failed: it took longer than 2 s and was "
                + "stopped (try --engine sfdp, a smaller view, or a longer --timeout)\n")
        #expect(!FileManager.default.fileExists(atPath: watched.directory.appendingPathComponent("never.svg").path))
        // The layout ran in a child, which was stopped at the deadline and is gone.
        let child = try #require(watched.children.first)
        #expect(watched.children.count == 1)
        let lifetime = try #require(watched.childLifetime)
        // Seen from outside, within a scan of /proc of its start and its end.
        #expect(lifetime > .milliseconds(1_500) && lifetime < .seconds(5), "the child lived \(lifetime)")
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(child)"), "child \(child) is still there")
    }
}

/// The benchmark network of 5,000 entities: gen.py's nodes.csv and edges.csv, which `--data` reads
/// as they are. Made once per test run.
enum BenchNetwork {
    static let generator: URL? = {
        let script = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/gen.py")
        return FileManager.default.fileExists(atPath: script.path) ? script : nil
    }()

    static let dataset: URL? = try? generate(size: 5_000)

    static func generate(size: Int) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", generator!.path, "--sizes", "\(size)", "--out", folder.path]
        python.standardOutput = FileHandle.nullDevice
        try python.run()
        python.waitUntilExit()
        return folder.appendingPathComponent("\(size)")
    }
}

/// Runs relgraph while watching /proc for the processes it starts.
enum ChildWatcher {
    struct Result {
        var status: Int32
        var stderr: String
        var directory: URL
        var children: [Int32]
        /// From when the first child was seen to when it was last seen.
        var childLifetime: Duration?
    }

    static func run(_ arguments: [String]) throws -> Result {
        let directory = try CLI.temporaryFolder()
        let errors = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.environment = CLI.childEnvironment
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        var children: [Int32] = []
        var firstSeen: ContinuousClock.Instant?, lastSeen: ContinuousClock.Instant?
        while process.isRunning {
            for child in childProcesses(of: process.processIdentifier) {
                if !children.contains(child) { children.append(child) }
                firstSeen = firstSeen ?? .now
                lastSeen = .now
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        try? FileManager.default.removeItem(at: errors)
        return Result(status: process.terminationStatus, stderr: stderr, directory: directory, children: children,
                      childLifetime: firstSeen.flatMap { first in lastSeen.map { $0 - first } })
    }

    /// The processes whose parent is `pid`, from /proc/N/stat ("N (comm) state ppid …").
    static func childProcesses(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let child = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == pid ? child : nil
        }
    }
}
