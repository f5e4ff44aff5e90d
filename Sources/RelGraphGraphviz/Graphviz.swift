import CGraphviz
import Foundation

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
    /// order of names: see Sources/CGraphvizReader/reader.c). `GraphvizProcess` runs it in a child
    /// process to bound its time.
    public static func render(dot: String, engine: String, format: String) throws(GraphvizError) -> [UInt8] {
        let result: Result<[UInt8], GraphvizError> = serialized {
            GraphvizMessages.start()
            let context = GraphvizContext.shared()
            return GraphvizParser.withParsedGraph(Array(dot.utf8)) { graph in
                layOut(graph, engine: engine, format: format, context: context)
            }
        }
        return try result.get()
    }

    /// Lays out `graph` and renders it; inside `serialized`.
    private static func layOut(_ graph: UnsafeMutablePointer<Agraph_t>, engine: String, format: String,
                               context: GraphvizContext) -> Result<[UInt8], GraphvizError> {
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
}

extension Graphviz {
    /// The graph's `layout` attribute, when it has one.
    fileprivate static func ownLayout(of graph: UnsafeMutablePointer<Agraph_t>) -> String? {
        let value = "layout".withCString { name in agget(graph, UnsafeMutablePointer(mutating: name)) }
        return value.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
