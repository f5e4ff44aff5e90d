import RelGraphCore

/// Cooperation areas (topics), found by the words of their names rather than the names verbatim:
/// articles write "coordinate in border management and protection" for the topic "Border management
/// and protection". A topic is found when every content word of one of its names stands in the
/// sentence, within a window of twice as many words plus three.
struct TopicFinder {
    struct Topic {
        var id: String
        var words: [String]
    }

    let topics: [Topic]
    static let stopWords: Set<String> = ["and", "the", "for", "of", "at", "all", "with", "each", "other", "cac", "va", "voi", "nhau", "tren"]

    init(entities: [Entity]) {
        topics = entities.filter { $0.kind == .topic }.flatMap { entity in
            entity.names.compactMap { name in
                let words = NameFolding.tokens(name.text).filter { $0.count >= 3 && !Self.stopWords.contains($0) }
                return words.count >= 2 ? Topic(id: entity.id, words: words) : nil
            }
        }
    }

    /// - Complexity: O(k·t) for k topic names and t words.
    func mentions(in sentence: Sentence, article: Article, taken: [Mention]) -> [Mention] {
        var found: [Mention] = []
        let tokens = sentence.tokens
        for topic in topics where !found.contains(where: { $0.entityID == topic.id }) && !taken.contains(where: { $0.entityID == topic.id }) {
            var positions: [Int] = []
            for word in topic.words {
                guard let at = tokens.indices.first(where: { tokens[$0].folded == word && !positions.contains($0) }) else { break }
                positions.append(at)
            }
            guard positions.count == topic.words.count, let low = positions.min(), let high = positions.max(),
                  high - low < 2 * topic.words.count + 3 else { continue }
            let range = tokens[low].range.lowerBound..<tokens[high].range.upperBound
            found.append(Mention(kind: .topic, range: range, tokens: low..<(high + 1), name: article.text(range),
                                 entityID: topic.id, confidence: 0.8, rule: "topic-words"))
        }
        return found
    }
}
