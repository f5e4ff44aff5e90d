import CGraphviz
import Foundation

/// Reads DOT with Graphviz's own parser (cgraph's `agmemread`), through `Graphviz.serialized`, and
/// walks the graph it builds: every node, every edge (parallel ones included), every attribute.
///
/// Names and values are UTF-8, or Latin-1 when a graph says `charset=latin1`. Values are decoded
/// the way relgraph's DOT export encodes them: `\\` is one backslash; in a `label` (as Graphviz
/// draws it) `\N` is the node's name and `\n`, `\l`, `\r` are line breaks.
public enum DOTReader {
    /// - Throws: `GraphvizError.syntax` with Graphviz's message when the text does not parse.
    /// - Complexity: O(V + E · attributes).
    public static func read(_ text: [UInt8]) throws(GraphvizError) -> DOTDocument {
        let result: Result<DOTDocument, GraphvizError> = Graphviz.serialized {
            GraphvizMessages.start()
            let parsed = text.withUnsafeBytes { GraphvizParser.parse($0) }
            let graph: UnsafeMutablePointer<Agraph_t>
            switch parsed {
            case let .success(parsedGraph): graph = parsedGraph
            case let .failure(error): return .failure(error)
            }
            defer { agclose(graph) }
            _ = GraphvizMessages.take(or: "")
            return .success(walk(graph))
        }
        return try result.get()
    }

    private static func walk(_ graph: UnsafeMutablePointer<Agraph_t>) -> DOTDocument {
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
        var document = DOTDocument(name: text(agnameof(graph)), isDirected: agisdirected(graph) != 0,
                                   attributes: attributes(UnsafeMutableRawPointer(graph), symbols(AGRAPH), nodeName: nil),
                                   nodes: [], edges: [])
        var node = agfstnode(graph)
        while let current = node {
            let name = text(agnameof(current))
            document.nodes.append(.init(name: name, attributes: attributes(UnsafeMutableRawPointer(current),
                                                                           nodeSymbols, nodeName: name)))
            node = agnxtnode(graph, current)
        }
        // cgraph lists edges node by node; their creation order is the order the DOT states them.
        var edges: [(sequence: UInt, edge: DOTDocument.Edge)] = []
        node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let e = edge {
                let key = agnameof(e).map { text($0) }
                edges.append((relgraph_sequence(e), .init(
                    tail: text(agnameof(relgraph_tail(e))), head: text(agnameof(relgraph_head(e))),
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
