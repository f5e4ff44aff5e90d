import Foundation

/// A frozen graph together with the records behind it: what every command works on.
///
/// Algorithms take `graph` alone; explanations (names, dates, citations) come back through
/// `entity(_:)` and `relation(_:)`. A network read from a dataset keeps its full records; one read
/// from a large bare edge list (millions of relations) keeps only ids, kinds, types and one display
/// name per node, and makes the records of the nodes and edges a command asks about on demand.
/// The name index is built on first use, so commands that only take ids never pay for it.
public struct Network: Sendable {
    public let graph: Graph
    private let store: RecordStore

    /// - Complexity: O(V + E).
    public init(_ dataset: Dataset) {
        let (graph, relationOfEdge) = dataset.freeze()
        self.graph = graph
        store = RecordStore(.records(dataset, relationOfEdge: relationOfEdge))
    }

    /// A network without records beyond one display name per node (`displayNames[node]`).
    /// - Complexity: O(1).
    public init(graph: Graph, displayNames: StringColumn) {
        precondition(displayNames.count == graph.nodeCount, "one display name per node")
        self.graph = graph
        store = RecordStore(.columns(displayNames: displayNames))
    }

    /// Whether sources, citations and all names are at hand (false for bare edge lists).
    public var hasRecords: Bool {
        if case .records = store.backing { return true }
        return false
    }

    /// One display name per node (empty when an entity has no name), as a snapshot stores them:
    /// the column itself for a bare edge list, made from the entities otherwise.
    /// - Complexity: O(1) for a bare edge list, O(V) otherwise.
    public var displayNames: StringColumn {
        switch store.backing {
        case .records: return StringColumn((0..<graph.nodeCount).map { entity(Graph.Node($0)).names.first?.text ?? "" })
        case let .columns(displayNames): return displayNames
        }
    }

    /// The records. For a bare edge list they are made (once, at O(V + E) cost) from the columns.
    public var dataset: Dataset { store.dataset(of: graph) }

    /// Every name of every entity, folded for lookup; built on first use.
    public var names: NameIndex { store.names(of: graph) }

    /// The dataset's conflicts (`Conflicts.find`), found on first use and kept: the bundled
    /// network's opening thread finds them while the arguments are still being parsed.
    public var conflicts: [Conflict] { store.conflicts(of: self) }

    public func entity(_ node: Graph.Node) -> Entity {
        switch store.backing {
        case let .records(dataset, _): return dataset.entities[Int(node)]
        case let .columns(displayNames): return RecordStore.entity(node, of: graph, name: displayNames[Int(node)])
        }
    }

    public func relation(_ edge: Graph.Edge) -> Relation {
        switch store.backing {
        case let .records(dataset, relationOfEdge): return dataset.relations[Int(relationOfEdge[Int(edge)])]
        case .columns: return RecordStore.relation(edge, of: graph)
        }
    }

    /// The entity with that id.
    /// - Complexity: O(1) on average.
    public func entity(id: String) -> Entity? { graph.node(id: id).map(entity) }

    /// Finds one entity by id or name (see `NameIndex.resolve`), or throws `LookupError`. The id of
    /// an entity merged into another by a judgement (`JudgementMerge`) finds the one it was merged into.
    public func resolve(_ query: String) throws(LookupError) -> Graph.Node {
        if let node = graph.node(id: query) { return node }
        if let node = mergedInto(query) { return node }
        return try names.resolve(query, ids: graph.nodeIDs)
    }

    /// The entity whose `merged_from` lists `id`.
    /// - Complexity: O(V), on a lookup that missed every id.
    func mergedInto(_ id: String) -> Graph.Node? {
        guard hasRecords else { return nil }
        let index = dataset.entities.firstIndex { entity in
            let merged = entity.attributes["merged_from"]?.split(separator: ",") ?? []
            return merged.contains { $0.trimmingCharacters(in: .whitespaces) == id }
        }
        return index.map { Graph.Node($0) }
    }

    /// Entities matching `query`: the entity whose id it is first, then `NameIndex.search`'s ranking.
    public func search(_ query: String, limit: Int = .max) -> [NameMatch] {
        var matches = names.search(query, ids: graph.nodeIDs, limit: limit)
        if let node = graph.node(id: query) {
            matches.removeAll { $0.node == node }
            matches.insert(NameMatch(node: node, entityID: query, name: query, quality: .id, extraWords: 0), at: 0)
        }
        return Array(matches.prefix(limit))
    }
}

/// What stands behind a network's graph, and the caches built from it on first use.
private final class RecordStore: @unchecked Sendable {
    enum Backing {
        case records(Dataset, relationOfEdge: [Int32])
        case columns(displayNames: StringColumn)
    }

    let backing: Backing
    // Guards the two caches; everything else is immutable.
    private let lock = NSLock()
    private var cachedNames: NameIndex?
    private var cachedDataset: Dataset?
    private var cachedConflicts: [Conflict]?

    init(_ backing: Backing) { self.backing = backing }

    func names(of graph: Graph) -> NameIndex {
        lock.lock()
        defer { lock.unlock() }
        if let cachedNames { return cachedNames }
        let index: NameIndex
        switch backing {
        case let .records(dataset, _): index = NameIndex(names: dataset.entities.map(\.names))
        case let .columns(displayNames): index = NameIndex(names: displayNames.map { [Name(text: $0)] })
        }
        cachedNames = index
        return index
    }

    /// Found outside the lock, which `dataset(of:)` takes: two first callers may both find them.
    func conflicts(of network: Network) -> [Conflict] {
        if let cached = lock.withLock({ cachedConflicts }) { return cached }
        let found = Conflicts.find(in: network.dataset)
        lock.withLock { cachedConflicts = found }
        return found
    }

    func dataset(of graph: Graph) -> Dataset {
        lock.lock()
        defer { lock.unlock() }
        switch backing {
        case let .records(dataset, _):
            return dataset
        case let .columns(displayNames):
            if let cachedDataset { return cachedDataset }
            let dataset = Dataset(
                entities: (0..<graph.nodeCount).map { Self.entity(Graph.Node($0), of: graph, name: displayNames[$0]) },
                relations: (0..<graph.edgeCount).map { Self.relation(Graph.Edge($0), of: graph) })
            cachedDataset = dataset
            return dataset
        }
    }

    static func entity(_ node: Graph.Node, of graph: Graph, name: String) -> Entity {
        Entity(id: graph.nodeIDs[Int(node)], kind: graph.kind(of: node), names: name.isEmpty ? [] : [Name(text: name)])
    }

    /// A bare edge's record: its id is `type:from->to#edge`, unique even between parallel edges.
    static func relation(_ edge: Graph.Edge, of graph: Graph) -> Relation {
        let type = graph.type(of: edge)
        let from = graph.nodeIDs[Int(graph.edgeSource[Int(edge)])]
        let to = graph.nodeIDs[Int(graph.edgeTarget[Int(edge)])]
        return Relation(id: "\(Relation.derivedID(type: type, from: from, to: to))#\(edge)", type: type, from: from, to: to)
    }
}
