import Foundation
import RelGraphTestSupport
import Testing

/// Runs the real `relgraph` binary that `swift test` built beside the test bundle.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    static let fixtures = TestFiles.fixtures
    static let packageRoot = TestFiles.packageRoot

    static func fixture(_ relative: String) -> String { TestFiles.fixture(relative) }

    /// The build products folder: where the test bundle itself lives.
    static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for folder in candidates {
            var url = folder
            for _ in 0..<3 {
                let binary = url.appendingPathComponent("relgraph")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                url.deleteLastPathComponent()
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/relgraph")
    }()

    /// The environment of a relgraph child: this process's, with LeakSanitizer off (it is only on
    /// under `make check-sanitizers`). A command ends by `exit` from wherever it stands, and
    /// LeakSanitizer then reports what the abandoned frames held; leaks are checked in the test
    /// process instead, which runs the library code many times and ends normally.
    static let childEnvironment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        let options = environment["ASAN_OPTIONS"].map { $0 + ":" } ?? ""
        environment["ASAN_OPTIONS"] = options + "detect_leaks=0"
        return environment
    }()

    /// Runs `relgraph ARGS` in `directory` (default: a fresh temporary folder, so nothing depends on
    /// the working directory) and collects its exit status and output.
    static func run(_ arguments: [String], in directory: URL? = nil, executable: URL = binary) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = childEnvironment
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        // Output goes to files, not pipes: a large output can then never block the child.
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = try Data(contentsOf: outURL), stderr = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
    }

    /// Runs `relgraph ARGS --data <minimal fixture dataset>`.
    static func minimal(_ arguments: [String]) throws -> Result {
        try run(arguments + ["--data", fixture("datasets/minimal")])
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL { try TestFiles.temporaryFolder() }
}
