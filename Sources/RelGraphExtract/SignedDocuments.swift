import RelGraphCore

/// Documents an article signs without naming them: "the two parties signed its official minutes",
/// "Chien and his Lao counterpart Vongkham sign a minute of the dialogue", "hai bên ký biên bản ghi nhớ
/// năm 2022". The dataset records each as a document of its own ("Minutes of the 5th … dialogue") with
/// signed_at the event, signed by the people who signed it and party_to for each side.
///
/// The sides are rarely named where the signing is ("the two sides signed"): they are the organisations
/// of the event's co-chairs' posts ("Deputy Defence Minister …" → the defence ministry), as the dataset's
/// post_in relations give them, or as the post's own words name them ("Chính ủy Bộ CHQS tỉnh Sơn La").
enum SignedDocuments {
    /// Folded nouns, per language, of the documents signed at an event and reported unnamed.
    static let nouns: [String: [[String]]] = [
        "en": [["memorandum", "of", "understanding"], ["memorandum"], ["minutes"], ["minute"]],
        "vi": [["bien", "ban", "ghi", "nho"], ["bien", "ban"]],
        "fr": [["memorandum", "d", "entente"], ["memorandum"], ["proces", "verbal"]],
    ]
    static let rule = "signed-document-noun"

    /// The document nouns at most three words after a signing verb (articles, possessives and adjectives
    /// between, no name: a capitalised word between is a named document's), each a new document; a
    /// Vietnamese one takes its year ("biên bản ghi nhớ năm 2022").
    static func nouns(_ scan: inout SentenceScanner, language: String) {
        let tokens = scan.tokens
        let verbs = GenreLexicon.sign.map { $0.split(separator: " ").map(String.init) }
        for k in tokens.indices {
            guard let noun = (nouns[language] ?? []).first(where: { words in
                k + words.count <= tokens.count && zip(tokens[k..<(k + words.count)], words).allSatisfy { $0.folded == $1 }
            }) else { continue }
            let signedBefore = (max(0, k - 4)..<k).contains { v in
                verbs.contains { verb in
                    v + verb.count <= k && zip(tokens[v..<(v + verb.count)], verb).allSatisfy { $0.folded == $1 }
                        && (v + verb.count..<k).allSatisfy { !tokens[$0].capitalized }
                }
            }
            var end = k + noun.count
            if language == "vi", end + 1 < tokens.count, tokens[end].folded == "nam", tokens[end + 1].isNumber,
               tokens[end + 1].folded.count == 4 {
                end += 2
            }
            guard signedBefore, !scan.covered(k..<end) else { continue }
            let range = scan.scalarRange(k..<end)
            let text = scan.article.text(range)
            scan.mentions.append(Mention(kind: .document, range: range, tokens: k..<end,
                                         name: text.prefix(1).uppercased() + text.dropFirst(), entityID: nil,
                                         confidence: 0.7, rule: rule))
        }
    }

    /// Each unnamed signed document named after the event it was signed at ("Minutes (fifth
    /// Việt Nam – Laos defence policy dialogue)"), and party_to for the sides of a signing by "the two
    /// sides": the organisations of the event's co-chairs' posts. `postIn`: the dataset's post → its
    /// organisation; `found`: each sentence's mentions (a new post's own words may name its unit).
    static func completed(_ candidates: [RelationCandidate], postIn: [String: String], signedAt: [String: [Known]],
                          found: [(Sentence, [Mention])]) -> [RelationCandidate] {
        var out = candidates
        for signing in candidates where signing.type == .signedAt && signing.sides != nil {
            let chairs = candidates.filter { $0.type == .coChairs && $0.to.key == signing.to.key }.map(\.from)
            var sides: [String] = []
            for chair in chairs {
                guard let side = organisation(of: chair, candidates: candidates, postIn: postIn, found: found),
                      !sides.contains(side) else { continue }
                sides.append(side)
            }
            for side in sides {
                // The side is quoted by the words that stand for it ("the two parties").
                let party = Mention(kind: .organization, range: signing.sides!, tokens: 0..<0, name: side, entityID: side,
                                    confidence: 0.8, rule: "signing-sides")
                out.append(RelationCandidate(type: .partyTo, from: party, to: signing.from, sentence: signing.sentence,
                                             trigger: signing.trigger, confidence: 0.6, rule: "sides-signed"))
            }
        }
        return named(out, signedAt: signedAt)
    }

    /// The organisation a person sits for: that of the post written before the name, or else of the
    /// last written after it ("X, Party Central Committee member, Deputy Defence Minister"). A post the
    /// dataset lacks is its unit's when its words name one.
    static func organisation(of person: Mention, candidates: [RelationCandidate], postIn: [String: String],
                             found: [(Sentence, [Mention])]) -> String? {
        let held = candidates.filter { $0.type == .holds && $0.from.key == person.key }
        guard let job = held.first(where: { $0.rule == "post-before-name" || $0.rule == "counterpart-post" })
                ?? held.last(where: { $0.rule == "post-after-name" }) else { return nil }
        if let post = job.to.entityID { return postIn[post] }
        let mentions = found.first { $0.0.range == job.sentence.range }?.1 ?? []
        return mentions.first { $0.kind == .organization && $0.entityID != nil && job.to.tokens.contains($0.tokens.lowerBound) }?.entityID
    }

    /// A document the dataset says was signed at an event: its id and its names, folded, between spaces.
    struct Known {
        var id: String
        var names: [String]
    }

    /// Each unnamed signed document as the dataset's document signed at the same event, when exactly one
    /// of those has the noun's first word in a name ("minute" in "Minutes of the 5th … dialogue"): another
    /// article's report of the same signing; otherwise a new document named "<noun> (<event>)", the event
    /// as the article or the dataset names it.
    static func named(_ candidates: [RelationCandidate], signedAt: [String: [Known]]) -> [RelationCandidate] {
        var renamed: [String: String] = [:]
        var ids: [String: String] = [:]
        for signing in candidates where signing.type == .signedAt && signing.from.rule == rule && signing.from.entityID == nil {
            let head = NameFolding.tokens(signing.from.name).first ?? ""
            let known = signing.to.entityID.map { signedAt[$0] ?? [] } ?? []
            let fitting = known.filter { $0.names.contains { $0.contains(" " + head) } }
            if fitting.count == 1 { ids[signing.from.key] = fitting[0].id; continue }
            renamed[signing.from.key] = renamed[signing.from.key] ?? signing.from.name + " (" + signing.to.name + ")"
        }
        return candidates.map { candidate in
            var out = candidate
            for end in [\RelationCandidate.from, \RelationCandidate.to] {
                if let name = renamed[candidate[keyPath: end].key] { out[keyPath: end].name = name }
                if let id = ids[candidate[keyPath: end].key] {
                    out[keyPath: end].entityID = id
                    out[keyPath: end].rule += "+known-signing"
                }
            }
            return out
        }
    }
}

extension RelationRules {
    /// "X and his counterpart Y signed …", "the two parties signed …": signed by each person before the
    /// verb joined by "and" (ranks, "his Lao counterpart" between), signed_at the sentence's event; a
    /// signing by "the two sides" marks its `sides` for `SignedDocuments.completed`.
    func signings() -> [RelationCandidate] {
        guard let words = trigger(GenreLexicon.sign) else { return [] }
        var out: [RelationCandidate] = []
        let documents = mentions.filter { $0.kind == .document && $0.range.lowerBound >= words.upperBound }
        let sides = trigger(GenreLexicon.twoSides).flatMap { $0.upperBound <= words.lowerBound ? $0 : nil }
        for document in documents {
            for signer in signers(before: words) {
                out.append(candidate(.signed, signer, document, 0.7, "sign-verb", trigger: words))
            }
            if let event {
                var relation = candidate(.signedAt, document, event, 0.6, "sign-verb", trigger: sides.map { $0.lowerBound..<words.upperBound } ?? words)
                relation.sides = sides
                out.append(relation)
            }
        }
        return out
    }

    /// The last person or organisation before the verb, and the person before it when the two are written
    /// as a pair ("Chien and his Lao counterpart Vongkham", "Đại tá Đào Ngọc Phương và Đại tá Xỉ Vị Xay").
    func signers(before words: Range<Int>) -> [Mention] {
        let actors = mentions.filter { ($0.kind == .person || $0.kind == .organization) && $0.range.upperBound <= words.lowerBound }
        guard let last = actors.last else { return [] }
        guard last.kind == .person, let previous = actors.dropLast().last, previous.kind == .person else { return [last] }
        return joinedPair(previous, last) ? [previous, last] : [last]
    }

    /// The first two people of the sentence written as a pair ("San and his Lao counterpart … Vongkham").
    func pair() -> [Mention]? {
        let people = of(.person)
        return zip(people, people.dropFirst()).first { joinedPair($0, $1) }.map { [$0, $1] }
    }

    /// Whether only "and", ranks, a possessive, a country's word and "counterpart" stand between the two.
    func joinedPair(_ previous: Mention, _ last: Mention) -> Bool {
        let between = previous.tokens.upperBound..<last.tokens.lowerBound
        let ranks = mentions.filter { $0.kind == .rank && between.contains($0.tokens.lowerBound) }.flatMap { Array($0.tokens) }
        let allowed: Set<String> = ["and", "va", "et", "his", "her", "son", "sa", "counterpart", "homologue"]
        let joined = between.allSatisfy { i in
            ranks.contains(i) || allowed.contains(sentence.tokens[i].folded) || GenreLexicon.countryWords.contains(sentence.tokens[i].folded)
        }
        return joined && between.contains { ["and", "va", "et"].contains(sentence.tokens[$0].folded) }
    }
}
