import Foundation

/// Layout in a child process, killed at a deadline.
///
/// Why a child process. The time limit: a Graphviz layout cannot be interrupted. It has no
/// cancellation hook, and a thread cannot be killed; abandoning the thread would leave Graphviz's
/// global state (which every later call shares, behind `Graphviz.serialized`) locked and
/// half-modified. Only a process can be stopped at any instant and cleaned up by the kernel. And
/// containment: a crash inside Graphviz ends the child, and relgraph reports it. (It was also the
/// way to reproducible drawings while cgraph ordered clusters by the addresses of interned names,
/// so that a second layout in one process could differ from the first; object ids now follow the
/// order of names, see shim.h, and in-process layouts repeat too — LayoutRepeatabilityTests.)
/// The child is the running program itself, re-executed with `childFlag` as its first argument: its
/// `main` calls `serveIfChild()` before anything else, which runs the same in-process
/// `Graphviz.render` (libgvc linked in, never the `dot` program), so the layout is the one the
/// library computes. Both sides of the protocol live here; the program only makes that one call.
/// Re-executing rather than `fork`ing a copy of the running process: relgraph may have other
/// threads (Foundation, Swift's runtime), and a forked child of a multi-threaded process may only
/// call async-signal-safe functions until it execs — which Graphviz, allocating and loading
/// plugins, is not. Starting the child costs a few milliseconds (see Benchmarks/README.md).
///
/// The protocol: the child is told the engine, the format and the time limit on its command line
/// (`Command.arguments`: `childFlag ENGINE FORMAT SECONDS`) and gets the DOT text on standard input; it writes the rendered bytes on standard output and exits 0, or writes
/// a JSON-encoded `GraphvizError` on standard error and exits 70. It also arms `alarm` for a
/// second past the limit, so that it cannot outlive its parent's deadline even when the parent
/// itself is killed.
public enum GraphvizProcess {
    /// The command that starts a child: the executable, and its arguments for an engine, a format
    /// and a time limit in seconds.
    public struct Command: Sendable {
        public var executable: String
        public var arguments: @Sendable (_ engine: String, _ format: String, _ seconds: Double) -> [String]

        public init(executable: String,
                    arguments: @escaping @Sendable (_ engine: String, _ format: String, _ seconds: Double) -> [String]) {
            self.executable = executable
            self.arguments = arguments
        }

        /// This very program, started again as a layout child (`serveIfChild`). `/proc/self/exe`
        /// names the running binary even when it was started through PATH or a relative path, or
        /// replaced on disk since.
        public static let thisProgram: Command = {
            let executable = FileManager.default.fileExists(atPath: "/proc/self/exe")
                ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
            return Command(executable: executable) { engine, format, seconds in
                [GraphvizProcess.childFlag, engine, format, String(seconds)]
            }
        }()
    }

    /// Exit status of a child that reports a `GraphvizError`.
    public static let failureStatus: Int32 = 70

    /// The first argument that makes a program a layout child.
    public static let childFlag = "--graphviz-layout-child"

    /// The child side, for a program's `main` to call first: when the program was started as a
    /// layout child, serves the layout and exits; otherwise returns at once.
    public static func serveIfChild(arguments: [String] = CommandLine.arguments) {
        guard arguments.count == 5, arguments[1] == childFlag else { return }
        let seconds = Double(arguments[4]).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } ?? 0
        exit(serveChild(engine: arguments[2], format: arguments[3], seconds: seconds))
    }

    /// Lays out and renders `dot` in a child started by `command`, stopping it after `timeout`
    /// seconds (nil: no limit). `started` receives the child's process id (tests check that it is gone).
    public static func render(dot: String, engine: String, format: String, timeout: Double?,
                              command: Command = .thisProgram,
                              started: (Int32) -> Void = { _ in }) throws(GraphvizError) -> [UInt8] {
        let arguments = command.arguments(engine, format, timeout ?? 0)
        let outcome: BoundedProcess.Outcome
        do {
            outcome = try BoundedProcess.run(executable: command.executable, arguments: arguments,
                                             input: Array(dot.utf8), timeout: timeout, started: started)
        } catch {
            throw .process(engine: engine, error.message)
        }
        switch outcome {
        case let .exited(0, stdout, _):
            return stdout
        case let .exited(status, _, stderr):
            if status == failureStatus, let error = try? JSONDecoder().decode(GraphvizError.self, from: Data(stderr)) {
                throw error
            }
            throw .process(engine: engine, "exited with status \(status)\(firstLine(stderr))")
        case let .signaled(signal, stderr):
            if signal == SIGALRM, let timeout { throw .timedOut(engine: engine, seconds: timeout) }
            throw .process(engine: engine, "was killed by signal \(signal) (\(String(cString: strsignal(signal))))\(firstLine(stderr))")
        case .timedOut:
            throw .timedOut(engine: engine, seconds: timeout ?? 0)
        }
    }

    /// The child's side: reads DOT on standard input, renders it in-process and writes the bytes on
    /// standard output; returns the exit status. `seconds` (0: none) arms the alarm that ends an orphan.
    static func serveChild(engine: String, format: String, seconds: Double) -> Int32 {
        if seconds > 0 { alarm(UInt32(min(seconds.rounded(.up) + 1, Double(UInt32.max)))) }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        do {
            let bytes = try Graphviz.render(dot: String(decoding: input, as: UTF8.self), engine: engine, format: format)
            FileHandle.standardOutput.write(Data(bytes))
            return 0
        } catch {
            FileHandle.standardError.write((try? JSONEncoder().encode(error)) ?? Data())
            return failureStatus
        }
    }

    private static func firstLine(_ bytes: [UInt8]) -> String {
        let line = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).first
        return line.map { ": \($0)" } ?? ""
    }
}
