/// The checks on a dataset's meaning, independent of the file format it came from: ids, references,
/// kinds and relation types, dates, citations. Syntax and field-level checks belong to each reader.
///
/// All problems are reported, in input order; nothing stops at the first.
public enum DatasetValidator {
    /// Longest quote, in characters, before a warning: a citation should be a short exact quote.
    public static let longQuote = 300

    /// `judged`: the pairs of entities an analyst has judged (the same or different), which the
    /// same-name warning no longer raises.
    /// - Complexity: O(V + E + citations).
    public static func validate(_ dataset: Dataset, locations: DatasetLocations = .init(),
                                judged: Set<EntityPair> = []) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let sourceIDs = checkIDs(dataset.sources.map(\.id), what: "source", at: { locations.source($0).at("id") },
                                 into: &problems)
        let entityIDs = checkIDs(dataset.entities.map(\.id), what: "entity", at: { locations.entity($0).at("id") },
                                 into: &problems)
        for (i, source) in dataset.sources.enumerated() {
            if let url = source.url, !url.lowercased().hasPrefix("http://"), !url.lowercased().hasPrefix("https://") {
                problems.append(.warning("source '\(source.id)' has an address that is not http(s): '\(url)' "
                                         + "(drawings do not link to it)", at: locations.source(i).at("url")))
            }
        }
        var kindOf: [String: EntityKind] = [:]
        for (i, entity) in dataset.entities.enumerated() {
            let place = locations.entity(i)
            if kindOf[entity.id] == nil { kindOf[entity.id] = entity.kind }
            if !entity.kind.isKnown {
                problems.append(.error("unknown entity kind '\(entity.kind)' (known: \(EntityKind.known.map(\.rawValue).joined(separator: ", ")))",
                                       at: place.at("kind")))
            }
            if entity.names.isEmpty {
                problems.append(.error("entity '\(entity.id)' has no name", at: place.at("names")))
            }
            // A control character in a name is a paste accident, shown as a picture wherever relgraph
            // prints it. Line breaks are left alone: labels of other tools carry them on purpose.
            if let name = entity.names.first(where: { name in
                name.text.unicodeScalars.contains { $0 != "\n" && $0 != "\r" && ControlCharacters.picture(of: $0) != nil }
            }) {
                problems.append(.warning("a name of entity '\(entity.id)' contains a control character: "
                                         + "'\(name.text)'", at: place.at("names")))
            }
            checkCitations(entity.citations, of: "entity '\(entity.id)'", required: false, place: place,
                           at: place.citation, sourceIDs: sourceIDs, into: &problems)
            checkStatements(entity, place: place, sourceIDs: sourceIDs, into: &problems)
            for name in entity.names {
                if let source = name.source, !sourceIDs.contains(source) {
                    problems.append(.error("entity '\(entity.id)' has a name cited to unknown source '\(source)'",
                                           at: place.at("names")))
                }
            }
        }
        _ = checkIDs(dataset.relations.map(\.id), what: "relation", at: { locations.relation($0).at("id") },
                     into: &problems)
        var seen: [String: Int] = [:]
        for (i, relation) in dataset.relations.enumerated() {
            let place = locations.relation(i)
            checkEnds(relation, place: place, entityIDs: entityIDs, kindOf: kindOf, into: &problems)
            if let from = relation.fromDate, let until = relation.untilDate, until.lastDay < from.firstDay {
                problems.append(.error("until_date \(until) is before from_date \(from)", at: place.at("until_date")))
            }
            checkCitations(relation.citations, of: "relation '\(relation.id)'", required: true, place: place,
                           at: place.citation, sourceIDs: sourceIDs, into: &problems)
            checkSpeaker(relation, place: place, kindOf: kindOf, into: &problems)
            if relation.from == relation.to {
                problems.append(.warning("relation '\(relation.id)' connects '\(relation.from)' to itself",
                                         at: place.at("to")))
            }
            let key = statementKey(relation)
            if let first = seen[key] {
                problems.append(.warning("relation '\(relation.id)' states the same as '\(dataset.relations[first].id)'",
                                         at: place.start))
            } else {
                seen[key] = i
            }
        }
        problems += partOfCycles(in: dataset, locations: locations)
        problems += conflictWarnings(dataset, locations: locations)
        problems += sameNameWarnings(dataset, locations: locations, judged: judged)
        return problems
    }

    /// One warning per `part_of` cycle, at the relation that closes it: a cycle makes hierarchy
    /// views and ancestor queries meaningless.
    /// - Complexity: O(V log V + E).
    static func partOfCycles(in dataset: Dataset, locations: DatasetLocations) -> [Diagnostic] {
        let (graph, relationOfEdge) = dataset.freeze()
        return OrganisationTree(graph).cycles().map { cycle in
            let names = cycle.nodes.map { graph.nodeIDs[Int($0)] }.joined(separator: " → ")
            return .warning("part_of cycle: \(names)", at: locations.relation(Int(relationOfEdge[Int(cycle.closing)])).start)
        }
    }

    /// Reports malformed and duplicate ids; returns the set of ids.
    private static func checkIDs(_ ids: [String], what: String, at: (Int) -> SourceLocation?,
                                 into problems: inout [Diagnostic]) -> Set<String> {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if !isSlug(id) {
                problems.append(.error("\(what) id '\(id)' is not a slug (lowercase letters, digits, '-', '_', '.')",
                                       at: at(i)))
            }
            if let earlier = first[id] {
                let origin = at(earlier).map { " (first defined at \($0))" } ?? ""
                problems.append(.error("duplicate \(what) id '\(id)'\(origin)", at: at(i)))
            } else {
                first[id] = i
            }
        }
        return Set(first.keys)
    }

    /// Lowercase ASCII letters and digits, `-`, `_`, `.`, `:`, `>`, `~` (the last three appear in derived
    /// relation ids), starting with a letter or digit.
    public static func isSlug(_ id: String) -> Bool {
        guard let first = id.utf8.first, isLowerAlnum(first) else { return false }
        return id.utf8.allSatisfy { isLowerAlnum($0) || "-_.:>~".utf8.contains($0) }
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func checkEnds(_ relation: Relation, place: DatasetLocations.Record, entityIDs: Set<String>,
                                  kindOf: [String: EntityKind], into problems: inout [Diagnostic]) {
        for (field, id) in [("from", relation.from), ("to", relation.to)] where !entityIDs.contains(id) {
            problems.append(.error("relation '\(relation.id)' refers to unknown entity '\(id)'", at: place.at(field))
                .naming(unresolved: id))
        }
        guard let spec = relation.type.spec else {
            let known = RelationTypeSpec.table.map(\.type.rawValue).joined(separator: ", ")
            problems.append(.error("unknown relation type '\(relation.type)' (known: \(known))", at: place.at("type")))
            return
        }
        guard let fromKind = kindOf[relation.from], let toKind = kindOf[relation.to],
              fromKind.isKnown, toKind.isKnown else { return }
        if !spec.allows(from: fromKind, to: toKind) {
            problems.append(.error(
                "\(relation.type) connects \(spec.allowedDescription), not \(fromKind) '\(relation.from)' → \(toKind) '\(relation.to)'",
                at: place.at("type")))
        }
    }

    /// `at(i, field)` is where field `field` of the i-th citation stands.
    private static func checkCitations(_ citations: [Citation], of owner: String, required: Bool,
                                       place: DatasetLocations.Record, at: (Int, String) -> SourceLocation?,
                                       sourceIDs: Set<String>, into problems: inout [Diagnostic]) {
        if required && citations.isEmpty {
            problems.append(.error("\(owner) has no source", at: place.at("sources")))
        }
        for (c, citation) in citations.enumerated() {
            if !sourceIDs.contains(citation.source) {
                problems.append(.error("\(owner) cites unknown source '\(citation.source)'", at: at(c, "source"))
                    .naming(unresolved: citation.source))
            }
            if citation.quote.allSatisfy(\.isWhitespace) {
                problems.append(.error("\(owner) has an empty quote", at: at(c, "quote")))
            } else if citation.quote.count > longQuote {
                problems.append(.warning("\(owner) quotes \(citation.quote.count) characters (more than \(longQuote))",
                                         at: at(c, "quote")))
            }
        }
    }

    /// A statement's property is a slug and its citation is checked like any other.
    private static func checkStatements(_ entity: Entity, place: DatasetLocations.Record, sourceIDs: Set<String>,
                                        into problems: inout [Diagnostic]) {
        for (s, statement) in entity.statements.enumerated() where !isSlug(statement.property) {
            problems.append(.error("statement property '\(statement.property)' of entity '\(entity.id)' is not a slug",
                                   at: place.statement(s, "property")))
        }
        checkCitations(entity.statements.map(\.citation), of: "statement of entity '\(entity.id)'", required: false,
                       place: place, at: place.statement, sourceIDs: sourceIDs, into: &problems)
    }

    /// Who said it must be a known person or organisation.
    private static func checkSpeaker(_ relation: Relation, place: DatasetLocations.Record,
                                     kindOf: [String: EntityKind], into problems: inout [Diagnostic]) {
        guard let speaker = relation.speaker else { return }
        guard let kind = kindOf[speaker] else {
            problems.append(.error("relation '\(relation.id)' names unknown speaker '\(speaker)'", at: place.at("speaker")))
            return
        }
        if kind != .person && kind != .organization {
            problems.append(.error("the speaker of relation '\(relation.id)' must be a person or organization, not \(kind) '\(speaker)'",
                                   at: place.at("speaker")))
        }
    }

    /// Two relations say the same thing when type, ends (in either order for symmetric types) and
    /// dates agree.
    private static func statementKey(_ relation: Relation) -> String {
        var ends = [relation.from, relation.to]
        if relation.type.isSymmetric { ends.sort() }
        let dates = "\(relation.fromDate?.description ?? "")/\(relation.untilDate?.description ?? "")"
        return "\(relation.type)|\(ends[0])|\(ends[1])|\(dates)|\(relation.status)"
    }
}
