import CGraphviz
import Foundation

/// A failure inside Graphviz, carrying Graphviz's own message.
public enum GraphvizError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// The DOT text did not parse.
    case syntax(message: String)
    /// The layout engine failed or is unknown.
    case layout(engine: String, message: String)
    /// The renderer failed or the format is unknown.
    case render(format: String, message: String)

    public var description: String {
        switch self {
        case let .syntax(message): return "Graphviz could not read the DOT: \(message)"
        case let .layout(engine, message): return "Graphviz layout '\(engine)' failed: \(message)"
        case let .render(format, message): return "Graphviz could not render '\(format)': \(message)"
        }
    }
}

extension GraphvizError {
    /// A layout stopped at its time limit (see `GraphvizProcess`).
    public static func timedOut(engine: String, seconds: Double) -> GraphvizError {
        let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return .layout(engine: engine, message: "it took longer than \(limit) s and was stopped "
                       + "(try --engine sfdp, a smaller view, or a longer --timeout)")
    }

    /// The child process that ran the layout could not start, crashed, or answered nonsense.
    public static func process(engine: String, _ problem: String) -> GraphvizError {
        .layout(engine: engine, message: "the layout process \(problem)")
    }
}

/// The only door into Graphviz. Graphviz keeps global state and is not thread-safe, even with
/// separate contexts, so every call goes through `serialized`, one at a time, process-wide.
public enum Graphviz {
    private static let lock = NSLock()

    /// Runs `body` while no other thread is inside Graphviz.
    public static func serialized<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Lays out `dot` with `engine` (dot, neato, fdp, sfdp, circo, twopi; `auto` for the graph's own
    /// `layout` attribute, or dot) and renders it as `format` (svg, png, pdf, dot, json …), in-process.
    /// The same DOT gives the same bytes every time, in one process or many (object ids follow the
    /// order of names: see `relgraph_read_graph` in shim.h). `GraphvizProcess` runs it in a child
    /// process to bound its time.
    public static func render(dot: String, engine: String, format: String) throws(GraphvizError) -> [UInt8] {
        let result: Result<[UInt8], GraphvizError> = serialized {
            GraphvizMessages.start()
            let context = GraphvizContext.shared()
            var dot = dot
            let parsed = dot.withUTF8 { GraphvizParser.parse(UnsafeRawBufferPointer($0)) }
            let graph: UnsafeMutablePointer<Agraph_t>
            switch parsed {
            case let .success(parsedGraph): graph = parsedGraph
            case let .failure(error): return .failure(error)
            }
            defer { agclose(graph) }
            let engine = engine == "auto" ? ownLayout(of: graph) ?? "dot" : engine
            guard gvLayout(context.handle, graph, engine) == 0 else {
                GraphvizContext.discard()
                return .failure(.layout(engine: engine, message: GraphvizMessages.take(or: "unknown engine or layout error")))
            }
            defer { gvFreeLayout(context.handle, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context.handle, graph, format, &data, &length) == 0, let data else {
                GraphvizContext.discard()
                return .failure(.render(format: format, message: GraphvizMessages.take(or: "unknown format or render error")))
            }
            defer { gvFreeRenderData(data) }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return .success(bytes)
        }
        return try result.get()
    }
}

extension Graphviz {
    /// The graph's `layout` attribute, when it has one.
    fileprivate static func ownLayout(of graph: UnsafeMutablePointer<Agraph_t>) -> String? {
        let value = "layout".withCString { name in agget(graph, UnsafeMutablePointer(mutating: name)) }
        return value.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// One `GVC_t`. Graphviz's state after a failed layout or render is unreliable, so the shared
/// context is retired then and the next call builds a fresh one. Retired contexts are never freed:
/// the pango plugin keeps a pointer to the last font name it measured text in, which lives in the
/// context's font dictionary, and compares the next name with it. Freeing the context left that
/// pointer dangling (a use after free under AddressSanitizer, in GraphvizSmokeTests'
/// `unknownEngineAndFormatFailThenRenderingStillWorks`); a context costs a few kilobytes.
final class GraphvizContext {
    let handle: OpaquePointer

    private init() {
        handle = gvContext()
    }

    // Only touched inside `Graphviz.serialized`.
    nonisolated(unsafe) private static var current: GraphvizContext?
    nonisolated(unsafe) private static var retired: [GraphvizContext] = []

    static func shared() -> GraphvizContext {
        if let current { return current }
        let fresh = GraphvizContext()
        current = fresh
        return fresh
    }

    static func discard() {
        if let current { retired.append(current) }
        current = nil
    }
}

/// Collects the messages Graphviz reports through `agseterrf` instead of printing them on stderr.
enum GraphvizMessages {
    // Only touched inside `Graphviz.serialized`.
    nonisolated(unsafe) private static var buffer = ""

    static func start() {
        buffer = ""
        agseterr(AGWARN)
        agseterrf { message in
            if let message { GraphvizMessages.buffer += String(cString: message) }
            return 0
        }
    }

    /// The collected messages on one line, or `fallback` when Graphviz said nothing.
    static func take(or fallback: String) -> String {
        let text = lines(where: { _ in true })
        return text.isEmpty ? fallback : text
    }

    /// The collected errors on one line, or nil when there were none; warnings are dropped.
    static func takeErrors() -> String? {
        let text = lines(where: { $0.hasPrefix("Error") })
        return text.isEmpty ? nil : text
    }

    /// The lines that `keep` accepts, without their "Error: " or "Warning: " prefix, joined by "; ";
    /// the buffer is emptied.
    private static func lines(where keep: (String) -> Bool) -> String {
        let text = buffer.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && keep($0) }
            .map { line -> String in
                var line = line
                for prefix in ["Error: ", "Warning: "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
                return line
            }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        buffer = ""
        return text
    }
}
