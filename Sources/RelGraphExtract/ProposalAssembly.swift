import RelGraphCore

/// Turns relation candidates into proposals: one per (type, from, to), the surest first; a relation
/// the dataset has becomes a citation of it; new names become entity proposals with fresh ids.
struct ProposalAssembly {
    let dataset: Dataset
    let article: Article
    let sourceID: String
    let language: String
    let date: PartialDate?
    let rejected: Set<String>

    func assemble(_ candidates: [RelationCandidate]) -> Proposals {
        var existing: [String: Relation] = [:]
        for relation in dataset.relations {
            existing[RejectedProposals.key(relation.type, relation.from, relation.to), default: relation] = relation
            if relation.type.isSymmetric {
                existing[RejectedProposals.key(relation.type, relation.to, relation.from), default: relation] = relation
            }
        }
        var takenEntityIDs = Set(dataset.entities.map(\.id))
        var takenRelationIDs = Set(dataset.relations.map(\.id))
        var newIDs: [String: String] = [:]
        var entities: [EntityProposal] = []
        var relations: [RelationProposal] = []
        var seen = Set<String>()
        var rejectedBefore = 0

        func id(of mention: Mention, evidence: Evidence) -> String {
            if let id = mention.entityID { return id }
            if let id = newIDs[mention.key] { return id }
            let id = unique(Slug.make(mention.name), &takenEntityIDs)
            newIDs[mention.key] = id
            var statements: [String: String] = [:]
            if let ordinal = mention.ordinal { statements["ordinal"] = String(ordinal) }
            if let period = mention.period { statements["period"] = period }
            let quote = article.text(mention.range)
            entities.append(EntityProposal(id: id, kind: mention.kind, name: mention.name, lang: language,
                                           statements: statements,
                                           evidence: Evidence(rule: mention.rule, confidence: mention.confidence, quote: quote,
                                                              start: mention.range.lowerBound, end: mention.range.upperBound,
                                                              locator: "¶\(article.paragraph(at: mention.range.lowerBound))")))
            return id
        }

        let ordered = candidates.enumerated().sorted {
            $0.element.confidence != $1.element.confidence ? $0.element.confidence > $1.element.confidence : $0.offset < $1.offset
        }.map(\.element)
        var kept: [(RelationCandidate, String)] = []
        for candidate in ordered {
            // A quote that long is a sentence the rule read too much into (and the validator warns past 300).
            guard candidate.from.key != candidate.to.key, candidate.quoteRange.count <= 300,
                  candidate.type.spec?.allows(from: candidate.from.kind, to: candidate.to.kind) ?? false else { continue }
            let key = RejectedProposals.key(candidate.type, candidate.from.key, candidate.to.key)
            guard seen.insert(key).inserted else { continue }
            if rejected.contains(key) { rejectedBefore += 1; continue }
            if let relation = existing[key], relation.citations.contains(where: { $0.source == sourceID }) { continue }
            kept.append((candidate, key))
        }
        // In the article's order, so the review reads like the article.
        kept.sort { $0.0.quoteRange.lowerBound != $1.0.quoteRange.lowerBound ? $0.0.quoteRange.lowerBound < $1.0.quoteRange.lowerBound : $0.1 < $1.1 }
        for (candidate, key) in kept {
            let range = candidate.quoteRange
            let evidence = Evidence(rule: candidate.rule, confidence: candidate.confidence, quote: article.text(range),
                                    start: range.lowerBound, end: range.upperBound,
                                    locator: "¶\(candidate.sentence.paragraph)")
            let from = id(of: candidate.from, evidence: evidence), to = id(of: candidate.to, evidence: evidence)
            let speaker = candidate.speaker.map { id(of: $0, evidence: evidence) }
            if let relation = existing[key] {
                relations.append(RelationProposal(id: relation.id, existing: true, type: relation.type, from: relation.from,
                                                  to: relation.to, fromDate: nil, status: relation.status, speaker: nil,
                                                  qualifiers: [:], evidence: evidence))
                continue
            }
            let base = "\(from)-\(candidate.type.rawValue.replacingOccurrences(of: "_", with: "-"))-\(to)"
            relations.append(RelationProposal(id: unique(base, &takenRelationIDs), existing: false, type: candidate.type,
                                              from: from, to: to, fromDate: candidate.fromDate, status: candidate.status,
                                              speaker: speaker, qualifiers: candidate.qualifiers, evidence: evidence))
        }
        return Proposals(source: sourceID, language: language, date: date, entities: entities, relations: relations,
                         rejectedBefore: rejectedBefore)
    }

    func unique(_ base: String, _ taken: inout Set<String>) -> String {
        var id = base, n = 2
        while taken.contains(id) { id = "\(base)-\(n)"; n += 1 }
        taken.insert(id)
        return id
    }
}
