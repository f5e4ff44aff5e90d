import Foundation
import RelGraphRender

/// Turns a diagram into the bytes of a format: its own DOT text, or Graphviz's layout rendered in
/// a child relgraph process bounded by the timeout (see `GraphvizProcess` for why a child).
enum RenderOutput {
    static func bytes(of diagram: Diagram, format: DiagramFormat, timeout: Double) throws -> [UInt8] {
        if format == .dot { return Array(diagram.dot.utf8) }
        let engine = diagram.engine.rawValue
        guard timeout > 0 else {
            return try Graphviz.render(dot: diagram.dot, engine: engine, format: format.rawValue)
        }
        return try GraphvizProcess.render(dot: diagram.dot, engine: engine, format: format.rawValue,
                                          timeout: timeout, command: layoutCommand)
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
