import RelGraphAlgorithms
import RelGraphCore

/// Proposes the entities and relations of one article in the dataset's vocabulary.
///
/// Per sentence: the dataset's names (folded, as lookup folds them), then the genre's patterns (a
/// person after a rank, rounds with ordinals, units, places, documents with periods, posts), each new
/// name resolved against the dataset with xref's scorer (`NameResolver`); then the relation rules.
/// A relation the dataset has already becomes a citation of it; one this source cites already, or that
/// a review rejected for this article, is not proposed again.
///
/// - Complexity: O(s·t·L) for s sentences of t words (L: the longest dataset name in words), plus
///   O(m·n) name comparisons for m pattern mentions against the n names of their kind.
public struct Extractor: Sendable {
    let dataset: Dataset
    let names: DatasetNames
    let resolver: NameResolver
    let topics: TopicFinder
    /// (mechanism id, ordinal) → the dataset's round.
    let rounds: [String: String]
    /// A round's mechanism and ordinal, from the dataset's round_of relations.
    let roundOf: [String: (mechanism: String, ordinal: Int?)]
    /// Entity id → country, for the entities the dataset gives one.
    let countries: [String: String]
    /// The dataset's events by place, date and participants, for events an article introduces unnamed.
    let knownEvents: KnownEvents
    /// Documents whose signing the dataset places at an event (`signed_at`): no event merely refers to them.
    let signedDocuments: Set<String>
    /// Post → the organisation it is a post in (the dataset's post_in): whose side a co-chair signs for.
    let postIn: [String: String]
    /// Event → the documents the dataset says were signed at it: an unnamed signed document is one of those.
    let signedAt: [String: [SignedDocuments.Known]]

    public init(dataset: Dataset) {
        self.dataset = dataset
        names = DatasetNames(entities: dataset.entities)
        resolver = NameResolver(entities: dataset.entities)
        topics = TopicFinder(entities: dataset.entities)
        var rounds: [String: String] = [:]
        var roundOf: [String: (mechanism: String, ordinal: Int?)] = [:]
        let entities = Dictionary(dataset.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for relation in dataset.relations where relation.type == .roundOf {
            let ordinal = relation.qualifiers["ordinal"] ?? entities[relation.from].flatMap { entity in
                entity.attributes["ordinal"] ?? entity.statements.first { $0.property == "ordinal" }?.value
            }
            if let ordinal { rounds[relation.to + "#" + ordinal] = relation.from }
            roundOf[relation.from] = (relation.to, ordinal.flatMap { Int($0) })
        }
        self.rounds = rounds
        self.roundOf = roundOf
        knownEvents = KnownEvents(dataset: dataset)
        signedDocuments = Set(dataset.relations.filter { $0.type == .signedAt }.map(\.from))
        signedAt = Dictionary(grouping: dataset.relations.filter { $0.type == .signedAt && entities[$0.from] != nil }, by: \.to)
            .mapValues { relations in relations.map { relation in
                SignedDocuments.Known(id: relation.from, names: entities[relation.from]!.names.map { " " + NameFolding.tokens($0.text).joined(separator: " ") + " " })
            } }
        postIn = Dictionary(dataset.relations.filter { $0.type == .postIn }.map { ($0.from, $0.to) }, uniquingKeysWith: { a, _ in a })
        countries = Dictionary(dataset.entities.compactMap { e in e.country.map { (e.id, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The proposals for `article`, cited as `sourceID`; `language` nil takes the one the article's header
    /// declares (a corpus file's `language:`), or else detects it from the text; `rejected` holds the
    /// `RejectedProposals.key`s of proposals a review rejected for this source.
    public func extract(_ article: Article, sourceID: String, language: String?, date: PartialDate?,
                        rejected: Set<String> = []) -> Proposals {
        let sentences = SentenceSplitter.sentences(of: article)
        // The header is the better evidence: a short article quoting names in another language misleads
        // the word counts (a one-sentence French report of Vietnamese names read as Vietnamese).
        let declared = article.source?.language.flatMap { LanguageDetector.languages.contains($0) ? $0 : nil }
        let lang = language ?? declared ?? LanguageDetector.detect(sentences.flatMap(\.tokens), text: article.scalars)
        var found: [(Sentence, [Mention])] = []
        for sentence in sentences {
            var scan = SentenceScanner(article: article, sentence: sentence, resolver: resolver,
                                       mentions: names.mentions(in: sentence, article: article))
            PersonAndPostFinder.people(&scan)
            EventAndPlaceFinder.rounds(&scan, language: lang)
            EventAndPlaceFinder.unitsAndPlaces(&scan)
            EventAndPlaceFinder.documents(&scan)
            SignedDocuments.nouns(&scan, language: lang)
            PersonAndPostFinder.posts(&scan, language: lang)
            IntroducedEvents.nouns(&scan, language: lang)
            scan.mentions += topics.mentions(in: sentence, article: article, taken: scan.mentions, language: lang)
            found.append((sentence, scan.mentions.map(placeRound)))
        }
        // The article's main event: the first event it names, unless named as the occasion of another
        // ("held talks … on the occasion of the second … exchange"): the talks are then the article's.
        // An event it introduces without a name is the main one only when it names none. Nor is an event
        // the dataset dates only in other years than the article's ("such as the first … exchange in 2021"
        // in a report of 2024): news recalls past events beside the one it reports.
        func events(_ found: [(Sentence, [Mention])]) -> [Mention] {
            found.flatMap { sentence, mentions in
                mentions.filter { $0.kind == .event && !Self.isOccasion($0, in: sentence, among: mentions) && !knownEvents.past($0.entityID, before: date) }
            }
        }
        found = Surnames.added(found)
        let mainNamed = events(found).first { $0.introducedAs == nil }
        found = IntroducedEvents.place(found, mainNamed: mainNamed)
        let mainEvent = mainNamed ?? events(found).first
        var candidates: [RelationCandidate] = []
        var previous: RelationRules?
        for (sentence, mentions) in found {
            let date = DateFinder.first(in: sentence, article: article, articleDate: date)?.date
            let rules = RelationRules(sentence: sentence, mentions: mentions, mainEvent: mainEvent, date: date,
                                      scalars: article.scalars)
            candidates += rules.all() + rules.theirEvent(previous: previous)
            previous = rules
        }
        candidates += follows(found.flatMap(\.1), sentences: found)
        candidates = IntroducedEvents.named(candidates, language: lang, known: knownEvents, articleDate: date,
                                              mainNamed: mainNamed)
        candidates = SignedDocuments.completed(candidates.compactMap(matchingCountries), postIn: postIn, signedAt: signedAt, found: found)
        candidates = withoutSignedReferences(candidates)
        return ProposalAssembly(dataset: dataset, article: article, sourceID: sourceID, language: lang, date: date,
                                rejected: rejected).assemble(candidates)
    }

    /// An event does not refer to a document signed at it: the article signs it elsewhere ("the two sides
    /// signed X" … "under X, …"), or the dataset says where it was signed.
    func withoutSignedReferences(_ candidates: [RelationCandidate]) -> [RelationCandidate] {
        let signed = Set(candidates.filter { $0.type == .signed || $0.type == .signedAt }.map { $0.type == .signed ? $0.to.key : $0.from.key })
            .union(signedDocuments)
        return candidates.filter { $0.type != .refersTo || !signed.contains($0.to.key) }
    }

    /// Whether the sentence names the event as an occasion: after "on the occasion of", "nhân dịp",
    /// "à l'occasion de", "on the sidelines of" … (`RelationRules.occasions`), with words but no other event
    /// between ("on the occasion of accompanying the Prime Minister to the 47th meeting"; in "Nhân dịp
    /// <exchange>, A hội đàm với B" the talks are not the occasion).
    static func isOccasion(_ event: Mention, in sentence: Sentence, among mentions: [Mention]) -> Bool {
        let tokens = sentence.tokens
        guard sentence.range.contains(event.range.lowerBound) else { return false }
        for start in stride(from: event.tokens.lowerBound - 1, through: 0, by: -1) {
            if mentions.contains(where: { $0.kind == .event && $0.tokens.lowerBound == start && $0.tokens != event.tokens }) { return false }
            if RelationRules.occasions.contains(where: { words in
                start + words.count <= event.tokens.lowerBound && zip(tokens[start..<(start + words.count)], words).allSatisfy { $0.folded == $1 }
            }) { return true }
        }
        return false
    }

    /// A person holds a post of their own country: "Minister of Defence General Chansamone Chanyalath"
    /// is Laos's minister although the words fit Vietnam's as well. When the dataset gives both
    /// countries and they differ, the post is resolved again among the person's country's posts, and the
    /// proposal is dropped when none fits.
    func matchingCountries(_ candidate: RelationCandidate) -> RelationCandidate? {
        // A counterpart's post is the other's post in the counterpart's country: always resolved again.
        let counterpart = candidate.rule == "counterpart-post"
        guard candidate.type == .holds,
              let person = candidate.country ?? candidate.from.entityID.flatMap({ countries[$0] }) else { return counterpart ? nil : candidate }
        if let post = candidate.to.entityID, let country = countries[post], country == person { return candidate }
        if !counterpart, let post = candidate.to.entityID, countries[post] == nil { return candidate }
        // Names of Laos's posts say "Lao"; the article may not ("Deputy Prime Minister and Defence Minister").
        let marked = GenreLexicon.countryMarker[person].map { $0 + " " + candidate.to.name } ?? candidate.to.name
        guard let match = resolver.resolve(candidate.to.name, kind: .post, minimum: 0.6, among: { countries[$0] == person })
                ?? resolver.resolve(marked, kind: .post, minimum: 0.6, among: { countries[$0] == person }) else {
            return candidate.to.entityID == nil && !counterpart ? candidate : nil
        }
        var fixed = candidate
        fixed.to.entityID = match.id
        fixed.to.rule += "+country"
        return fixed
    }

    /// A round found by its ordinal is the dataset's round with that number, when it has one.
    func placeRound(_ mention: Mention) -> Mention {
        // A round the dataset names is a round of its mechanism: its round_of is stated here once more.
        if let id = mention.entityID, mention.kind == .event, mention.mechanismID == nil, let round = roundOf[id] {
            var placed = mention
            placed.mechanismID = round.mechanism
            placed.ordinal = round.ordinal
            return placed
        }
        guard mention.entityID == nil, let mechanism = mention.mechanismID, let ordinal = mention.ordinal,
              let id = rounds[mechanism + "#" + String(ordinal)] else { return mention }
        var placed = mention
        placed.entityID = id
        placed.rule += "+round-index"
        return placed
    }

    /// Round n+1 follows round n when the article names both.
    func follows(_ mentions: [Mention], sentences: [(Sentence, [Mention])]) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        let rounds = mentions.filter { $0.ordinal != nil && $0.mechanismID != nil }
        for later in rounds {
            guard let earlier = rounds.first(where: { $0.mechanismID == later.mechanismID && $0.ordinal == later.ordinal! - 1 }),
                  let sentence = sentences.first(where: { $0.0.range.contains(later.range.lowerBound) })?.0 else { continue }
            var anchored = earlier
            if !sentence.range.contains(earlier.range.lowerBound) { anchored.range = later.range }
            out.append(RelationCandidate(type: .follows, from: later, to: anchored, sentence: sentence, trigger: nil,
                                         confidence: 0.7, rule: "consecutive-rounds"))
        }
        return out
    }
}
