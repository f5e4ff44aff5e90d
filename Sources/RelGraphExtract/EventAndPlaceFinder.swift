import RelGraphCore

/// Rounds of mechanisms with their ordinal ("the fifth … defence policy dialogue", "Đối thoại … lần
/// thứ 5", "le 5e dialogue"), units ("Quân khu 2", "Military Region 2", "Bộ CHQS tỉnh X", "X Provincial
/// Military Command"), places ("tỉnh X", "X province", "in X") and documents with periods
/// ("giai đoạn 2025-2029", "for the 2025-2029 period").
enum EventAndPlaceFinder {
    /// Rounds: the ordinal, the mechanism's words, resolved to the mechanism; the round itself is
    /// placed by the extractor (the dataset's round with that number, or a new event).
    static func rounds(_ scan: inout SentenceScanner, language: String) {
        let tokens = scan.tokens
        for k in tokens.indices {
            if language == "vi" {
                // "… lần thứ 5" / "lần thứ năm": the mechanism's words from a round head before it.
                guard k + 2 < tokens.count, tokens[k].folded == "lan", tokens[k + 1].folded == "thu" else { continue }
                let word = tokens[k + 2].folded
                guard let n = Int(word) ?? GenreLexicon.vietnameseOrdinals.firstIndex(of: word).map({ $0 + 1 }) else { continue }
                guard let head = (max(0, k - 12)..<k).first(where: { h in
                    h + 1 < k && GenreLexicon.vietnameseRoundHeads.contains(tokens[h].folded + " " + tokens[h + 1].folded)
                }) else { continue }
                add(&scan, mechanismWords: head..<k, words: head..<(k + 3), ordinal: n)
            } else {
                guard let n = GenreLexicon.ordinal(tokens[k].folded) else { continue }
                let limit = min(tokens.count, k + 10)
                guard let head = (k + 1..<limit).first(where: { GenreLexicon.roundHeads.contains(tokens[$0].folded) }),
                      (k..<head).allSatisfy({ scan.joinedInName($0) }) else { continue }
                var start = k + 1
                if tokens[start].folded == "ever" && start < head { start += 1 }
                add(&scan, mechanismWords: start..<(head + 1), words: k..<(head + 1), ordinal: n)
            }
        }
    }

    static func add(_ scan: inout SentenceScanner, mechanismWords: Range<Int>, words: Range<Int>, ordinal: Int) {
        let text = scan.article.text(scan.scalarRange(mechanismWords))
        guard let mechanism = scan.resolver.resolve(text, kind: .mechanism, minimum: 0.6) else { return }
        // The dataset may name the round itself: then it is that round, found by name already.
        scan.mentions.removeAll { $0.tokens.overlaps(words) && ($0.kind == .mechanism || $0.kind == .organization) }
        guard !scan.covered(words) else { return }
        var mention = Mention(kind: .event, range: scan.scalarRange(words), tokens: words,
                              name: scan.article.text(scan.scalarRange(words)), entityID: nil,
                              confidence: 0.8 * min(1, mechanism.score + 0.2), rule: "round-ordinal")
        mention.ordinal = ordinal
        mention.mechanismID = mechanism.id
        scan.mentions.append(mention)
    }

    /// Units and places named by the genre's patterns.
    static func unitsAndPlaces(_ scan: inout SentenceScanner) {
        let tokens = scan.tokens
        var k = 0
        while k < tokens.count {
            let rest = scan.folded(k..<min(tokens.count, k + 6))
            if rest.hasPrefix("quan khu ") || rest.hasPrefix("military region "), k + 2 < tokens.count, tokens[k + 2].isNumber {
                scan.add(.organization, words: k..<(k + 3), rule: "unit", minimum: 0.9, allowNew: true)
                k += 3
                continue
            }
            for prefix in ["bo chqs tinh ", "bo chi huy quan su tinh "] where rest.hasPrefix(prefix) {
                let start = k + prefix.split(separator: " ").count
                let end = capitalRun(from: start, scan, max: 3)
                if end > start { scan.add(.organization, words: k..<end, rule: "unit", minimum: 0.8, allowNew: true) }
            }
            if rest.hasPrefix("provincial military command") || rest.hasPrefix("military command") {
                var start = k
                while start > 0 && tokens[start - 1].capitalized && scan.joined(start - 1) && k - start < 3 { start -= 1 }
                if start < k { scan.add(.organization, words: start..<(k + (rest.hasPrefix("provincial") ? 3 : 2)), rule: "unit", minimum: 0.8, allowNew: true) }
            }
            // "tỉnh X", "province of X", "thành phố X": a place that may be new.
            for prefix in ["tinh ", "province of ", "thanh pho ", "tp ", "city of ", "province de ", "huyen "] where rest.hasPrefix(prefix) {
                let start = k + prefix.split(separator: " ").count
                let end = capitalRun(from: start, scan, max: 3)
                if end > start { scan.add(.place, words: start..<end, rule: "place-pattern", minimum: 0.85, allowNew: true, newConfidence: 0.6) }
            }
            // "X province": the capitalised words before it.
            if ["province", "district"].contains(tokens[k].folded) && k > 0 && tokens[k - 1].capitalized {
                var start = k - 1
                while start > 0 && tokens[start - 1].capitalized && scan.joined(start - 1) && k - start < 3 { start -= 1 }
                scan.add(.place, words: start..<k, rule: "place-pattern", minimum: 0.85, allowNew: true, newConfidence: 0.6)
            }
            // "in X", "tại X": only a place the dataset has.
            if GenreLexicon.placeMarkers.contains(tokens[k].folded), k + 1 < tokens.count, tokens[k + 1].capitalized {
                let end = capitalRun(from: k + 1, scan, max: 4)
                if end > k + 1 { scan.add(.place, words: (k + 1)..<end, rule: "place-after-marker", minimum: 0.9, allowNew: false) }
            }
            k += 1
        }
    }

    /// Up to `max` capitalised words from `start` with only spaces between them.
    static func capitalRun(from start: Int, _ scan: SentenceScanner, max: Int) -> Int {
        var end = start
        while end < scan.tokens.count, end - start < max, scan.tokens[end].capitalized, scan.mention(at: end) == nil {
            end += 1
            if !scan.joined(end - 1) { break }
        }
        return end
    }

    /// Documents with a period: the head word (protocol, plan, Nghị định thư, Kế hoạch …) to the period.
    static func documents(_ scan: inout SentenceScanner) {
        let tokens = scan.tokens
        let heads: Set<String> = ["protocol", "plan", "memorandum", "agreement", "nghi", "ke", "ban", "hiep", "protocole", "accord"]
        for k in tokens.indices where k + 1 < tokens.count && tokens[k].isNumber && tokens[k].folded.count == 4
            && tokens[k + 1].isNumber && (tokens[k + 1].folded.count == 4 || shortEnd(k, scan)) {
            guard let head = (max(0, k - 12)..<k).first(where: { heads.contains(scan.tokens[$0].folded) }) else { continue }
            var end = k + 2
            if end < tokens.count && ["period", "periode"].contains(tokens[end].folded) { end += 1 }
            // "2020-24" is 2020-2024: the dataset's names write the period in full.
            let last = tokens[k + 1].folded.count == 4 ? tokens[k + 1].folded : String(tokens[k].folded.prefix(2)) + tokens[k + 1].folded
            let period = tokens[k].folded + "-" + last
            let name = tokens[k + 1].folded.count == 4 ? nil : scan.article.text(scan.scalarRange(head..<k)) + " " + period
                + (end > k + 2 ? " " + scan.article.text(scan.scalarRange((k + 2)..<end)) : "")
            if var mention = scan.add(.document, words: head..<end, rule: "document-period", minimum: 0.7,
                                      allowNew: true, newConfidence: 0.5, name: name) {
                mention.period = period
                scan.mentions[scan.mentions.count - 1] = mention
            }
        }
    }

    /// "2020-24": a four-digit year, a hyphen or dash, then the two last digits of a later year.
    static func shortEnd(_ k: Int, _ scan: SentenceScanner) -> Bool {
        let first = scan.tokens[k].folded, second = scan.tokens[k + 1].folded
        guard second.count == 2, scan.dashAfter(k), let a = Int(first.suffix(2)), let b = Int(second) else { return false }
        return b > a
    }
}
