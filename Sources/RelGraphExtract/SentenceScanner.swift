import RelGraphCore
import RelGraphAlgorithms

/// What the pattern finders share: the sentence's words, the article's scalars, the mentions found so
/// far (the dataset's names first), and the resolver that places a new name among the dataset's.
struct SentenceScanner {
    let article: Article
    let sentence: Sentence
    let resolver: NameResolver
    var mentions: [Mention]

    var tokens: [Token] { sentence.tokens }

    /// Whether only white space stands between word `i` and word `i + 1` (no comma, no dash).
    func joined(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let gap = tokens[i].range.upperBound..<tokens[i + 1].range.lowerBound
        return article.scalars[gap].allSatisfy { $0 == " " || $0 == "\u{00A0}" }
    }

    /// Whether only white space and an abbreviation's dot stand after word `i` ("Sen. Lt. Gen. X").
    func joinedAfterAbbreviation(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let gap = tokens[i].range.upperBound..<tokens[i + 1].range.lowerBound
        return article.scalars[gap].allSatisfy { $0 == " " || $0 == "\u{00A0}" || $0 == "." }
    }

    /// Whether the gap after word `i` is white space or a hyphen/dash inside a name ("Việt Nam - Lào").
    func joinedInName(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let gap = tokens[i].range.upperBound..<tokens[i + 1].range.lowerBound
        return article.scalars[gap].allSatisfy { " \u{00A0}-–—’'".unicodeScalars.contains($0) }
    }

    /// Whether a hyphen or dash (and spaces) stands between word `i` and the next.
    func dashAfter(_ i: Int) -> Bool {
        guard joinedInName(i) else { return false }
        let gap = tokens[i].range.upperBound..<tokens[i + 1].range.lowerBound
        return article.scalars[gap].contains { "-–—".unicodeScalars.contains($0) }
    }

    /// The mention starting at or covering word `i`.
    func mention(at i: Int) -> Mention? { mentions.first { $0.tokens.contains(i) } }

    func covered(_ range: Range<Int>) -> Bool { mentions.contains { $0.tokens.overlaps(range) } }

    func folded(_ range: Range<Int>) -> String { tokens[range].map(\.folded).joined(separator: " ") }

    func scalarRange(_ words: Range<Int>) -> Range<Int> {
        tokens[words.lowerBound].range.lowerBound..<tokens[words.upperBound - 1].range.upperBound
    }

    /// Adds a mention of words `words`, resolved against the dataset's entities of `kind` (at least
    /// `minimum`), or a new candidate when `allowNew`; returns it.
    @discardableResult
    mutating func add(_ kind: EntityKind, words: Range<Int>, rule: String, minimum: Double, allowNew: Bool,
                      newConfidence: Double = 0.6, name: String? = nil) -> Mention? {
        // A post's name holds its organisation's ("Thứ trưởng Bộ Quốc phòng"): those may overlap it.
        let blocking = mentions.contains {
            $0.tokens.overlaps(words) && !(kind == .post && ($0.kind == .organization || $0.kind == .place))
        }
        guard !words.isEmpty, !blocking else { return nil }
        let range = scalarRange(words)
        let text = name ?? article.text(range)
        var match = resolver.resolve(text, kind: kind, minimum: minimum)
        // A post that names a unit or a place is that one's post: "Chính ủy Bộ CHQS tỉnh Sơn La" is not
        // Luang Prabang's commissar however alike the words (a country's name is left to the extractor).
        if kind == .post, let name = match.map({ " " + NameFolding.tokens($0.name).joined(separator: " ") + " " }) {
            let named = mentions.filter { ($0.kind == .organization || $0.kind == .place) && words.contains($0.tokens.lowerBound) }
                .map { tokens[$0.tokens].map(\.folded).joined(separator: " ") }
                .filter { GenreLexicon.countryOfWord[$0] == nil && $0 != "viet nam" }
            if named.contains(where: { !name.contains(" " + $0 + " ") }) { match = nil }
        }
        guard match != nil || allowNew else { return nil }
        let mention = Mention(kind: kind, range: range, tokens: words, name: text, entityID: match?.id,
                              confidence: match.map { min(1, $0.score) } ?? newConfidence,
                              rule: rule + (match == nil ? "" : "+xref"))
        mentions.append(mention)
        return mention
    }
}
