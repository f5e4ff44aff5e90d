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
