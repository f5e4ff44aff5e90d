import RelGraphCore

/// Events an article introduces without a name or an ordinal: "At their meeting in Hanoi on July 20",
/// "held talks with", "the welcoming ceremony", "hội đàm", "lễ ký kết", "l'entretien". The dataset
/// gives such an event a name of its own, an analyst's description ("Meeting of deputy defence
/// ministers … (Hanoi, 20 July 2023)"): the extractor proposes it as a new event named the same way,
/// from what the article says of it (who took part, where, when), so that a reviewer reads it as that one.
///
/// One event per noun per article: "the meeting" after "their meeting in Hanoi" is the same meeting.
/// A noun that stands beside an event the article names ("hội nghị Đối thoại … lần thứ 5") or that
/// the article's main named event's name holds ("During the dialogue") is that named event.
enum IntroducedEvents {
    /// Folded nouns, per language, of the events the genre reports without naming them.
    static let nouns: [String: [[String]]] = [
        "en": [["meeting"], ["meetings"], ["talks"], ["ceremony"], ["conference"]],
        "vi": [["hoi", "dam"], ["hoi", "kien"], ["cuoc", "gap"], ["buoi", "lam", "viec"], ["hoi", "nghi"], ["le"]],
        "fr": [["entretien"], ["entretiens"], ["rencontre"], ["ceremonie"], ["reunion"], ["pourparlers"]],
    ]
    /// Words before (en, fr) or after (vi) the noun that make it a recurring mechanism or another
    /// occasion than the one reported ("the annual meeting between the defence ministers", "the next
    /// meeting", "giao ban định kỳ").
    static let notThisOne: Set<String> = ["annual", "regular", "periodic", "next", "previous", "upcoming", "future", "last",
                                          "thuong", "dinh", "toi", "tiep", "truoc", "prochaine", "annuelle", "reguliere"]

    /// The nouns of the sentence not inside another mention, each a new event (`introducedAs`).
    static func nouns(_ scan: inout SentenceScanner, language: String) {
        let tokens = scan.tokens
        for k in tokens.indices {
            guard let noun = (nouns[language] ?? []).first(where: { words in
                k + words.count <= tokens.count && zip(tokens[k..<(k + words.count)], words).allSatisfy { $0.folded == $1 }
            }) else { continue }
            var end = k + noun.count
            if language == "vi" && noun == ["le"] {
                // "lễ ký kết", "lễ kết nghĩa": the ceremony's two words after it; "Lê" is a surname, "lệ" a rule.
                guard scan.article.text(tokens[k].range).lowercased() == "lễ", end + 1 < tokens.count, !tokens[end].capitalized else { continue }
                end += min(2, (end..<min(tokens.count, end + 2)).prefix { !tokens[$0].capitalized && scan.joined($0 - 1) }.count)
            } else if language == "en" && k > 0 && tokens[k].capitalized {
                continue  // "Defence Ministers’ Meeting": inside a name the dataset lacks
            }
            let around = (language == "vi" ? Array(end..<min(tokens.count, end + 2)) : Array(max(0, k - 2)..<k)).map { tokens[$0].folded }
            guard !around.contains(where: notThisOne.contains), !scan.covered(k..<end) else { continue }
            // "the welcoming ceremony", "the signing ceremony": the kind of ceremony heads its name.
            var start = k
            if language == "en" && noun == ["ceremony"] && k > 0 && tokens[k - 1].folded.hasSuffix("ing") && !tokens[k - 1].capitalized {
                start = k - 1
            }
            let range = scan.scalarRange(start..<end)
            let text = scan.article.text(range)
            let label = noun == ["meetings"] ? "Meeting" : text.prefix(1).uppercased() + text.dropFirst()
            var mention = Mention(kind: .event, range: range, tokens: start..<end, name: label, entityID: nil,
                                  confidence: 0.7, rule: "event-noun")
            mention.introducedAs = label
            scan.mentions.append(mention)
        }
    }

    /// Each sentence's introduced nouns placed: dropped beside a named event (its descriptor), the main
    /// named event when its name holds the noun, otherwise one new event per noun for the whole article.
    static func place(_ found: [(Sentence, [Mention])], mainNamed: Mention?) -> [(Sentence, [Mention])] {
        var firstOf: [String: Mention] = [:]
        return found.map { sentence, mentions in
            let named = mentions.filter { $0.kind == .event && $0.introducedAs == nil }
            let placed: [Mention] = mentions.compactMap { mention in
                guard let label = mention.introducedAs else { return mention }
                if named.contains(where: { abs($0.tokens.lowerBound - mention.tokens.upperBound) <= 1 || abs(mention.tokens.lowerBound - $0.tokens.upperBound) <= 1 }) {
                    return nil
                }
                let words = " " + NameFolding.tokens(label).joined(separator: " ") + " "
                if let main = mainNamed, (" " + NameFolding.tokens(main.name).joined(separator: " ") + " ").contains(words) {
                    var same = main
                    same.range = mention.range
                    same.tokens = mention.tokens
                    return same
                }
                let key = NameFolding.tokens(label).joined(separator: " ")
                if let first = firstOf[key] {
                    var same = mention
                    same.name = first.name
                    return same
                }
                firstOf[key] = mention
                return mention
            }
            return (sentence, placed)
        }
    }

    /// The name the dataset's analysts would give each introduced event: "Meeting of A and B (Hanoi, 20
    /// July 2023)" — its participants, its place and its date as the article's relations give them.
    /// One the dataset has already (`KnownEvents`: same place and day, a participant in common) is that one.
    /// Undated in the article, it is dated by the article (news of the day) for that comparison only.
    static func named(_ candidates: [RelationCandidate], language: String, known: KnownEvents,
                      articleDate: PartialDate?, mainNamed: Mention?) -> [RelationCandidate] {
        var names: [String: String] = [:]
        var ids: [String: String] = [:]
        let introduced = Dictionary(candidates.flatMap { [$0.from, $0.to] }.filter { $0.introducedAs != nil }.map { ($0.key, $0) },
                                    uniquingKeysWith: { a, _ in a })
        var unplaced = Set<String>()
        for (key, event) in introduced {
            let about = candidates.filter { $0.from.key == key || $0.to.key == key }
            let held = about.first { $0.type == .heldAt && $0.from.key == key }
            let date = about.compactMap(\.fromDate).first
            let who = Set(about.filter { [.participatedIn, .coChairs, .heads].contains($0.type) }.compactMap(\.from.entityID))
            let places = Set(about.filter { $0.type == .heldAt }.compactMap(\.to.entityID))
            let noun = NameFolding.tokens(event.introducedAs!).joined(separator: " ")
            if let id = known.event(places: places, date: date ?? articleDate, people: who, noun: noun) {
                ids[key] = id
                continue
            }
            // A new event the article says neither where nor who of, or only one thing of, is one a
            // reviewer cannot tell from another (a ceremony only said to cover a topic): not proposed;
            // what the sentences say of it goes to the article's main named event, as before such events.
            guard about.count >= 2, about.contains(where: { [.heldAt, .participatedIn, .coChairs, .heads].contains($0.type) }) else {
                unplaced.insert(key)
                continue
            }
            var people: [String] = []
            for c in about where [.participatedIn, .coChairs, .heads].contains(c.type) && c.from.kind == .person && !people.contains(c.from.name) {
                people.append(c.from.name)
            }
            let between = [String(people.prefix(3).joined(separator: joiner(language, "and")))].filter { !$0.isEmpty }
            var name = event.introducedAs!
            if let who = between.first { name += " " + joiner(language, "of") + " " + who }
            let whereWhen = [held?.to.name, date.map { written($0, language) }].compactMap { $0 }
            if !whereWhen.isEmpty { name += " (" + whereWhen.joined(separator: ", ") + ")" }
            names[key] = name
        }
        return candidates.compactMap { candidate in
            var renamed = candidate
            for end in [\RelationCandidate.from, \RelationCandidate.to] where unplaced.contains(candidate[keyPath: end].key) {
                guard let main = mainNamed, candidate.type != .heldAt else { return nil }
                renamed[keyPath: end] = main
            }
            if let name = names[candidate.from.key] { renamed.from.name = name }
            if let name = names[candidate.to.key] { renamed.to.name = name }
            if let id = ids[candidate.from.key] { renamed.from.entityID = id; renamed.from.rule += "+known-event" }
            if let id = ids[candidate.to.key] { renamed.to.entityID = id; renamed.to.rule += "+known-event" }
            return renamed
        }
    }

    static func joiner(_ language: String, _ word: String) -> String {
        switch (language, word) {
        case ("vi", "and"): return " và "
        case ("vi", _): return "giữa"
        case ("fr", "and"): return " et "
        case ("fr", _): return "entre"
        case (_, "and"): return " and "
        default: return "of"
        }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "20 July 2023" (en, fr spelled the dataset's way), "20/7/2023" (vi).
    static func written(_ date: PartialDate, _ language: String) -> String {
        guard let month = date.month else { return String(date.year) }
        if language == "vi" { return [date.day.map(String.init), String(month), String(date.year)].compactMap { $0 }.joined(separator: "/") }
        return [date.day.map(String.init), months[month - 1], String(date.year)].compactMap { $0 }.joined(separator: " ")
    }
}

extension RelationRules {
    /// Words before an event that make another event of the sentence part of it: "held talks … on the
    /// occasion of the second … exchange", "bên lề", "en marge de".
    static let occasions: [[String]] = [
        ["occasion", "of"], ["sidelines", "of"], ["framework", "of"], ["nhan", "dip"], ["ben", "le"],
        ["trong", "khuon", "kho"], ["occasion", "de"], ["marge", "de"], ["cadre", "de"],
    ]

    /// The words of the occasion marker right before the event's name ("on the occasion of the"), "the",
    /// "la", "du" between allowed; nil when none stands there.
    static func occasionMarker(before event: Mention, in sentence: Sentence) -> Range<Int>? {
        let tokens = sentence.tokens
        guard sentence.range.contains(event.range.lowerBound) else { return nil }
        var end = event.tokens.lowerBound
        while end > 0 && ["the", "la", "le", "du", "cua"].contains(tokens[end - 1].folded) { end -= 1 }
        guard let marker = occasions.first(where: { words in
            end >= words.count && zip(tokens[(end - words.count)..<end], words).allSatisfy { $0.folded == $1 }
        }) else { return nil }
        return tokens[end - marker.count].range.lowerBound..<tokens[end - 1].range.upperBound
    }

    /// An event the sentence introduces (talks, a meeting, a ceremony) is part of the named event it was
    /// held on the occasion of, as the dataset records talks held during a friendship exchange.
    func partOfOccasion() -> [RelationCandidate] {
        let named = of(.event).filter { $0.introducedAs == nil && !$0.sentenceless(sentence) }
        let introduced = of(.event).filter { $0.introducedAs != nil && !$0.sentenceless(sentence) }
        var out: [RelationCandidate] = []
        for whole in named {
            guard let words = Self.occasionMarker(before: whole, in: sentence) else { continue }
            for part in introduced where part.key != whole.key {
                out.append(candidate(.partOf, part, whole, 0.65, "event-on-occasion", trigger: words))
            }
        }
        return out
    }

    /// "At their meeting in Hanoi …" after a sentence naming a pair ("San and his Lao counterpart
    /// Vongkham have agreed …"): the two took part in the meeting and met. "their"/"leur(s)" right before
    /// the introduced noun; the pair from the sentence itself, or else the sentence before it (a lead's paragraph ends there).
    func theirEvent(previous: RelationRules?) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for event in of(.event) where event.introducedAs != nil && !event.sentenceless(sentence) && event.tokens.lowerBound > 0 {
            let word = sentence.tokens[event.tokens.lowerBound - 1]
            guard ["their", "leur", "leurs"].contains(word.folded),
                  let pair = pair() ?? previous?.pair() else { continue }
            let their = word.range.lowerBound..<event.range.upperBound
            out += pair.map { candidate(.participatedIn, $0, event, 0.65, "their-event", trigger: their) }
            out.append(candidate(.metWith, pair[0], pair[1], 0.65, "their-event", trigger: their))
        }
        return out
    }
}

