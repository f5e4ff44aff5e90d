/// Everything a dataset says: its sources, entities and relations, as records.
///
/// A `Dataset` is what loaders produce and exporters consume; analysis runs on the `Graph`
/// that `freeze()` builds from it, whose node i is `entities[i]` and edge j is `relations[j]`.
public struct Dataset: Sendable, Codable {
    public var title: String?
    public var description: String?
    public var sources: [Source]
    public var entities: [Entity]
    public var relations: [Relation]

    public init(title: String? = nil, description: String? = nil, sources: [Source] = [],
                entities: [Entity] = [], relations: [Relation] = []) {
        self.title = title
        self.description = description
        self.sources = sources
        self.entities = entities
        self.relations = relations
    }

    /// The source with that id.
    /// - Complexity: O(s) in the number of sources (datasets cite a handful).
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
}
