/// Two entities of one kind with a name that folds to the same text (case, diacritics, punctuation and
/// spacing aside) are likely one thing entered twice, or two things that a reader will confuse: a
/// warning, for the analyst to merge them or to tell them apart by name. Entities of different kinds may
/// share a name: Việt Nam the place and Việt Nam the state are two entities on purpose. A pair the
/// analyst has judged (merged, or told apart with `relgraph judge --different`) is not warned about again.
extension DatasetValidator {
    /// One warning per pair of entities, at the later one's names.
    /// - Complexity: O(names).
    static func sameNameWarnings(_ dataset: Dataset, locations: DatasetLocations,
                                 judged: Set<EntityPair> = []) -> [Diagnostic] {
        var owner: [String: Int] = [:]  // "kind|folded name" → first entity
        var warned: Set<[Int]> = []
        var problems: [Diagnostic] = []
        for (i, entity) in dataset.entities.enumerated() {
            for name in entity.names {
                let folded = NameFolding.key(name.text)
                guard !folded.isEmpty else { continue }
                let key = "\(entity.kind.rawValue)|\(folded)"
                guard let first = owner[key] else {
                    owner[key] = i
                    continue
                }
                let other = dataset.entities[first]
                guard first != i, other.id != entity.id, !judged.contains(EntityPair(other.id, entity.id)),
                      warned.insert([first, i]).inserted else { continue }
                problems.append(.warning(
                    "entity '\(entity.id)' has the name '\(name.text)', which reads as a name of '\(other.id)'",
                    at: locations.entity(i).at("names")))
            }
        }
        return problems
    }
}
