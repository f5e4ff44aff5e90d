import RelGraphCore

/// A word of the article: its scalar range, its folded form (as `NameFolding` folds names, so text
/// and dataset names meet), and whether it is written with a capital (names are).
public struct Token: Sendable, Equatable {
    public var range: Range<Int>
    public var folded: String
    public var capitalized: Bool
    public var isNumber: Bool { folded.allSatisfy(\.isNumber) }
}

/// One sentence: its range in the article, its paragraph and its words.
public struct Sentence: Sendable {
    public var range: Range<Int>
    public var paragraph: Int
    public var tokens: [Token]
}

/// Splits an article into sentences and words, keeping every offset.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by white space, unless the word before the dot is
/// an abbreviation of the genre (Lt., Gen., Sen., Col., Maj., Mr., Dr., St., No.) or a single capital
/// (an initial); a paragraph always ends one.
/// - Complexity: O(n) in the article's length.
enum SentenceSplitter {
    static let abbreviations: Set<String> = ["lt", "gen", "sen", "col", "maj", "mr", "mrs", "dr", "st", "no",
                                             "lieut", "brig", "capt", "adm", "sr", "jr", "mt", "gov", "rep"]

    static func sentences(of article: Article) -> [Sentence] {
        var sentences: [Sentence] = []
        let s = article.scalars
        for (index, paragraph) in article.paragraphs.enumerated() {
            var start = paragraph.lowerBound
            var i = paragraph.lowerBound
            while i < paragraph.upperBound {
                let c = s[i]
                if c == "." || c == "!" || c == "?" || c == "…",
                   i + 1 == paragraph.upperBound || s[i + 1].properties.isWhitespace || missingSpace(after: i, in: s, before: paragraph.upperBound),
                   !(c == "." && isAbbreviation(before: i, in: s, from: start)) {
                    append(start..<(i + 1), paragraph: index + 1)
                    start = i + 1
                }
                i += 1
            }
            append(start..<paragraph.upperBound, paragraph: index + 1)
        }
        func append(_ range: Range<Int>, paragraph: Int) {
            var r = range
            while r.lowerBound < r.upperBound && s[r.lowerBound].properties.isWhitespace { r = (r.lowerBound + 1)..<r.upperBound }
            while r.lowerBound < r.upperBound && s[r.upperBound - 1].properties.isWhitespace { r = r.lowerBound..<(r.upperBound - 1) }
            guard !r.isEmpty else { return }
            sentences.append(Sentence(range: r, paragraph: paragraph, tokens: tokens(in: r, of: s)))
        }
        return sentences
    }

    static func isAbbreviation(before dot: Int, in s: [Unicode.Scalar], from start: Int) -> Bool {
        var j = dot
        while j > start && isWordScalar(s[j - 1]) { j -= 1 }
        let word = String(String.UnicodeScalarView(s[j..<dot]))
        if word.count == 1, let first = word.unicodeScalars.first, first.properties.isUppercase { return true }
        return abbreviations.contains(word.lowercased())
    }

    /// "…defence ministries.In a meeting…": a dot between a lower-case letter and a capitalised word,
    /// with no space, ends a sentence the publisher ran on (initials and abbreviations are capitals).
    static func missingSpace(after dot: Int, in s: [Unicode.Scalar], before end: Int) -> Bool {
        guard s[dot] == ".", dot > 0, dot + 2 < end else { return false }
        return s[dot - 1].properties.isLowercase && s[dot + 1].properties.isUppercase && s[dot + 2].properties.isLowercase
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
            || c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .spacingMark
    }

    /// The words of a range: runs of letters, digits and combining marks.
    static func tokens(in range: Range<Int>, of s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isWordScalar(s[i]) else { i += 1; continue }
            var j = i
            while j < range.upperBound && isWordScalar(s[j]) { j += 1 }
            let text = String(String.UnicodeScalarView(s[i..<j]))
            let folded = NameFolding.key(text)
            if !folded.isEmpty {
                tokens.append(Token(range: i..<j, folded: folded, capitalized: s[i].properties.isUppercase))
            }
            i = j
        }
        return tokens
    }
}
