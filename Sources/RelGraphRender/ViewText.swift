import RelGraphCore

/// The words a diagram shows: short wrapped labels on the drawing, and the full story — every
/// name, dates, citations — in tooltips that SVG viewers show on hover.
enum ViewText {
    /// Label lines are at most this many characters: long Vietnamese names otherwise make nodes
    /// wider than the page.
    static let lineWidth = 24
    /// Labels show at most this many lines; a 10 kB name must not become a 10 kB node.
    static let maxLines = 4
    /// Each piece of a tooltip is cut at this many characters.
    static let maxPiece = 400

    /// `text` broken at spaces into lines of at most `width` characters (a longer word is cut),
    /// at most `maxLines` lines, the last ending in `…` when text was dropped. Lines are balanced:
    /// a name that needs two lines is cut near its middle, not before its last word. Lines are
    /// joined with a line break, which `DOT.quoted` writes as `\n`.
    /// - Complexity: O(n) in the length of `text`, times the few widths tried.
    static func wrap(_ text: String, width: Int = lineWidth, maxLines: Int = maxLines) -> String {
        // Text beyond what the lines can hold is never shown; a 10 kB name costs no more than a short one.
        let shown = text.prefix(width * (maxLines + 1))
        let words = shown.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).map(String.init)
        let length = words.reduce(0) { $0 + $1.count } + max(0, words.count - 1)
        guard length > width else { return words.joined(separator: " ") }
        // The narrowest width that needs no more lines than `width` itself does.
        let needed = greedyLines(words, width: width)
        var balanced = max(words.map(\.count).max() ?? 0, (length + needed.count - 1) / needed.count)
        while balanced < width && greedyLines(words, width: balanced).count > needed.count { balanced += 1 }
        let lines = greedyLines(words, width: min(balanced, width))
        guard lines.count > maxLines else { return lines.joined(separator: "\n") }
        var kept = Array(lines.prefix(maxLines))
        var last = kept.removeLast()
        if last.count >= width { last.removeLast() }
        return (kept + [last + "…"]).joined(separator: "\n")
    }

    /// Words filled into lines of at most `width` characters, cutting words longer than that.
    private static func greedyLines(_ words: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for var word in words {
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `text` cut to `limit` characters, ending in `…` when cut.
    static func clip(_ text: String, _ limit: Int = maxPiece) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// The label of an entity on the drawing: its display name, wrapped; a person's rank above.
    static func label(of entity: Entity, withRank: Bool = false) -> String {
        let name = wrap(entity.displayName)
        guard withRank, let rank = entity.attributes["rank"] else { return name }
        return wrap(rank, maxLines: 1) + "\n" + name
    }

    /// Every distinct name with its language, the kind, classification and country, the id,
    /// the attributes and the entity's own citations.
    static func tooltip(of entity: Entity) -> String {
        var lines: [String] = []
        var seen: Set<String> = []
        for name in entity.names where seen.insert(name.text).inserted {
            var line = clip(name.text)
            if let lang = name.lang { line += " (\(lang))" }
            if name.from != nil || name.until != nil {
                line += " \(name.from?.description ?? "")–\(name.until?.description ?? "")"
            }
            lines.append(line)
        }
        let facts = [entity.kind.rawValue, entity.classification, entity.country].compactMap { $0 }
        lines.append(clip(facts.joined(separator: " · ")) + " [\(clip(entity.id))]")
        for key in entity.attributes.keys.sorted() {
            lines.append(clip("\(key): \(entity.attributes[key] ?? "")"))
        }
        lines += entity.citations.map(citationLine)
        return lines.joined(separator: "\n")
    }

    /// `A —holds→ B`, then the relation's evidence as `Network.evidence` gives it (date, status,
    /// citations), its qualifiers and its note.
    static func tooltip(of edge: Graph.Edge, in network: Network) -> String {
        let relation = network.relation(edge)
        var lines = [clip(network.hop(edge, from: network.graph.edgeSource[Int(edge)]), 2 * maxPiece)]
        let evidence = network.evidence(of: relation)
        if !evidence.isEmpty { lines.append(clip(evidence, 4 * maxPiece)) }
        for key in relation.qualifiers.keys.sorted() {
            lines.append(clip("\(key): \(relation.qualifiers[key] ?? "")"))
        }
        if let note = relation.note { lines.append(clip(note)) }
        return lines.joined(separator: "\n")
    }

    /// `vtc-2024-10-22 ¶3, "quote"`, as `Network.evidence` writes a citation.
    static func citationLine(_ citation: Citation) -> String {
        let locator = citation.locator.map { " \(clip($0, 40))" } ?? ""
        return "\(clip(citation.source, 80))\(locator), \"\(clip(citation.quote))\""
    }

    /// The label a path shows on each relation: type, date, first citation's source and locator.
    static func pathLabel(of edge: Graph.Edge, in network: Network) -> String {
        let relation = network.relation(edge)
        var lines = [relation.type.rawValue]
        if let date = relation.dateText { lines.append(date) }
        if relation.status != .reported { lines.append(relation.status.rawValue) }
        if let citation = relation.citations.first {
            lines.append(clip(citation.source + (citation.locator.map { " \($0)" } ?? ""), 40))
        }
        return lines.joined(separator: "\n")
    }

    /// The address of the first cited source that has a web one, for a click on the entity or
    /// relation. Only http(s): a `javascript:` or `data:` address in a dataset would run in the
    /// browser of whoever clicks the drawing.
    static func url(of citations: [Citation], in dataset: Dataset) -> String? {
        citations.lazy.compactMap { dataset.source($0.source)?.url }.first(where: isWebAddress)
    }

    static func isWebAddress(_ url: String) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }
}
