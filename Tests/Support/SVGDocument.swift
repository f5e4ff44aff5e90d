import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG that Graphviz wrote, parsed as XML (which fails on anything not well-formed), with the
/// parts the tests look at. Shared by the render and the command-line tests.
public struct SVGDocument {
    public struct Empty: Error {}

    public let xml: XMLDocument

    /// - Throws: `Empty` for no bytes at all: FoundationXML on Linux crashes on empty data instead
    ///   of throwing (found under AddressSanitizer, when a failed render left nothing to parse).
    public init(_ bytes: some Sequence<UInt8>) throws {
        let data = Data(bytes)
        guard !data.isEmpty else { throw Empty() }
        xml = try XMLDocument(data: data)
    }

    private func strings(_ xpath: String) throws -> [String] {
        try xml.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }

    /// The `<title>` of each node group: the DOT node names.
    public func nodeTitles() throws -> [String] {
        try strings("//*[local-name()='g'][@class='node']/*[local-name()='title']")
    }

    /// The number of edge groups.
    public func edgeCount() throws -> Int {
        try xml.nodes(forXPath: "//*[local-name()='g'][@class='edge']").count
    }

    /// Every text drawn, in document order.
    public func texts() throws -> [String] {
        try strings("//*[local-name()='text']")
    }

    /// The tooltip (`xlink:title`) of the node titled `name`.
    public func tooltip(ofNode name: String) throws -> String? {
        try strings("//*[local-name()='g'][@class='node'][*[local-name()='title']='\(name)']//*[local-name()='a']/@*[local-name()='title']").first
    }

    /// The tooltip of every edge.
    public func edgeTooltips() throws -> [String] {
        try strings("//*[local-name()='g'][@class='edge']//*[local-name()='a']/@*[local-name()='title']")
    }

    /// Every link target (`xlink:href`), decoded.
    public func links() throws -> [String] {
        try strings("//*[local-name()='a']/@*[local-name()='href']")
    }
}

extension SVGDocument {
    /// How one node or edge is drawn: its title (the node name, or `from->to`), the colour of its
    /// first shape's outline and whether that outline is dashed.
    public struct Stroke: Equatable, Comparable, CustomStringConvertible {
        public var title: String
        public var color: String
        public var dashed: Bool

        public init(_ title: String, _ color: String, dashed: Bool = false) {
            self.title = title
            self.color = color
            self.dashed = dashed
        }

        public static func < (a: Stroke, b: Stroke) -> Bool {
            (a.title, a.color, a.dashed ? 1 : 0) < (b.title, b.color, b.dashed ? 1 : 0)
        }

        public var description: String { "\(title) \(color)\(dashed ? " dashed" : "")" }
    }

    /// The stroke of every group of `kind` (`node` or `edge`), sorted.
    public func strokes(of kind: String) throws -> [Stroke] {
        var strokes: [Stroke] = []
        for group in try xml.nodes(forXPath: "//*[local-name()='g'][@class='\(kind)']") {
            let title = try group.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
            let shapes = try group.nodes(forXPath: ".//*[local-name()='ellipse' or local-name()='polygon' or local-name()='path']")
            guard let shape = shapes.first else { continue }
            // By XPath: FoundationXML finds no attribute by name in a document with a default namespace.
            let color = try shape.nodes(forXPath: "@stroke").first?.stringValue ?? ""
            let dashed = try !shape.nodes(forXPath: "@stroke-dasharray").isEmpty
            strokes.append(Stroke(title, color, dashed: dashed))
        }
        return strokes.sorted()
    }
}
