import Foundation
import RelGraphCore
import RelGraphGraphviz

/// A view drawn as DOT text, with the engine that lays it out.
public struct Diagram: Sendable, Equatable {
    public var dot: String
    /// The engine the DOT was written for; `auto` for DOT from elsewhere, which Graphviz then lays
    /// out by its `layout` attribute, or with dot.
    public var engine: LayoutEngine
    public var nodeCount: Int
    public var edgeCount: Int
    /// The relations drawn, in the order the DOT text writes them (empty for DOT from elsewhere):
    /// what ties each line of a layout back to its relation (`ViewLayout`).
    public var edges: [Line]

    /// One relation as the DOT text writes it: from its `from` to its `to`, or `reversed`.
    public struct Line: Sendable, Equatable {
        public var edge: Graph.Edge
        public var reversed: Bool
        public init(_ edge: Graph.Edge, reversed: Bool = false) {
            self.edge = edge
            self.reversed = reversed
        }
    }

    public init(dot: String, engine: LayoutEngine, nodeCount: Int, edgeCount: Int, edges: [Line] = []) {
        self.dot = dot
        self.engine = engine
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.edges = edges
    }
}

/// What a diagram is written as: a picture laid out by Graphviz, Graphviz's JSON, or the view's DOT text.
public enum DiagramFormat: String, CaseIterable, Sendable, Codable {
    case svg, png, pdf, dot, json
}

extension Diagram {
    /// The diagram as the bytes of `format`: its own DOT text, or Graphviz's layout rendered in a
    /// fresh child process (`GraphvizProcess`), stopped after `timeout` seconds (0: no limit). Every
    /// layout gets its own process, with or without a limit: see `GraphvizProcess` for why.
    public func bytes(as format: DiagramFormat, timeout: Double) throws(GraphvizError) -> [UInt8] {
        if format == .dot { return Array(dot.utf8) }
        return try GraphvizProcess.render(dot: dot, engine: engine.rawValue, format: format.rawValue,
                                          timeout: timeout > 0 ? timeout : nil)
    }
}
