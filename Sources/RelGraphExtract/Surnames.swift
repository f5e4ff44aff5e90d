/// People named again by one word of their name after the article has named them in full: "Chien made
/// the statement at his meetings …", "San stressed …", "Vongkham conveyed …". English reports write the
/// given name of a Vietnamese (the last word) and the first of a Lao name alone; a word of the article's
/// names that only one of its people has is that person.
enum Surnames {
    static let rule = "name-word"

    /// Each sentence's mentions with the one-word mentions of the article's people added.
    static func added(_ found: [(Sentence, [Mention])]) -> [(Sentence, [Mention])] {
        var owners: [String: Set<String>] = [:]
        var person: [String: Mention] = [:]
        for (sentence, mentions) in found {
            for mention in mentions where mention.kind == .person && mention.tokens.count >= 2 {
                person[mention.key] = person[mention.key] ?? mention
                for i in [mention.tokens.lowerBound, mention.tokens.upperBound - 1] where sentence.tokens[i].folded.count >= 3 {
                    owners[sentence.tokens[i].folded, default: []].insert(mention.key)
                }
            }
        }
        return found.map { sentence, mentions in
            let tokens = sentence.tokens
            var out = mentions
            for i in tokens.indices where tokens[i].capitalized && !mentions.contains(where: { $0.tokens.contains(i) }) {
                // A word of a longer capitalised name ("Chien Province") is that name's, not the person's.
                let neighbour = { (j: Int) in tokens.indices.contains(j) && tokens[j].capitalized && !tokens[j].isNumber }
                guard let keys = owners[tokens[i].folded], keys.count == 1, let owner = person[keys.first!],
                      !neighbour(i - 1) || i == 0, !neighbour(i + 1) else { continue }
                var mention = owner
                mention.range = tokens[i].range
                mention.tokens = i..<(i + 1)
                mention.confidence = 0.8
                mention.rule = rule
                out.append(mention)
            }
            return (sentence, out)
        }
    }
}
