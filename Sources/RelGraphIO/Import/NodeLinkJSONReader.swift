import Foundation
import RelGraphCore

/// Reads networkx's node-link JSON (`node_link_data`, with `"edges"` or the older `"links"`): relgraph's
/// own export with its full records, or any networkx graph, whose extra node and edge attributes
/// become entity attributes and relation qualifiers (nested values as JSON text).
public enum NodeLinkJSONReader {
    public static func read(path: String) throws(InputError) -> LoadedDataset {
        try read(data: DataSource.contents(of: path), file: path)
    }

    public static func read(data: Data, file: String) throws(InputError) -> LoadedDataset {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            if let syntax = syntaxError(data, file: file) { throw .malformed(syntax) }
            throw .unreadable(path: file, reason: "not node-link JSON: \(JSONProblem.describe(error))")
        }
        var graph = AttributedGraph(file: file, attributes: document.graph?.mapValues(\.text) ?? [:])
        for node in document.nodes {
            var fields = node.mapValues(\.text)
            guard let id = fields.removeValue(forKey: "id") else {
                throw .unreadable(path: file, reason: "a node has no \"id\"")
            }
            graph.nodes.append(.init(id: id, attributes: fields))
        }
        for edge in document.edges {
            var fields = edge.mapValues(\.text)
            guard let source = fields.removeValue(forKey: "source"), let target = fields.removeValue(forKey: "target") else {
                throw .unreadable(path: file, reason: "an edge has no \"source\" or \"target\"")
            }
            // Our records repeat the ends as from/to; the edge's ends are the truth.
            fields["from"] = nil
            fields["to"] = nil
            let key = fields.removeValue(forKey: "key")
            graph.edges.append(.init(source: source, target: target, key: key, attributes: fields))
        }
        return graph.records()
    }

    /// JSONDecoder does not say where the syntax breaks; JSONSerialization gives the byte offset.
    static func syntaxError(_ data: Data, file: String) -> Diagnostic? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
            guard let range = message.range(of: #" around (line \d+, column \d+|character \d+)\.?"#,
                                            options: .regularExpression),
                  let offset = Int(message[range].filter(\.isNumber)), message[range].contains("character")
            else { return .error("not valid JSON: \(message)", at: SourceLocation(file: file, line: 1, column: 1)) }
            let before = data.prefix(offset)
            let line = before.filter { $0 == 0x0A }.count + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
            let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
            return .error("not valid JSON: \(message[..<range.lowerBound])", at: SourceLocation(file: file, line: line, column: column))
        }
    }

    struct Document: Decodable {
        var graph: [String: JSONValue]?
        var nodes: [[String: JSONValue]]
        var edges: [[String: JSONValue]]

        enum CodingKeys: String, CodingKey { case graph, nodes, edges, links }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            graph = try container.decodeIfPresent([String: JSONValue].self, forKey: .graph)
            nodes = try container.decode([[String: JSONValue]].self, forKey: .nodes)
            edges = try container.decodeIfPresent([[String: JSONValue]].self, forKey: .edges)
                ?? container.decode([[String: JSONValue]].self, forKey: .links)
        }
    }
}

/// Any JSON value, so that foreign attributes of any type can be kept as text.
indirect enum JSONValue: Codable, Sendable {
    case string(String), integer(Int), number(Double), bool(Bool), null
    case array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(value): try container.encode(value)
        case let .integer(value): try container.encode(value)
        case let .number(value): try container.encode(value)
        case let .bool(value): try container.encode(value)
        case .null: try container.encodeNil()
        case let .array(value): try container.encode(value)
        case let .object(value): try container.encode(value)
        }
    }

    /// Strings as they are, other scalars as JSON writes them, arrays and objects as compact JSON.
    var text: String {
        switch self {
        case let .string(value): return value
        case let .integer(value): return String(value)
        case let .number(value): return String(value)
        case let .bool(value): return value ? "true" : "false"
        case .null: return ""
        case .array, .object: return FlatRecord.json(self)
        }
    }
}
