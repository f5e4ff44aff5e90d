import RelGraphCore

/// How an entity of each kind is drawn: the same shape and colour in every view, so that a reader
/// who learnt the legend of one diagram can read the next.
public struct KindStyle: Sendable, Equatable {
    public var shape: String
    /// Graphviz `style`: "filled", "rounded,filled" …
    public var style: String
    public var fillColor: String
    /// How the legend names the look: "orange ellipse".
    public var look: String

    /// The style of `kind`; kinds the dataset format does not know (imported graphs) are plain ellipses.
    public static func of(_ kind: EntityKind) -> KindStyle {
        switch kind {
        case .person: return KindStyle(shape: "ellipse", style: "filled", fillColor: "#fde5cc", look: "orange ellipse")
        case .organization: return KindStyle(shape: "box", style: "filled", fillColor: "#d4e4f7", look: "blue box")
        case .post:
            return KindStyle(shape: "box", style: "rounded,filled", fillColor: "#dcefd6", look: "green rounded box")
        case .mechanism: return KindStyle(shape: "hexagon", style: "filled", fillColor: "#e8dcf2", look: "purple hexagon")
        case .event: return KindStyle(shape: "octagon", style: "filled", fillColor: "#fff2c2", look: "yellow octagon")
        case .document: return KindStyle(shape: "note", style: "filled", fillColor: "#ececec", look: "grey note")
        case .place: return KindStyle(shape: "house", style: "filled", fillColor: "#f7d6d6", look: "pink house")
        default: return KindStyle(shape: "ellipse", style: "filled", fillColor: "#ffffff", look: "white ellipse")
        }
    }

    var attributes: [DOTAttribute] {
        [DOTAttribute("shape", shape), DOTAttribute("style", style), DOTAttribute("fillcolor", fillColor)]
    }
}

/// How a relation is drawn: the colour says which family its type belongs to (organisation,
/// documents, events, places, symmetric ties), the line says its status — reported solid,
/// proposed dashed, planned dotted — and symmetric types have no arrowhead.
public struct RelationStyle: Sendable, Equatable {
    /// A group of relation types drawn in one colour.
    public enum Family: String, CaseIterable, Sendable {
        case organisation, documents, events, places, ties, other

        public var color: String {
            switch self {
            case .organisation: return "#1f4e8c"
            case .documents: return "#2e7d32"
            case .events: return "#b26a00"
            case .places: return "#7a7a7a"
            case .ties: return "#c62828"
            case .other: return "#000000"
            }
        }

        /// What the legend says: the colour's name and the types it stands for.
        public var title: String {
            switch self {
            case .organisation: return "blue: organisation (part_of, holds, post_in, heads, member_of)"
            case .documents: return "green: documents (party_to, signed, signed_at, implements, refers_to)"
            case .events: return "orange: events (participated_in, co_chairs, round_of, hosted, …)"
            case .places: return "grey: places (located_in, held_at)"
            case .ties: return "red, no arrow: ties (cooperates_with, counterpart_of, met_with)"
            case .other: return "black: other types"
            }
        }

        public static func of(_ type: RelationType) -> Family {
            switch type {
            case .partOf, .holds, .postIn, .heads, .memberOf: return .organisation
            case .partyTo, .signed, .signedAt, .implements, .refersTo: return .documents
            case .coChairs, .participatedIn, .hosted, .visited, .invitedTo, .roundOf, .commemorates, .follows:
                return .events
            case .locatedIn, .heldAt: return .places
            default: return type.isSymmetric ? .ties : .other
            }
        }
    }

    public var family: Family
    /// Graphviz `style` of the line.
    public var line: String
    public var isSymmetric: Bool

    public init(type: RelationType, status: RelationStatus) {
        family = Family.of(type)
        line = Self.line(for: status)
        isSymmetric = type.isSymmetric
    }

    /// The line of each status, as the legend shows it.
    public static func line(for status: RelationStatus) -> String {
        switch status {
        case .reported: return "solid"
        case .proposed: return "dashed"
        case .planned: return "dotted"
        }
    }

    var attributes: [DOTAttribute] {
        var list = [DOTAttribute("color", family.color), DOTAttribute("fontcolor", family.color)]
        if line != "solid" { list.append(DOTAttribute("style", line)) }
        if isSymmetric { list.append(DOTAttribute("dir", "none")) }
        return list
    }
}

extension DOTWriter {
    /// The font of every view. DejaVu Sans draws Vietnamese diacritics; without an installed font
    /// Graphviz draws empty boxes and still exits 0, so the package depends on fonts-dejavu-core.
    static let fontName = "DejaVu Sans"

    /// A view's graph: its font defaults, then `engine`'s attributes (`LayoutEngine.graphAttributes`).
    static func view(_ name: String, engine: LayoutEngine, nodes: Int,
                     dotAttributes: [DOTAttribute]) -> DOTWriter {
        var writer = DOTWriter(name: name)
        writer.defaults("graph", [DOTAttribute("fontname", fontName), DOTAttribute("fontsize", "12")])
        writer.defaults("node", [DOTAttribute("fontname", fontName), DOTAttribute("fontsize", "10")])
        writer.defaults("edge", [DOTAttribute("fontname", fontName), DOTAttribute("fontsize", "8")])
        for attribute in engine.graphAttributes(nodes: nodes, dotAttributes: dotAttributes) {
            writer.attribute(attribute)
        }
        return writer
    }
}
