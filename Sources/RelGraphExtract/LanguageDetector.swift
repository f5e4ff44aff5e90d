/// The language of an article among those the rules know: Vietnamese, English or French.
///
/// Vietnamese is written with letters no other of the three uses (ư, ơ, đ, ạ …) in most words;
/// French and English are told apart by their commonest short words.
public enum LanguageDetector {
    /// The languages the rules know.
    public static let languages = ["vi", "en", "fr"]

    /// "vi", "en" or "fr".
    /// - Complexity: O(n) in the text's length.
    public static func detect(_ tokens: [Token], text scalars: [Unicode.Scalar]) -> String {
        let vietnameseLetters = scalars.filter { vietnamese.contains($0) }.count
        if tokens.count > 0 && Double(vietnameseLetters) / Double(tokens.count) > 0.15 { return "vi" }
        var french = 0, english = 0
        for token in tokens {
            if frenchWords.contains(token.folded) { french += 1 }
            if englishWords.contains(token.folded) { english += 1 }
        }
        return french > english ? "fr" : "en"
    }

    static let vietnamese: Set<Unicode.Scalar> = Set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ".unicodeScalars)
    static let frenchWords: Set<String> = ["le", "la", "les", "des", "du", "et", "une", "est", "dans", "pour", "avec", "sur", "au", "aux"]
    static let englishWords: Set<String> = ["the", "of", "and", "a", "is", "in", "for", "with", "on", "to", "was", "were"]
}
