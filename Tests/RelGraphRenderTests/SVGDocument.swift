import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG that Graphviz wrote, parsed as XML (which fails on anything not well-formed), with the
/// parts the tests look at. Shared by the render tests and, through a symbolic link
/// (RelGraphCLITests/RenderSVGDocumentTests.swift), the command-line tests.
struct SVGDocument {
    let xml: XMLDocument

    init(_ bytes: some Sequence<UInt8>) throws {
        xml = try XMLDocument(data: Data(bytes))
    }

    private func strings(_ xpath: String) throws -> [String] {
        try xml.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }

    /// The `<title>` of each node group: the DOT node names.
    func nodeTitles() throws -> [String] {
        try strings("//*[local-name()='g'][@class='node']/*[local-name()='title']")
    }

    /// The number of edge groups.
    func edgeCount() throws -> Int {
        try xml.nodes(forXPath: "//*[local-name()='g'][@class='edge']").count
    }

    /// Every text drawn, in document order.
    func texts() throws -> [String] {
        try strings("//*[local-name()='text']")
    }

    /// The tooltip (`xlink:title`) of the node titled `name`.
    func tooltip(ofNode name: String) throws -> String? {
        try strings("//*[local-name()='g'][@class='node'][*[local-name()='title']='\(name)']//*[local-name()='a']/@*[local-name()='title']").first
    }

    /// The tooltip of every edge.
    func edgeTooltips() throws -> [String] {
        try strings("//*[local-name()='g'][@class='edge']//*[local-name()='a']/@*[local-name()='title']")
    }

    /// Every link target (`xlink:href`), decoded.
    func links() throws -> [String] {
        try strings("//*[local-name()='a']/@*[local-name()='href']")
    }
}
