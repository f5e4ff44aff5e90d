import Foundation
@testable import RelGraphGraphviz
import Testing

/// The child-process mechanism behind `--timeout`: input and output both ways without blocking,
/// exit statuses and signals reported, and a child past its deadline killed and reaped.
@Suite struct BoundedProcessTests {
    /// Whether a process with this id still exists, zombies included: only reaping removes a
    /// zombie, and only its parent (this test process) can reap it.
    static func exists(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    @Test func passesAMegabyteThroughBothWays() throws {
        let input = [UInt8]((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let outcome = try BoundedProcess.run(executable: "/bin/cat", arguments: [], input: input, timeout: 30)
        #expect(outcome == .exited(status: 0, stdout: input, stderr: []))
    }

    @Test func reportsExitStatusAndStandardError() throws {
        let outcome = try BoundedProcess.run(executable: "/bin/sh", arguments: ["-c", "echo oops >&2; exit 3"],
                                             input: [], timeout: 30)
        #expect(outcome == .exited(status: 3, stdout: [], stderr: Array("oops\n".utf8)))
    }

    @Test func reportsASignal() throws {
        let outcome = try BoundedProcess.run(executable: "/bin/sh", arguments: ["-c", "kill -SEGV $$"],
                                             input: [], timeout: 30)
        #expect(outcome == .signaled(signal: SIGSEGV, stderr: []))
    }

    @Test func killsAndReapsAChildPastItsDeadline() throws {
        var child: Int32 = 0
        let start = ContinuousClock.now
        let outcome = try BoundedProcess.run(executable: "/bin/sleep", arguments: ["30"], input: [], timeout: 0.5) {
            child = $0
        }
        let elapsed = ContinuousClock.now - start
        #expect(outcome == .timedOut)
        #expect(elapsed >= .milliseconds(500))
        #expect(elapsed < .seconds(5))
        #expect(child > 0)
        #expect(!Self.exists(child), "the child \(child) is still there: not killed, or a zombie never reaped")
    }

    /// A child that stops reading its input early makes writing fail with EPIPE, not SIGPIPE.
    @Test func survivesAChildThatIgnoresItsInput() throws {
        let input = [UInt8](repeating: 65, count: 4 << 20)
        let outcome = try BoundedProcess.run(executable: "/bin/sh", arguments: ["-c", "exit 0"], input: input, timeout: 30)
        #expect(outcome == .exited(status: 0, stdout: [], stderr: []))
    }

    @Test func aMissingProgramIsASpawnError() {
        #expect(throws: BoundedProcess.SpawnError.self) {
            try BoundedProcess.run(executable: "/nonexistent/relgraph", arguments: [], input: [], timeout: 1)
        }
    }

    /// The parent side of the Graphviz child protocol, with a shell script standing in for relgraph.
    @Test func graphvizProcessDecodesTheChildsAnswer() throws {
        func command(_ script: String) -> GraphvizProcess.Command {
            GraphvizProcess.Command(executable: "/bin/sh") { engine, format, seconds in
                ["-c", script, "child", engine, format, String(seconds)]
            }
        }
        let echo = command(#"cat; printf ' %s %s %s' "$1" "$2" "$3""#)
        #expect(try GraphvizProcess.render(dot: "graph", engine: "dot", format: "svg", timeout: 10, command: echo)
                == Array("graph dot svg 10.0".utf8))
        let failing = command(#"cat >/dev/null; printf '{"syntax":{"message":"syntax error in line 1"}}' >&2; exit 70"#)
        #expect(throws: GraphvizError.syntax(message: "syntax error in line 1")) {
            try GraphvizProcess.render(dot: "x", engine: "dot", format: "svg", timeout: 10, command: failing)
        }
        #expect(throws: GraphvizError.layout(engine: "dot", message: "the layout process exited with status 2: boom")) {
            try GraphvizProcess.render(dot: "x", engine: "dot", format: "svg", timeout: 10,
                                       command: command("echo boom >&2; exit 2"))
        }
        #expect(throws: GraphvizError.timedOut(engine: "dot", seconds: 0.5)) {
            try GraphvizProcess.render(dot: "x", engine: "dot", format: "svg", timeout: 0.5, command: command("exec sleep 30"))
        }
    }
}
