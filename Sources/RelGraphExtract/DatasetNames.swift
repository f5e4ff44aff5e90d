import RelGraphCore

/// The dataset's names and aliases as folded word sequences (as `relgraph search` folds them), found
/// in a sentence longest first.
///
/// Names of one or two letters and a few words that are names of places as well as common words
/// are left out: they would be found everywhere.
struct DatasetNames {
    struct Entry {
        var id: String
        var kind: EntityKind
    }

    /// Folded name (words joined by one space) → the entities it names.
    let byName: [String: [Entry]]
    let longest: Int

    /// - Complexity: O(total length of the names).
    init(entities: [Entity]) {
        var byName: [String: [Entry]] = [:]
        var longest = 1
        for entity in entities {
            for name in entity.names {
                let words = NameFolding.tokens(name.text)
                guard !words.isEmpty, words.joined().count > 2 else { continue }
                let key = words.joined(separator: " ")
                if byName[key]?.contains(where: { $0.id == entity.id }) == true { continue }
                byName[key, default: []].append(Entry(id: entity.id, kind: entity.kind))
                longest = max(longest, words.count)
            }
        }
        self.byName = byName
        self.longest = longest
    }

    /// The dataset names in a sentence, longest match first, not overlapping. A name that several
    /// entities share is kept only when they are of one kind and one of them is a person's or a rank's
    /// (ranks and people are the genre's unambiguous names); otherwise it is ambiguous and left out.
    /// - Complexity: O(t·L) for t words and the longest name's L words.
    func mentions(in sentence: Sentence, article: Article) -> [Mention] {
        var found: [Mention] = []
        let tokens = sentence.tokens
        var i = 0
        while i < tokens.count {
            var matched = false
            for length in stride(from: min(longest, tokens.count - i), through: 1, by: -1) {
                let key = tokens[i..<(i + length)].map(\.folded).joined(separator: " ")
                guard let entries = byName[key] else { continue }
                // A one-word name written in lower case is a common word here ("training", "defence").
                if length == 1 && !tokens[i].capitalized && entries[0].kind != .topic { continue }
                let kinds = Set(entries.map(\.kind))
                guard entries.count == 1 || kinds.count == 1 && Set(entries.map(\.id)).count == 1 else { continue }
                let range = tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound
                found.append(Mention(kind: entries[0].kind, range: range, tokens: i..<(i + length),
                                     name: article.text(range), entityID: entries[0].id, confidence: 1,
                                     rule: "dataset-name"))
                i += length
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return found
    }
}
