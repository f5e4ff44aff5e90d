import RelGraphCore

/// People named after their rank ("Thượng tướng Hoàng Xuân Chiến", "Sen. Lt. Gen. Vongkham
/// Phommakone", "le général …") and posts ("Deputy Defence Minister", "Thứ trưởng Bộ Quốc phòng",
/// "Political Commissar of the provincial Military Command").
enum PersonAndPostFinder {
    /// A person's name: up to four capitalised words right after a rank, nothing but spaces between.
    static func people(_ scan: inout SentenceScanner) {
        for rank in scan.mentions where rank.kind == .rank {
            let start = rank.tokens.upperBound
            guard start < scan.tokens.count, scan.joinedAfterAbbreviation(start - 1), scan.mention(at: start) == nil else { continue }
            var end = start
            // Lao names written in Vietnamese syllables run longer: "Xỉ Vị Xay – Phênh Sẳn Tỵ Xúc".
            let longest = (start..<min(scan.tokens.count, start + 8)).contains { scan.dashAfter($0) } ? 8 : 4
            while end < scan.tokens.count, end - start < longest, scan.tokens[end].capitalized, scan.mention(at: end) == nil,
                  !GenreLexicon.postHeads.contains(scan.tokens[end].folded) || end == start {
                end += 1
                if !scan.joinedInName(end - 1) { break }
            }
            // Vietnamese names have two to four syllables; one capitalised word is a surname used alone.
            guard end - start >= 2 else { continue }
            scan.add(.person, words: start..<end, rule: "rank-name", minimum: 0.85, allowNew: true, newConfidence: 0.8)
        }
    }

    /// Posts: a run of words from a post's head word to the next punctuation, rank or person.
    static func posts(_ scan: inout SentenceScanner, language: String) {
        var i = 0
        while i < scan.tokens.count {
            guard scan.mention(at: i) == nil, let end = postEnd(from: i, scan, language: language) else { i += 1; continue }
            // "Lao Defence Minister": the country before the post (found as a place) says whose post it is.
            var start = i
            if i > 0, scan.joined(i - 1), GenreLexicon.countryWords.contains(scan.tokens[i - 1].folded) { start = i - 1 }
            let added = scan.add(.post, words: start..<end, rule: "post-phrase", minimum: 0.72, allowNew: true, newConfidence: 0.5)
            i = added == nil ? i + 1 : end
        }
    }

    static let connectors: Set<String> = ["of", "the", "for", "de", "du", "des", "la", "l", "and"]

    /// Where a post starting at word `i` ends, nil when no post starts there.
    static func postEnd(from i: Int, _ scan: SentenceScanner, language: String) -> Int? {
        let tokens = scan.tokens
        let isHead: Bool
        if language == "vi" {
            isHead = i + 1 < tokens.count && tokens[i].capitalized
                && GenreLexicon.vietnamesePostHeads.contains(tokens[i].folded + " " + tokens[i + 1].folded)
        } else {
            isHead = tokens[i].capitalized && (GenreLexicon.postHeads.contains(tokens[i].folded)
                                               || GenreLexicon.postModifiers.contains(tokens[i].folded))
        }
        guard isHead else { return nil }
        var end = i + 1
        var hasHead = GenreLexicon.postHeads.contains(tokens[i].folded) || language == "vi"
        while end < tokens.count, end - i < 10, scan.joinedInName(end - 1) {
            if let other = scan.mention(at: end), other.kind == .rank || other.kind == .person { break }
            let token = tokens[end]
            // Vietnamese: each word of a post starts with a capital ("Phó Tư lệnh Quân khu 2"); two
            // lower-case syllables in a row, or "và", are the sentence going on ("cho biết").
            if language == "vi" && !token.capitalized
                && (token.folded == "va" || !tokens[end - 1].capitalized || tokens[end - 1].isNumber) { break }
            if language != "vi" && !token.capitalized {
                // "of the provincial Military Command": lower-case words only between capitalised ones.
                let nextCapital = (end + 1..<min(tokens.count, end + 4)).first { tokens[$0].capitalized }
                guard connectors.contains(token.folded) || nextCapital != nil && token.folded.count > 3,
                      token.folded != "and", nextCapital != nil else { break }
            }
            if language != "vi" && token.folded == "and" { break }
            if GenreLexicon.postHeads.contains(token.folded) && token.capitalized { hasHead = true }
            end += 1
        }
        // Drop trailing connectors (English and French: "La" ends "tỉnh Sơn La").
        while language != "vi" && end > i + 1 && connectors.contains(tokens[end - 1].folded) { end -= 1 }
        guard hasHead, end - i >= 2 || GenreLexicon.postHeads.contains(tokens[i].folded) && tokens[i].folded != "deputy" else { return nil }
        return end
    }
}
