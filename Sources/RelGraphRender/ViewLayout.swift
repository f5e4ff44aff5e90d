import Foundation
import RelGraphCore

/// A view as Graphviz laid it out, tied back to the network: each entity's and each relation's
/// drawing operations (Graphviz's xdot: shapes, lines, text, colours), so a browser can draw the
/// same picture as the SVG and still know which entity or relation each shape is.
///
/// Read from Graphviz's own JSON output (`-Tjson`, rendered in the layout child like any other
/// format), with y flipped so that it grows downwards as on a screen. Lines are tied to relations
/// by their ends and order: Graphviz keeps the lines from one node to another in the order the DOT
/// text writes them (`Diagram.edges`), though it lists them node by node.
public struct ViewLayout: Sendable {
    /// One drawing operation in a compact form, written as a JSON array: `["c", colour]` pen,
    /// `["C", colour]` fill, `["S", style]`, `["F", size, face]`, `["E"|"e", cx, cy, rx, ry]`
    /// filled/outlined ellipse, `["P"|"p"|"L"|"B"|"b", x1, y1, x2, y2, …]` polygon, polyline and
    /// Bézier, `["T", x, y, align -1|0|1, width, text]`.
    public struct DrawOp: Sendable, Encodable, Equatable {
        public enum Item: Sendable, Equatable { case text(String), number(Double) }
        public var items: [Item]

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for item in items {
                switch item {
                case let .text(text): try container.encode(text)
                case let .number(number): try container.encode(number)
                }
            }
        }
    }

    public struct NodeDrawing: Sendable {
        public var node: Graph.Node
        public var ops: [DrawOp]
        /// The node's box: left, top, width, height.
        public var box: [Double]
    }

    public struct EdgeDrawing: Sendable {
        public var edge: Graph.Edge
        public var ops: [DrawOp]
    }

    public var width: Double
    public var height: Double
    /// What belongs to no entity or relation: cluster boxes and the legend, drawn first.
    public var background: [DrawOp]
    public var nodes: [NodeDrawing]
    public var edges: [EdgeDrawing]
}

extension Diagram {
    /// The diagram laid out by Graphviz in a child process (bounded by `timeout` seconds, 0: no
    /// limit), read back as a `ViewLayout` over `network`.
    /// - Complexity: the layout's, then O(size of Graphviz's JSON).
    public func layout(in network: Network, timeout: Double) throws -> ViewLayout {
        let bytes = try self.bytes(as: .json, timeout: timeout)
        guard let root = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw LayoutReadingError(message: "Graphviz's JSON is not an object")
        }
        return try ViewLayoutReader(root: root, diagram: self, network: network).read()
    }
}

/// Graphviz's JSON could not be read as a layout (a Graphviz version writing another shape).
public struct LayoutReadingError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "cannot read Graphviz's layout: \(message)" }
}

private struct ViewLayoutReader {
    let root: [String: Any]
    let diagram: Diagram
    let network: Network

    func read() throws -> ViewLayout {
        let box = (root["bb"] as? String ?? "0,0,0,0").split(separator: ",").compactMap { Double($0) }
        guard box.count == 4 else { throw LayoutReadingError(message: "no bounding box") }
        let height = box[3]
        var layout = ViewLayout(width: box[2], height: height, background: [], nodes: [], edges: [])
        let objects = root["objects"] as? [[String: Any]] ?? []
        var names: [Int: String] = [:]
        for object in objects {
            let ops = Self.ops(object, keys: ["_draw_", "_ldraw_"], height: height)
            // Subgraphs (clusters) list their members; they and the legend are scenery.
            if object["nodes"] != nil || object["edges"] != nil {
                layout.background += ops
                continue
            }
            guard let name = object["name"] as? String, let gvid = object["_gvid"] as? Int else { continue }
            names[gvid] = name
            if let node = network.graph.node(id: name) {
                layout.nodes.append(.init(node: node, ops: ops, box: Self.box(object, height: height)))
            } else {
                layout.background += ops
            }
        }
        // The relations written from each node to each other, in writing order.
        var written: [String: [Graph.Edge]] = [:]
        for line in diagram.edges {
            var ends = [network.graph.edgeSource[Int(line.edge)], network.graph.edgeTarget[Int(line.edge)]]
                .map { network.graph.nodeIDs[Int($0)] }
            if line.reversed { ends.reverse() }
            written[ends[0] + "\u{0}" + ends[1], default: []].append(line.edge)
        }
        var taken: [String: Int] = [:]
        for line in root["edges"] as? [[String: Any]] ?? [] {
            guard let tail = (line["tail"] as? Int).flatMap({ names[$0] }),
                  let head = (line["head"] as? Int).flatMap({ names[$0] }) else { continue }
            let key = tail + "\u{0}" + head, next = taken[key, default: 0]
            guard let edges = written[key], next < edges.count else { continue }
            taken[key] = next + 1
            let ops = Self.ops(line, keys: ["_draw_", "_hdraw_", "_tdraw_", "_ldraw_", "_hldraw_", "_tldraw_"],
                               height: height)
            layout.edges.append(.init(edge: edges[next], ops: ops))
        }
        return layout
    }

    /// A node's box from its centre (`pos`, points) and size (`width`, `height`, inches).
    static func box(_ object: [String: Any], height: Double) -> [Double] {
        let pos = (object["pos"] as? String ?? "0,0").split(separator: ",").compactMap { Double($0) }
        let w = Double(object["width"] as? String ?? "0") ?? 0, h = Double(object["height"] as? String ?? "0") ?? 0
        guard pos.count == 2 else { return [0, 0, 0, 0] }
        return [pos[0] - w * 36, height - pos[1] - h * 36, w * 72, h * 72].map(round1)
    }

    static func round1(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// The xdot operations under `keys`, compacted (see `ViewLayout.DrawOp`).
    static func ops(_ object: [String: Any], keys: [String], height: Double) -> [ViewLayout.DrawOp] {
        var result: [ViewLayout.DrawOp] = []
        for key in keys {
            for op in object[key] as? [[String: Any]] ?? [] {
                guard let code = op["op"] as? String else { continue }
                let items = self.items(of: op, code: code, height: height)
                if let items { result.append(ViewLayout.DrawOp(items: [.text(code)] + items)) }
            }
        }
        return result
    }

    private static func items(of op: [String: Any], code: String,
                              height: Double) -> [ViewLayout.DrawOp.Item]? {
        func point(_ value: Any?) -> [ViewLayout.DrawOp.Item] {
            guard let pair = value as? [Double], pair.count == 2 else { return [] }
            return [.number(round1(pair[0])), .number(round1(height - pair[1]))]
        }
        switch code {
        case "c", "C":
            return [.text(op["color"] as? String ?? "#000000")]
        case "S":
            return [.text(op["style"] as? String ?? "")]
        case "F":
            return [.number(op["size"] as? Double ?? 14), .text(op["face"] as? String ?? "")]
        case "E", "e":
            guard let rect = op["rect"] as? [Double], rect.count == 4 else { return nil }
            return point([rect[0], rect[1]]) + [.number(round1(rect[2])), .number(round1(rect[3]))]
        case "P", "p", "L", "B", "b":
            return (op["points"] as? [[Double]] ?? []).flatMap { point($0) }
        case "T":
            let align = op["align"] as? String ?? "c"
            return point(op["pt"]) + [.number(align == "l" ? -1 : align == "r" ? 1 : 0),
                                      .number(op["width"] as? Double ?? 0), .text(op["text"] as? String ?? "")]
        default:
            return nil
        }
    }
}
