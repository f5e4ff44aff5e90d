import RelGraphCore

/// Draws entities and relations of one network the same way in every view: shape and colour by
/// kind, line by relation type and status, tooltips with names in every language, dates and
/// citations, and a link to the cited article. A view's `extra` attributes replace the painter's
/// own of the same name (a diff recolours lines) and are added after them otherwise.
struct EntityPainter {
    let network: Network

    /// Writes `node` as a DOT node named by its entity id.
    /// `note` is a last line of the tooltip.
    func node(_ node: Graph.Node, into writer: inout DOTWriter, label: String? = nil,
              extra: [DOTAttribute] = [], note: String? = nil) {
        let entity = network.entity(node)
        var attributes = [DOTAttribute("label", label ?? ViewText.label(of: entity))]
        attributes += KindStyle.of(entity.kind).attributes
        attributes.append(DOTAttribute("tooltip", ViewText.tooltip(of: entity) + (note.map { "\n" + $0 } ?? "")))
        if let url = ViewText.url(of: entity.citations, in: network.dataset) {
            attributes.append(DOTAttribute("URL", DOT.url(url)))
        }
        writer.node(entity.id, Self.merged(attributes, extra))
    }

    /// Writes `edge` from its relation's `from` to its `to`; `reversed` draws it from `to` to `from`
    /// with the arrowhead still at `to` (an org chart puts the whole above its parts).
    func edge(_ edge: Graph.Edge, into writer: inout DOTWriter, label: String? = nil, reversed: Bool = false,
              extra: [DOTAttribute] = [], note: String? = nil) {
        let relation = network.relation(edge)
        var attributes: [DOTAttribute] = []
        if let label { attributes.append(DOTAttribute("label", label)) }
        attributes += RelationStyle(type: relation.type, status: relation.status).attributes
        if reversed, !relation.type.isSymmetric { attributes.append(DOTAttribute("dir", "back")) }
        let tooltip = ViewText.tooltip(of: edge, in: network) + (note.map { "\n" + $0 } ?? "")
        attributes.append(DOTAttribute("tooltip", tooltip))
        if label != nil { attributes.append(DOTAttribute("labeltooltip", tooltip)) }
        if let url = ViewText.url(of: relation.citations, in: network.dataset) {
            attributes.append(DOTAttribute("URL", DOT.url(url)))
        }
        let from = network.entity(network.graph.edgeSource[Int(edge)]).id
        let to = network.entity(network.graph.edgeTarget[Int(edge)]).id
        if reversed {
            writer.edge(to, from, Self.merged(attributes, extra))
        } else {
            writer.edge(from, to, Self.merged(attributes, extra))
        }
    }

    /// `own` with each attribute of `extra` in place of the one of the same name, or after them.
    static func merged(_ own: [DOTAttribute], _ extra: [DOTAttribute]) -> [DOTAttribute] {
        var attributes = own
        for attribute in extra {
            if let i = attributes.firstIndex(where: { $0.name == attribute.name }) {
                attributes[i] = attribute
            } else {
                attributes.append(attribute)
            }
        }
        return attributes
    }
}
