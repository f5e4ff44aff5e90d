import Foundation
import RelGraphRender

/// Turns a diagram into the bytes of a format: its own DOT text, or Graphviz's layout rendered in
/// a fresh child relgraph process, stopped after `timeout` seconds (0: no limit). Every layout
/// gets its own process, with or without a limit: see `GraphvizProcess` for why.
enum RenderOutput {
    static func bytes(of diagram: Diagram, format: DiagramFormat, timeout: Double) throws -> [UInt8] {
        if format == .dot { return Array(diagram.dot.utf8) }
        return try GraphvizProcess.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: format.rawValue,
                                          timeout: timeout > 0 ? timeout : nil, command: layoutCommand)
    }

    /// This very program, started again as `relgraph render --layout-process` (a hidden flag).
    /// `/proc/self/exe` names the running binary even when it was started through PATH or a
    /// relative path, or replaced on disk since.
    static let layoutCommand: GraphvizProcess.Command = {
        let executable = FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        return GraphvizProcess.Command(executable: executable) { engine, format, seconds in
            ["render", "--layout-process", "--engine", engine, "--format", format, "--timeout", String(seconds)]
        }
    }()
}
