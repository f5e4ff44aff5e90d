import RelGraphCore

/// Makes a foreign graph's ids into the dataset format's slugs before `relgraph import` writes it:
/// "Hà Nội" becomes `ha-noi`, a repeat `ha-noi-2`; an entity whose id changed keeps the original as
/// its `original_id` attribute, and relations follow their ends (a relation id that is no slug
/// becomes `type:from->to` of the new ends). Ids that are slugs already stay,
/// so an export of a relgraph dataset imports with the same ids.
public enum ImportedIDs {
    /// - Complexity: O(V + E).
    public static func slugged(_ dataset: Dataset) -> Dataset {
        var result = dataset
        var entityIDs = UniqueIDs(taken: Set(dataset.entities.map(\.id).filter(DatasetValidator.isSlug)), separator: "-")
        var renamed: [String: String] = [:]
        for i in result.entities.indices where !DatasetValidator.isSlug(result.entities[i].id) {
            let original = result.entities[i].id
            let slug = entityIDs.claim(slug(original, fallback: "entity-\(i + 1)"))
            renamed[original] = slug
            result.entities[i].id = slug
            result.entities[i].attributes["original_id"] = original
        }
        var relationIDs = UniqueIDs(taken: Set(dataset.relations.map(\.id).filter(DatasetValidator.isSlug)),
                                    separator: "-")
        for i in result.relations.indices {
            if let from = renamed[result.relations[i].from] { result.relations[i].from = from }
            if let to = renamed[result.relations[i].to] { result.relations[i].to = to }
            if !DatasetValidator.isSlug(result.relations[i].id) {
                // The id the YAML reader would derive from the new ends, else a slug of it.
                let relation = result.relations[i]
                let derived = Relation.derivedID(type: relation.type, from: relation.from, to: relation.to)
                let base = DatasetValidator.isSlug(derived) ? derived
                    : slug("\(relation.type.rawValue)-\(relation.from)-\(relation.to)", fallback: "relation-\(i + 1)")
                result.relations[i].id = relationIDs.claim(base)
            }
        }
        return result
    }

    /// Folded words of ASCII letters and digits joined by `-` (diacritics and đ folded, other
    /// scripts dropped).
    static func slug(_ text: String, fallback: String) -> String {
        let words = NameFolding.tokens(text).map { String($0.unicodeScalars.filter(\.isASCII)) }.filter { !$0.isEmpty }
        return words.isEmpty ? fallback : words.joined(separator: "-")
    }

}
