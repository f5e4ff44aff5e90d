import RelGraphCore
import Yams

/// The `extend:` section: what one article adds to entities and relations that another file states
/// (more names, citations, statements, qualifiers), so that one article's contribution is one file.
///
/// Items are read with their file, then applied once every file is read (the record they extend may
/// stand in a later file) and relations without an id have theirs: after loading, the dataset is as if
/// the additions had been written on the original record.
struct YAMLExtensions {
    /// One `extend:` item, read but not yet applied.
    struct Item {
        enum Target { case entity(String), relation(String) }
        var target: Target
        var targetPlace: SourceLocation
        var names: [Name] = []
        var citations: [Citation] = []
        var statements: [Statement] = []
        var qualifiers: [(key: String, value: String, place: SourceLocation)] = []
        /// The positions of the item's citations and statements.
        var places = DatasetLocations.Record()
    }

    private(set) var items: [Item] = []

    /// Reads one `extend:` item, reporting fields that do not belong.
    mutating func read(_ node: Node, file: String, problems: inout [Diagnostic]) {
        let what = "extend item"
        guard var fields = YAMLFields.mapping(node, file: file, what: what, problems: &problems) else { return }
        defer { problems += fields.problems }
        fields.rejectUnknown(["entity", "relation", "names", "sources", "statements", "qualifiers"], in: what)
        let entity = fields.text("entity", in: what), relation = fields.text("relation", in: what)
        let target: Item.Target
        switch (entity, relation) {
        case let (id?, nil): target = .entity(id)
        case let (nil, id?): target = .relation(id)
        default:
            fields.problems.append(.error("an extend item names exactly one of 'entity' or 'relation'", at: fields.start))
            return
        }
        let targetPlace = fields.location(of: fields.value(entity != nil ? "entity" : "relation")!)
        var item = Item(target: target, targetPlace: targetPlace)
        var nested: [Diagnostic] = []
        item.names = YAMLRecords.names(fields.items("names", in: what), file: file, problems: &nested)
        item.citations = YAMLRecords.citations(fields.items("sources", in: what), file: file, record: &item.places,
                                               problems: &nested)
        item.statements = YAMLRecords.statements(fields.items("statements", in: what), file: file,
                                                 record: &item.places, problems: &nested)
        if case let .mapping(mapping)? = fields.value("qualifiers") {
            for (key, value) in mapping {
                if let key = key.scalar?.string, let text = value.scalar?.string {
                    item.qualifiers.append((key.precomposedStringWithCanonicalMapping,
                                            text.precomposedStringWithCanonicalMapping, fields.location(of: value)))
                }
            }
        }
        _ = fields.scalarMap("qualifiers", in: what)  // reports a malformed mapping
        for (field, isEmpty) in [("names", item.names.isEmpty), ("statements", item.statements.isEmpty)]
        where relation != nil && !isEmpty {
            nested.append(.error("'\(field)' extends entities only, not relation '\(relation!)'",
                                 at: fields.location(of: fields.value(field)!)))
        }
        if entity != nil && !item.qualifiers.isEmpty {
            nested.append(.error("'qualifiers' extends relations only, not entity '\(entity!)'",
                                 at: fields.location(of: fields.value("qualifiers")!)))
        }
        problems += nested
        items.append(item)
    }

    /// Adds every item to its record, and its positions to the record's; an unknown id or a
    /// qualifier that contradicts the record's is reported at the item.
    /// - Complexity: O(V + E + size of the items).
    func apply(to dataset: inout Dataset, locations: inout DatasetLocations, problems: inout [Diagnostic]) {
        var entityIndex: [String: Int] = [:], relationIndex: [String: Int] = [:]
        for (i, entity) in dataset.entities.enumerated() where entityIndex[entity.id] == nil { entityIndex[entity.id] = i }
        for (i, relation) in dataset.relations.enumerated() where relationIndex[relation.id] == nil {
            relationIndex[relation.id] = i
        }
        for item in items {
            switch item.target {
            case let .entity(id):
                guard let i = entityIndex[id] else {
                    problems.append(.error("extend names unknown entity '\(id)'", at: item.targetPlace))
                    continue
                }
                dataset.entities[i].names += item.names
                dataset.entities[i].citations += item.citations
                dataset.entities[i].statements += item.statements
                Self.grow(&locations.entities, to: dataset.entities.count)
                locations.entities[i].citations += item.places.citations
                locations.entities[i].statements += item.places.statements
            case let .relation(id):
                guard let i = relationIndex[id] else {
                    problems.append(.error("extend names unknown relation '\(id)'", at: item.targetPlace))
                    continue
                }
                dataset.relations[i].citations += item.citations
                Self.grow(&locations.relations, to: dataset.relations.count)
                locations.relations[i].citations += item.places.citations
                for (key, value, place) in item.qualifiers {
                    if let existing = dataset.relations[i].qualifiers[key], existing != value {
                        problems.append(.error(
                            "qualifier '\(key)' of relation '\(id)' is already '\(existing)', not '\(value)'", at: place))
                    } else {
                        dataset.relations[i].qualifiers[key] = value
                    }
                }
            }
        }
    }

    /// Readers without positions leave the locations short; the positions of extensions need a slot.
    private static func grow(_ records: inout [DatasetLocations.Record], to count: Int) {
        if records.count < count { records += Array(repeating: .init(), count: count - records.count) }
    }
}
