/// Why a name did not lead to exactly one entity.
public enum LookupError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(query: String)
    case ambiguous(query: String, candidates: [NameMatch])

    public var description: String {
        switch self {
        case let .notFound(query):
            return "no entity matches '\(query)'"
        case let .ambiguous(query, candidates):
            let listed = candidates.prefix(10).map { "\($0.entityID) (\($0.name))" }.joined(separator: ", ")
            let more = candidates.count > 10 ? ", and \(candidates.count - 10) more" : ""
            return "'\(query)' is ambiguous: \(listed)\(more); use an id"
        }
    }
}

/// One entity found by a name search, with the name that matched.
public struct NameMatch: Equatable, Sendable, Codable {
    public enum Quality: String, Sendable, Codable, Comparable {
        /// The query is the entity's id.
        case id
        /// The folded query equals a folded name.
        case exact
        /// Every word of the query starts a word of the name.
        case prefix

        public static func < (a: Quality, b: Quality) -> Bool {
            [Quality.id, .exact, .prefix].firstIndex(of: a)! < [Quality.id, .exact, .prefix].firstIndex(of: b)!
        }
    }

    public var node: Int32
    public var entityID: String
    public var name: String
    public var quality: Quality
    /// Words of the name that the query did not cover; fewer is a closer match.
    public var extraWords: Int

    public init(node: Int32, entityID: String, name: String, quality: Quality, extraWords: Int) {
        self.node = node
        self.entityID = entityID
        self.name = name
        self.quality = quality
        self.extraWords = extraWords
    }
}

/// Finds entities by any of their names, ignoring case, diacritics, punctuation and spacing.
///
/// Every name of every entity is folded (`NameFolding`); exact folded names go into a hash map and
/// every folded word into a sorted array, so a word prefix is a binary search.
public struct NameIndex: Sendable {
    private struct NameEntry: Sendable {
        let node: Int32
        let text: String
        let kind: Name.Kind
        let words: [String]
        /// `words` plus each pair of neighbouring words written together, so that "vietnam" finds
        /// "Việt Nam" and "luangprabang" finds "Luang Prabang".
        let searchWords: [String]
    }

    private let entries: [NameEntry]
    private let exact: [String: [Int32]]
    /// (word, entry index), sorted by word.
    private let words: [(word: String, entry: Int32)]

    /// Indexes `names[node]` for each node.
    /// - Complexity: O(N log N) in the total number of name words.
    public init(names: [[Name]]) {
        var entries: [NameEntry] = []
        var exact: [String: [Int32]] = [:]
        var words: [(word: String, entry: Int32)] = []
        for (node, nodeNames) in names.enumerated() {
            for name in nodeNames {
                let folded = NameFolding.tokens(name.text)
                guard !folded.isEmpty else { continue }
                let entry = Int32(entries.count)
                let joined = zip(folded, folded.dropFirst()).map { $0 + $1 }
                entries.append(NameEntry(node: Int32(node), text: name.text, kind: name.kind, words: folded,
                                         searchWords: folded + joined))
                let key = folded.joined(separator: " ")
                if exact[key]?.contains(Int32(node)) != true { exact[key, default: []].append(Int32(node)) }
                for word in Set(folded + joined) { words.append((word, entry)) }
            }
        }
        words.sort { $0.word != $1.word ? $0.word < $1.word : $0.entry < $1.entry }
        self.entries = entries
        self.exact = exact
        self.words = words
    }

    /// Entities whose folded name equals the folded query, then entities each of whose names has a
    /// word starting with each query word; ranked by quality, then closeness, then id.
    /// - Complexity: O(log W + m) for m names sharing the query's rarest word prefix.
    /// `ids[node]` is the id of each node.
    public func search(_ query: String, ids: StringColumn, limit: Int = .max) -> [NameMatch] {
        let queryWords = NameFolding.tokens(query)
        guard !queryWords.isEmpty else { return [] }
        var best: [Int32: NameMatch] = [:]
        func offer(_ match: NameMatch) {
            if let known = best[match.node], !Self.ranks(match, before: known) { return }
            best[match.node] = match
        }
        let ranges = queryWords.map(prefixRange)
        let rarest = ranges.indices.min { ranges[$0].count < ranges[$1].count }!
        for position in ranges[rarest] {
            let entry = entries[Int(words[position].entry)]
            guard Self.covers(entry.searchWords, with: queryWords) else { continue }
            let isExact = entry.words == queryWords
            offer(NameMatch(node: entry.node, entityID: ids[Int(entry.node)], name: entry.text,
                            quality: isExact ? .exact : .prefix,
                            extraWords: max(0, entry.words.count - queryWords.count)))
        }
        let ranked = best.values.sorted { Self.ranks($0, before: $1) }
        return Array(ranked.prefix(limit))
    }

    /// The one entity the query names: an exact folded name shared by one entity, or else the
    /// word-prefix match that covers at least twice the share of its name's words that any other
    /// match covers ("chansamone" is the person Chansamone Chanyalath, not the talks named after
    /// him, while "bo quoc phong" stays ambiguous between two ministries). Ids are tried first by
    /// `Network.resolve`.
    public func resolve(_ query: String, ids: StringColumn) throws(LookupError) -> Int32 {
        let key = NameFolding.key(query)
        if let nodes = exact[key] {
            if nodes.count == 1 { return nodes[0] }
            throw .ambiguous(query: query, candidates: search(query, ids: ids).filter { $0.quality == .exact })
        }
        let found = search(query, ids: ids)
        guard let best = found.first else { throw .notFound(query: query) }
        let words = Double(NameFolding.tokens(query).count)
        func share(_ match: NameMatch) -> Double { words / (words + Double(match.extraWords)) }
        if found.count == 1 || share(best) >= 2 * share(found[1]) { return best.node }
        throw .ambiguous(query: query, candidates: found)
    }

    private static func ranks(_ a: NameMatch, before b: NameMatch) -> Bool {
        (a.quality, a.extraWords, a.entityID) < (b.quality, b.extraWords, b.entityID)
    }

    /// Whether each query word starts a different word of the name.
    private static func covers(_ nameWords: [String], with queryWords: [String]) -> Bool {
        var used = [Bool](repeating: false, count: nameWords.count)
        for word in queryWords {
            guard let i = nameWords.indices.first(where: { !used[$0] && nameWords[$0].hasPrefix(word) }) else {
                return false
            }
            used[i] = true
        }
        return true
    }

    /// Positions in `words` whose word starts with `prefix`.
    private func prefixRange(_ prefix: String) -> Range<Int> {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].word < prefix { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < words.count, words[end].word.hasPrefix(prefix) { end += 1 }
        return low..<end
    }
}
