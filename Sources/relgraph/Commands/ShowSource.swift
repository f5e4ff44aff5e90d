import RelGraphCore

/// `show SOURCE-ID`: the source's header and every claim that cites it — names, entity citations,
/// statements and relations — so that one article's contribution can be read, checked or removed whole.
struct ShowSource {
    let network: Network
    let source: Source
    let ids: Bool

    struct Report: Encodable {
        struct EntityClaim: Encodable {
            var entity: EntitySummary
            var names: [Name]
            var citations: [Citation]
            var statements: [Statement]
        }
        var source: Source
        var entities: [EntityClaim]
        var relations: [Relation]
    }

    var report: Report {
        let id = source.id
        let dataset = network.dataset
        let entities = dataset.entities.compactMap { entity -> Report.EntityClaim? in
            let claim = Report.EntityClaim(entity: EntitySummary(entity), names: entity.names.filter { $0.source == id },
                                           citations: entity.citations.filter { $0.source == id },
                                           statements: entity.statements.filter { $0.citation.source == id })
            return claim.names.isEmpty && claim.citations.isEmpty && claim.statements.isEmpty ? nil : claim
        }
        return Report(source: source, entities: entities,
                      relations: dataset.relations.filter { Dataset.states($0, source: id) })
    }

    func print(_ format: OutputFormat) throws {
        let report = self.report
        if format == .json { return try Output.json(report) }
        Output.line("\(source.title ?? source.id) [\(source.id)]")
        let facts: [(String, String?)] = [("kind", source.kind.rawValue), ("publisher", source.publisher),
                                          ("date", source.date?.description), ("language", source.language),
                                          ("url", source.url)]
        Output.table(facts.compactMap { key, value in value.map { [key + ":", $0] } }
            + source.attributes.sorted { $0.key < $1.key }.map { [$0.key + ":", $0.value] })
        if !report.entities.isEmpty {
            Output.line("entities: \(report.entities.count)")
            for claim in report.entities {
                Output.line("  \(claim.entity.label)")
                for name in claim.names { Output.line("    name: \(name.text)\(name.lang.map { " (\($0))" } ?? "")") }
                for citation in claim.citations { Output.line("    source: \(Evidence.cited(citation))") }
                for statement in claim.statements {
                    Output.line("    \(statement.property): \(statement.value)  \(Evidence.cited(statement.citation))")
                }
            }
        }
        Output.line("relations: \(report.relations.count)")
        for relation in report.relations {
            let from = network.entity(id: relation.from)?.displayName ?? relation.from
            let to = network.entity(id: relation.to)?.displayName ?? relation.to
            var cited = relation
            cited.citations.removeAll { $0.source != source.id }
            Output.line("  \(from) —\(relation.type.rawValue)→ \(to)  \(Evidence.text(of: cited, ids: ids))")
        }
    }
}
