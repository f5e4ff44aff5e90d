/// Both versions of a dataset as one, for drawing what changed: every record of the new version,
/// then what only the old one had (removed, or merged into another entity), each record marked.
/// An entity or relation with no mark is the same in both.
public struct DiffUnion: Sendable {
    public enum Mark: String, Sendable, CaseIterable {
        case added, removed, changed, merged, split
    }

    public var dataset: Dataset
    public var entityMarks: [String: Mark] = [:]
    public var relationMarks: [String: Mark] = [:]
    /// The fields that differ, for changed entities and relations, by id.
    public var changedFields: [String: [String]] = [:]
    public var merges: [DatasetDiff.Merge]
    public var splits: [DatasetDiff.Merge]

    /// - Complexity: O(n) in the number of records, after the diff.
    public init(old: Dataset, new: Dataset, diff: DatasetDiff) {
        merges = diff.merged
        splits = diff.split
        let gone = Set(diff.entities.removed).union(diff.merged.map(\.id))
        let goneRelations = Set(diff.relations.removed)
        let newSources = Set(new.sources.map(\.id))
        dataset = Dataset(title: new.title, description: new.description,
                          sources: new.sources + old.sources.filter { !newSources.contains($0.id) },
                          entities: new.entities + old.entities.filter { gone.contains($0.id) },
                          relations: new.relations + old.relations.filter { goneRelations.contains($0.id) })
        for id in diff.entities.added { entityMarks[id] = .added }
        for id in diff.entities.removed { entityMarks[id] = .removed }
        for merge in diff.merged { entityMarks[merge.id] = .merged }
        for split in diff.split { entityMarks[split.id] = .split }
        for id in diff.relations.added { relationMarks[id] = .added }
        for id in diff.relations.removed { relationMarks[id] = .removed }
        for change in diff.entities.changed + diff.relations.changed { changedFields[change.id] = change.fields }
        for change in diff.entities.changed { entityMarks[change.id] = .changed }
        for change in diff.relations.changed { relationMarks[change.id] = .changed }
    }
}
