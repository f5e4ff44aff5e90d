import RelGraphCore

/// DOT text: quoting and escaping of every value a view writes, and a writer that keeps statements
/// and their attributes in a fixed order so that the same view is the same bytes on every run.
///
/// What Graphviz 2.42 does with a quoted string, measured here, and what `quoted` does about it:
/// - `"` ends the string: written `\"`.
/// - A backslash starts an escape in labels (`\N` is the node name, `\n` a line break, `\l`
///   left-justify): a literal backslash is written `\\`. Tooltips go through that unescaping
///   twice (`\\N` in a tooltip shows the node's name): there a literal backslash is `\\\\`.
/// - Labels and tooltips decode HTML entities (`&lt;` shows as `<`), and the SVG writer passes an
///   `&` that begins an entity through unescaped while URLs keep every `&` raw, which makes the SVG
///   invalid XML: every `&` is written `&amp;`, which Graphviz decodes once, so the text reads exactly
///   as in the data in SVG, PNG and PDF alike.
/// - A line break in the data becomes `\n` (a centred line break in labels, a newline in tooltips).
/// A quoted string is never an HTML-like label, so `<b>` in a name is shown as typed.
public enum DOT {
    /// `text` as a quoted DOT string, escaped as above; `isTooltip` for the tooltip attributes.
    /// - Complexity: O(n) in the length of `text`.
    public static func quoted(_ text: String, isTooltip: Bool = false) -> String {
        "\"" + escaped(text, backslash: isTooltip ? #"\\\\"# : #"\\"#) + "\""
    }

    /// Lines as one quoted label, each left-justified (ended by `\l` rather than `\n`).
    public static func quotedLeftJustified(_ lines: [String]) -> String {
        "\"" + lines.map { escaped($0) + "\\l" }.joined() + "\""
    }

    /// The inside of a quoted string, escaped as `quoted` describes, with `backslash` for each backslash.
    static func escaped(_ text: String, backslash: String = #"\\"#) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += backslash
            case "&": result += "&amp;"
            case "\n" where previousWasCarriageReturn: continue
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": result += "\\n"
            case "\0": continue
            default:
                // XML 1.0 has no form feed, ESC …: Graphviz would copy them into an invalid SVG.
                result.unicodeScalars.append(ControlCharacters.picture(of: scalar) ?? scalar)
            }
        }
        return result
    }

    /// A node or graph name as a quoted DOT string. Names are not escape strings: Graphviz keeps
    /// `&` and backslashes as they are, except that `\"` is a quote and a backslash before a line
    /// break or the closing quote cannot be written at all; such a backslash becomes `⧵` (U+29F5),
    /// and line breaks become spaces. Validated datasets have slug ids, which pass unchanged.
    /// - Complexity: O(n).
    public static func id(_ name: String) -> String {
        var result = "\""
        let scalars = Array(name.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "\"": result += "\\\""
            case "\\":
                let next = i + 1 < scalars.count ? scalars[i + 1] : "\""
                result.unicodeScalars.append(next == "\"" || next == "\n" || next == "\r" ? "\u{29F5}" : scalar)
            case "\n", "\r", "\0": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A link target for the `URL` attribute. Graphviz copies URLs into the SVG `href` as they are,
    /// so a character that is not valid in a URL is percent-encoded here (`"`, `<`, `>`, `\\`,
    /// spaces, control characters); `quoted` then writes `&` as `&amp;`, which the SVG needs and
    /// XML readers turn back into `&`. Letters beyond ASCII are kept (an IRI).
    /// - Complexity: O(n).
    public static func url(_ address: String) -> String {
        var result = ""
        for scalar in address.unicodeScalars {
            if scalar.value > 0x7F || (scalar.value > 0x20 && scalar.value < 0x7F && !"\"<>\\^`{|}".unicodeScalars.contains(scalar)) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + String(UInt8(truncatingIfNeeded: scalar.value), radix: 16, uppercase: true)
                    .leftPadded(to: 2)
            }
        }
        return result
    }
}

/// One attribute of a node, an edge or a graph, its value already escaped and quoted. relgraph
/// writes no HTML-like labels: in Graphviz 2.42 a node with a multi-row HTML table makes fdp's
/// layout differ from run to run.
public struct DOTAttribute: Sendable, Equatable {
    public let name: String
    /// The value as it appears in the DOT text.
    public let dotValue: String

    /// `name="value"`, with `value` escaped by `DOT.quoted` (as a tooltip for `tooltip`,
    /// `labeltooltip` and the other `…tooltip` attributes).
    public init(_ name: String, _ value: String) {
        self.init(name: name, dotValue: DOT.quoted(value, isTooltip: name.hasSuffix("tooltip")))
    }

    private init(name: String, dotValue: String) {
        self.name = name
        self.dotValue = dotValue
    }

    /// A label of `lines`, each left-justified.
    public static func leftJustified(_ name: String, _ lines: [String]) -> DOTAttribute {
        DOTAttribute(name: name, dotValue: DOT.quotedLeftJustified(lines))
    }

    var text: String { "\(name)=\(dotValue)" }
}

/// Builds DOT text line by line. Statements come out in the order they are added and attributes
/// in the order given: the writer never iterates a dictionary, whose order changes between runs.
public struct DOTWriter: Sendable {
    public private(set) var text = ""
    private var depth = 0

    /// Starts `digraph "name" {`. The graph is always named: Graphviz numbers anonymous graphs with
    /// a process-wide counter (`%3`, `%5` …), which would change the SVG from one render to the next.
    public init(name: String, directed: Bool = true) {
        line("\(directed ? "digraph" : "graph") \(DOT.id(name)) {")
        depth = 1
    }

    /// `graph [..]`, `node [..]` or `edge [..]`: defaults for what follows.
    public mutating func defaults(_ target: String, _ attributes: [DOTAttribute]) {
        guard !attributes.isEmpty else { return }
        line("\(target) \(list(attributes))")
    }

    /// A graph attribute as its own statement: `rankdir="TB";`.
    public mutating func attribute(_ attribute: DOTAttribute) {
        line(attribute.text)
    }

    public mutating func node(_ id: String, _ attributes: [DOTAttribute]) {
        line(attributes.isEmpty ? DOT.id(id) : "\(DOT.id(id)) \(list(attributes))")
    }

    public mutating func edge(_ from: String, _ to: String, _ attributes: [DOTAttribute]) {
        let arrow = "\(DOT.id(from)) -> \(DOT.id(to))"
        line(attributes.isEmpty ? arrow : "\(arrow) \(list(attributes))")
    }

    /// A subgraph; its name starts with `cluster` for Graphviz to draw a box around it.
    public mutating func subgraph(_ name: String, _ attributes: [DOTAttribute] = [],
                                  _ body: (inout DOTWriter) -> Void) {
        line("subgraph \(DOT.id(name)) {")
        depth += 1
        for attribute in attributes { self.attribute(attribute) }
        body(&self)
        depth -= 1
        line("}")
    }

    /// The finished DOT text, closing the graph.
    public func finished() -> String {
        text + "}\n"
    }

    private mutating func line(_ statement: String) {
        text += String(repeating: "  ", count: depth) + statement + "\n"
    }

    private func list(_ attributes: [DOTAttribute]) -> String {
        "[" + attributes.map(\.text).joined(separator: ", ") + "]"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
