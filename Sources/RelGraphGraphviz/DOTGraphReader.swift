import CGraphviz
import CGraphvizReader
import Foundation
import RelGraphCore

/// Reads DOT with Graphviz's own parser (cgraph, through `GraphvizParser`) and walks the graph it
/// builds into an `AttributedGraph`: every node, every edge (parallel ones included), every attribute
/// that carries data (`DOTAttributes`); the graph's `label` is its title when it has none.
///
/// Names and values are UTF-8, or Latin-1 when a graph says `charset=latin1`. Values are decoded
/// the way relgraph's DOT export encodes them: `\\` is one backslash; in a `label` (as Graphviz
/// draws it) `\N` is the node's name and `\n`, `\l`, `\r` are line breaks.
public enum DOTGraphReader {
    /// The graph in `text`, read from `file` (as diagnostics name it).
    /// - Throws: the syntax error, at the line Graphviz names and the column of the token it names.
    /// - Complexity: O(V + E · attributes).
    public static func read(_ text: [UInt8], file: String) throws(Diagnostic) -> AttributedGraph {
        let result: Result<AttributedGraph, GraphvizError> = Graphviz.serialized {
            GraphvizMessages.start()
            return GraphvizParser.withParsedGraph(text) { graph in
                _ = GraphvizMessages.take(or: "")
                return .success(walk(graph, file: file))
            }
        }
        switch result {
        case let .success(graph): return graph
        case let .failure(error): throw .error(error.message, at: location(of: error, in: text, file: file))
        }
    }

    /// Graphviz says "syntax error in line N near 'TOKEN'": the line is N, the column where TOKEN
    /// first stands on it; other messages (two graphs in one file) point at the file's start.
    static func location(of error: GraphvizError, in text: [UInt8], file: String) -> SourceLocation {
        let message = error.message
        guard let range = message.range(of: #"line (\d+)"#, options: .regularExpression),
              let line = Int(message[range].dropFirst(5)) else { return SourceLocation(file: file, line: 1, column: 1) }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var column = 1
        if let near = message.range(of: #"near '([^']*)'"#, options: .regularExpression), line <= lines.count {
            let token = message[near].dropFirst(6).dropLast()
            if let found = lines[line - 1].range(of: token) {
                column = lines[line - 1].unicodeScalars[..<found.lowerBound].count + 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    private static func walk(_ graph: UnsafeMutablePointer<Agraph_t>, file: String) -> AttributedGraph {
        let charset = "charset".withCString { agget(graph, UnsafeMutablePointer(mutating: $0)) }
            .map { String(cString: $0).lowercased() } ?? ""
        let latin1 = charset.hasPrefix("latin") || charset == "iso-8859-1"
        func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
            guard let pointer else { return "" }
            let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
            if !latin1, let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        }
        func symbols(_ kind: Int32) -> [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)] {
            var result: [(String, UnsafeMutablePointer<Agsym_t>)] = []
            var symbol = agnxtattr(graph, kind, nil)
            while let current = symbol {
                let name = text(current.pointee.name)
                if DOTAttributes.isData(name) { result.append((name, current)) }
                symbol = agnxtattr(graph, kind, current)
            }
            return result
        }
        func attributes(_ object: UnsafeMutableRawPointer, _ symbols: [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)],
                        nodeName: String?) -> [String: String] {
            var values: [String: String] = [:]
            for (name, symbol) in symbols {
                let raw = agxget(object, symbol)
                let value = text(raw)
                guard !value.isEmpty else { continue }
                if name == "label" {
                    // An HTML-like label is markup for the picture, not a name.
                    guard aghtmlstr(raw) == 0, let decoded = DOTAttributes.label(value, nodeName: nodeName) else { continue }
                    values[name] = decoded
                } else {
                    values[name] = DOTAttributes.unescape(value)
                }
            }
            return values
        }
        let nodeSymbols = symbols(AGNODE), edgeSymbols = symbols(AGEDGE)
        var graphAttributes = attributes(UnsafeMutableRawPointer(graph), symbols(AGRAPH), nodeName: nil)
        if graphAttributes["title"] == nil, let label = graphAttributes["label"] { graphAttributes["title"] = label }
        var document = AttributedGraph(file: file, name: text(agnameof(graph)), attributes: graphAttributes)
        var node = agfstnode(graph)
        while let current = node {
            let name = text(agnameof(current))
            document.nodes.append(.init(id: name, attributes: attributes(UnsafeMutableRawPointer(current),
                                                                         nodeSymbols, nodeName: name)))
            node = agnxtnode(graph, current)
        }
        // cgraph lists edges node by node; their creation order is the order the DOT states them.
        var edges: [(sequence: UInt, edge: AttributedGraph.Edge)] = []
        node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let e = edge {
                let key = agnameof(e).map { text($0) }
                edges.append((relgraph_sequence(e), .init(
                    source: text(agnameof(relgraph_tail(e))), target: text(agnameof(relgraph_head(e))),
                    key: key?.isEmpty == false ? key : nil,
                    attributes: attributes(UnsafeMutableRawPointer(e), edgeSymbols, nodeName: nil))))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, current)
        }
        document.edges = edges.sorted { $0.sequence < $1.sequence }.map(\.edge)
        return document
    }
}
