import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RelGraphCore

/// Reads GraphML (relgraph's own export, networkx's, igraph's, yEd's, Gephi's) with Foundation's
/// `XMLParser`: `<key>`s map key ids to attribute names and defaults, `<data>` of the graph, its nodes
/// and its edges become `FlatRecord` fields. Nodes of nested graphs (yEd groups) count as nodes;
/// yEd's drawing data (`yfiles.type` keys) is skipped.
public enum GraphMLReader {
    public static func read(path: String) throws(InputError) -> LoadedDataset {
        try read(data: DataSource.contents(of: path), file: path)
    }

    public static func read(data: Data, file: String) throws(InputError) -> LoadedDataset {
        // Foundation's XMLParser on Linux crashes on a tag or attribute name that is not valid UTF-8
        // (found by FuzzTests), so such input is refused before it gets there. GraphML is UTF-8.
        let bytes = [UInt8](data)
        if String(validating: bytes, as: UTF8.self) == nil {
            throw .malformed(.error("the file is not valid UTF-8 text",
                                    at: TextInput.firstInvalidUTF8(bytes[...], file: file)))
        }
        let parser = XMLParser(data: data)
        let collector = GraphMLCollector(file: file)
        parser.delegate = collector
        parser.shouldProcessNamespaces = true
        // On Linux, parse() may return true after an error: the delegate's report is what counts.
        if !parser.parse() || collector.failure != nil || parser.parserError != nil {
            throw .malformed(collector.failure ?? .error(XMLProblem.describe(parser.parserError),
                                                         at: SourceLocation(file: file, line: parser.lineNumber,
                                                                            column: parser.columnNumber)))
        }
        return collector.graph.records()
    }
}

/// An XML parse error in one line, from libxml2's error code.
enum XMLProblem {
    private static let messages: [Int: String] = [
        4: "the document is empty", 5: "the document ends too early, or has content after its end",
        9: "a character that XML does not allow", 23: "'&' starts no entity (write &amp;)",
        26: "an undeclared entity", 38: "an attribute has no value", 39: "an attribute value is not quoted",
        41: "an attribute is not closed", 68: "a name was expected", 73: "'>' was expected",
        76: "an end tag does not match its start tag", 77: "a tag is not finished",
    ]

    static func describe(_ error: (any Error)?) -> String {
        guard let code = (error as NSError?)?.code else { return "not well-formed XML" }
        return "not well-formed XML: \(messages[code] ?? "libxml2 error \(code)")"
    }
}

/// The `XMLParserDelegate` that collects a GraphML document into an `AttributedGraph`.
final class GraphMLCollector: NSObject, XMLParserDelegate {
    private struct Key { var name: String; var domain: String; var defaultValue: String? }

    private(set) var graph: AttributedGraph
    private(set) var failure: Diagnostic?
    private var keys: [String: Key] = [:]
    private var skippedKeys: Set<String> = []
    private var graphDepth = 0
    private var node: AttributedGraph.Node?
    private var edge: AttributedGraph.Edge?
    /// The key and text of the `<data>` being read, and how deep inside it the parser is.
    private var data: (key: String, text: String, depth: Int)?
    private var defaultKey: String?

    init(file: String) { graph = AttributedGraph(file: file) }

    private func location(_ parser: XMLParser) -> SourceLocation {
        SourceLocation(file: graph.file, line: parser.lineNumber, column: parser.columnNumber)
    }

    private func fail(_ message: String, _ parser: XMLParser) {
        failure = .error(message, at: location(parser))
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if data != nil { data!.depth += 1; return }
        switch element {
        case "key":
            guard let id = attributes["id"] else { return fail("<key> has no id", parser) }
            if attributes["yfiles.type"] != nil { skippedKeys.insert(id); return }
            keys[id] = Key(name: attributes["attr.name"] ?? id, domain: attributes["for"] ?? "all")
            defaultKey = id
        case "default": data = (defaultKey ?? "", "", 0)
        case "graph": graphDepth += 1
        case "node":
            guard let id = attributes["id"] else { return fail("<node> has no id", parser) }
            // A node holding a nested graph (a yEd group) is complete when its first inner node starts.
            finishNode()
            node = AttributedGraph.Node(id: id, attributes: [:], location: location(parser))
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail("<edge> needs a source and a target", parser)
            }
            edge = AttributedGraph.Edge(source: source, target: target, key: attributes["id"], attributes: [:],
                                        location: location(parser))
        case "data":
            guard let key = attributes["key"] else { return fail("<data> has no key", parser) }
            data = (key, "", 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil { failure = .error(XMLProblem.describe(parseError), at: location(parser)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if data?.depth == 0 { data!.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if let current = data, current.depth > 0 { data!.depth -= 1; return }
        switch element {
        case "default":
            if let current = data, keys[current.key] != nil { keys[current.key]!.defaultValue = current.text }
            data = nil
        case "key": defaultKey = nil
        case "data":
            guard let current = data else { return }
            data = nil
            guard !skippedKeys.contains(current.key) else { return }
            guard let key = keys[current.key] else { return fail("<data> refers to undeclared key '\(current.key)'", parser) }
            if edge != nil { edge!.attributes[key.name] = current.text }
            else if node != nil { node!.attributes[key.name] = current.text }
            else if graphDepth == 1 { graph.attributes[key.name] = current.text }
        case "node": finishNode()
        case "edge":
            guard var finished = edge else { return }
            withDefaults(for: "edge", &finished.attributes)
            graph.edges.append(finished)
            edge = nil
        case "graph": graphDepth -= 1
        default: break
        }
    }

    private func finishNode() {
        guard var finished = node else { return }
        withDefaults(for: "node", &finished.attributes)
        graph.nodes.append(finished)
        node = nil
    }

    private func withDefaults(for domain: String, _ attributes: inout [String: String]) {
        for key in keys.values where (key.domain == domain || key.domain == "all") && attributes[key.name] == nil {
            if let value = key.defaultValue { attributes[key.name] = value }
        }
    }
}
