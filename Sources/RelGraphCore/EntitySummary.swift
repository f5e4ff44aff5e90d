/// An entity as results name it: id, kind and display name (the JSON shape of every reference).
public struct EntitySummary: Hashable, Sendable, Codable {
    public var id: String
    public var kind: EntityKind
    public var name: String

    public init(_ entity: Entity) {
        id = entity.id
        kind = entity.kind
        name = entity.displayName
    }

    /// `Name [id]`
    public var label: String { "\(name) [\(id)]" }
}

extension Network {
    public func summary(_ node: Graph.Node) -> EntitySummary { EntitySummary(entity(node)) }
}
