import RelGraphCore

/// Cooperation areas (topics), found by the words of their names rather than the names verbatim:
/// articles write "coordinate in border management and protection" for the topic "Border management
/// and protection", "supporting each other at multilateral forums" for "Consultation and mutual support
/// at multilateral forums". A topic is found when the content words of one of its names stand in the
/// sentence (three fifths of them for an English or French name of four or more), inflected or not
/// (`sameWord`), within a window of twice as many words plus three.
struct TopicFinder {
    struct Topic {
        var id: String
        var words: [String]
    }

    let topics: [Topic]
    static let stopWords: Set<String> = ["and", "the", "for", "of", "at", "all", "with", "each", "other", "cac", "va", "voi", "nhau", "tren"]
    /// Words that open a topic's name with the action against it ("Combating drug trafficking", "Phòng,
    /// chống ma túy"): articles write the fight in other words ("the fight against … drug trafficking and
    /// illegal immigration"), so the words after them name the topic as well.
    static let actions: Set<String> = ["combating", "preventing", "countering", "phong", "chong"]

    init(entities: [Entity]) {
        topics = entities.filter { $0.kind == .topic }.flatMap { entity in
            entity.names.compactMap { name in
                let words = NameFolding.tokens(name.text).filter { $0.count >= 3 && !Self.stopWords.contains($0) }
                return words.count >= 2 ? Topic(id: entity.id, words: words) : nil
            } + entity.names.compactMap { name in
                let words = NameFolding.tokens(name.text).filter { $0.count >= 2 && !Self.stopWords.contains($0) }
                let object = Array(words.drop { Self.actions.contains($0) })
                return object.count < words.count && object.count >= 2 ? Topic(id: entity.id, words: object) : nil
            }
        }
    }

    /// - Complexity: O(k·t) for k topic names and t words.
    func mentions(in sentence: Sentence, article: Article, taken: [Mention], language: String) -> [Mention] {
        var found: [Mention] = []
        let tokens = sentence.tokens
        for topic in topics where !found.contains(where: { $0.entityID == topic.id }) && !taken.contains(where: { $0.entityID == topic.id }) {
            var positions: [Int] = []
            for word in topic.words {
                let same: (String) -> Bool = { language == "vi" ? $0 == word : Self.sameWord($0, word) }
                if let at = tokens.indices.first(where: { same(tokens[$0].folded) && !positions.contains($0) }) {
                    positions.append(at)
                }
            }
            // Vietnamese syllables recur across words ("tham" in tham vấn, tham dự, tham gia): all of them.
            let needed = topic.words.count <= 3 || language == "vi" ? topic.words.count
                : Int((Double(topic.words.count) * 0.6).rounded(.up))
            guard positions.count >= needed, let low = positions.min(), let high = positions.max(),
                  high - low < 2 * topic.words.count + 3 else { continue }
            let range = tokens[low].range.lowerBound..<tokens[high].range.upperBound
            found.append(Mention(kind: .topic, range: range, tokens: low..<(high + 1), name: article.text(range),
                                 entityID: topic.id, confidence: positions.count == topic.words.count ? 0.8 : 0.65,
                                 rule: positions.count == topic.words.count ? "topic-words" : "topic-most-words"))
        }
        return found
    }

    /// The same word, or the same English word inflected ("patrols"/"patrol", "sharing"/"share",
    /// "supporting"/"support"): words of five letters or more that differ only after their common
    /// start, itself all but one letter of the shorter. Vietnamese syllables are shorter: they match
    /// exactly.
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // Most pairs differ at once: the stems below cost an allocation each (measured: the extraction of
        // U06 took twice as long with them computed for every pair).
        guard a.utf8.first == b.utf8.first, a.utf8.count >= 4, b.utf8.count >= 4 else { return false }
        if stem(a) == stem(b) && stem(a).count >= 4 { return true }
        guard a.count >= 5, b.count >= 5 else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= max(4, min(a.count, b.count) - 1)
    }

    /// An English word without its inflection: "shared", "sharing", "shares" → "shar".
    static func stem(_ word: String) -> Substring {
        for ending in ["ing", "ed", "es", "e", "s"] where word.hasSuffix(ending) && word.count > ending.count + 3 {
            return word.dropLast(ending.count)
        }
        return Substring(word)
    }
}
