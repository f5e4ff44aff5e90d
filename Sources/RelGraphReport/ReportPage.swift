import Foundation

/// The viewer's one HTML page: the template with its style, script and data written inline, so a
/// report is one file that opens from disk with no network (and `relgraph serve` sends the same
/// page with a data block that names its API instead).
public enum ReportPage {
    /// The script, in load order: the model (the CLI's rules), the drawing and its input, the page,
    /// its path finder and date, the server mode, start-up.
    static let scripts = [PackageResources.model_js, PackageResources.draw_js, PackageResources.input_js,
                          PackageResources.xdot_js, PackageResources.ui_js, PackageResources.pathfinder_js,
                          PackageResources.dates_js, PackageResources.serve_js, PackageResources.main_js]

    /// The page with `data` (any Encodable; `ReportData` for a report) as its inline JSON.
    /// - Complexity: O(size of the data).
    public static func html(data: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = scriptSafe(try encoder.encode(data))
        let template = String(decoding: PackageResources.page_html, as: UTF8.self)
        let script = scripts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        var page = template
        page = page.replacingOccurrences(of: "/*relgraph:style*/", with: String(decoding: PackageResources.viewer_css, as: UTF8.self))
        page = page.replacingOccurrences(of: "/*relgraph:script*/", with: script)
        // The data last, so nothing in it is ever read as a placeholder.
        guard let slot = page.range(of: "/*relgraph:data*/") else { return Array(page.utf8) }
        return Array(page[..<slot.lowerBound].utf8) + json + Array(page[slot.upperBound...].utf8)
    }

    /// JSON that cannot end the `<script>` element it sits in or open a comment there: `<`, `>` and
    /// `&` as `\u003c`, `\u003e`, `\u0026` (they only occur inside strings), and U+2028/U+2029
    /// escaped for older parsers. `JSON.parse` reads them back as the same characters.
    static func scriptSafe(_ json: Data) -> [UInt8] {
        let bytes = [UInt8](json)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "<"): out += Array(#"\u003c"#.utf8)
            case UInt8(ascii: ">"): out += Array(#"\u003e"#.utf8)
            case UInt8(ascii: "&"): out += Array(#"\u0026"#.utf8)
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out += Array((bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
        return out
    }
}
