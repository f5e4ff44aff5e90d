import CGraphviz
import CGraphvizReader

/// cgraph's DOT parser is one flex lexer with global state, made to read the graphs of a stream one
/// `agread` after another. Through `agmemread` it carried what it had read past one graph into the
/// next text: its line count, and on the same line whole further graphs (reading "graph C {c}" after
/// "graph A {a} graph B {b}" returned B), while further graphs on later lines were dropped without a
/// word. So every text is read here to its end, through one reader, with the line count restarted.
///
/// Every `Agraph_t` relgraph makes is made here and closed here: `withParsedGraph` lends it to its
/// body and closes it when the body returns, so no handle outlives the lock it was made under.
enum GraphvizParser {
    /// Parses `text` as one graph and runs `body` on it. A second graph, or anything after the first
    /// that does not parse, is refused: a file is one graph to relgraph. Call only inside
    /// `Graphviz.serialized`, after `GraphvizMessages.start()`.
    static func withParsedGraph<T>(_ text: [UInt8],
                                   _ body: (UnsafeMutablePointer<Agraph_t>) -> Result<T, GraphvizError>)
    -> Result<T, GraphvizError> {
        text.withUnsafeBytes { bytes in
            switch parse(bytes) {
            case let .failure(error): return .failure(error)
            case let .success(graph):
                defer { agclose(graph) }
                return body(graph)
            }
        }
    }

    private static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<UnsafeMutablePointer<Agraph_t>, GraphvizError> {
        var text = relgraph_text(bytes: bytes.baseAddress?.assumingMemoryBound(to: CChar.self), length: bytes.count, cursor: 0)
        relgraph_lexer_reset()
        agreadline(1)
        guard let graph = relgraph_read_graph(&text) else {
            return .failure(.syntax(message: GraphvizMessages.take(or: "syntax error")))
        }
        // Warnings about the graph itself (a badly delimited number, say) do not refuse it.
        _ = GraphvizMessages.take(or: "")
        var further: [String] = []
        while let next = relgraph_read_graph(&text) {
            // cgraph names anonymous graphs "%N".
            if let name = agnameof(next).map({ String(cString: $0) }), !name.hasPrefix("%") { further.append(name) }
            else { further.append("") }
            agclose(next)
        }
        let trailing = GraphvizMessages.takeErrors()
        guard further.isEmpty, trailing == nil else {
            agclose(graph)
            guard let second = further.first else { return .failure(.syntax(message: trailing ?? "syntax error")) }
            let named = second.isEmpty ? "" : " (the second is '\(second)')"
            return .failure(.syntax(message: "the DOT holds \(further.count + 1) graphs\(named); relgraph reads one graph per file"))
        }
        return .success(graph)
    }
}
