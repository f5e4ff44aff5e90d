import ArgumentParser
import RelGraphCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one entity: names, attributes, and every relation in and out with dates and citations.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An entity id or name, e.g. phan-van-giang or \"phan van giang\".")
    var entity: String

    struct Report: Encodable {
        struct Link: Encodable {
            var direction: String
            var other: EntitySummary
            var relation: Relation
        }
        var entity: Entity
        var relations: [Link]
        /// Where sources disagree about the entity or its relations (absent when nowhere).
        var conflicts: [String]?
    }

    func run() throws {
        let network = try options.network()
        let node = try network.resolve(entity)
        let entity = network.entity(node)
        let incidences = network.incidences(of: node)
        switch options.format {
        case .json:
            let conflicts = Conflicts.find(in: network.dataset).filter { conflict in
                (conflict.kind == .statement && conflict.subject == entity.id)
                    || incidences.contains { conflict.involves($0.relation) }
            }.map(\.summary)
            try Output.json(Report(entity: entity, relations: incidences.map {
                .init(direction: $0.isOutgoing ? "out" : "in", other: network.summary($0.neighbor),
                      relation: $0.relation)
            }, conflicts: conflicts.isEmpty ? nil : conflicts))
        case .text:
            printText(entity, node, incidences, network)
        }
    }

    /// `a-2024 ¶1, "quote"`
    static func cited(_ citation: Citation) -> String {
        let asOf = citation.asOf.map { " as of \($0)" } ?? ""
        return "\(citation.source)\(citation.locator.map { " \($0)" } ?? "")\(asOf), \"\(citation.quote)\""
    }

    private func printText(_ entity: Entity, _ node: Graph.Node, _ incidences: [Network.Incidence], _ network: Network) {
        Output.line("\(entity.displayName) [\(entity.id)]")
        var facts = [["kind", entity.kind.rawValue]]
        if let classification = entity.classification { facts.append(["classification", classification]) }
        if let country = entity.country { facts.append(["country", country]) }
        if let description = entity.description { facts.append(["description", description]) }
        Output.table(facts.map { [$0[0] + ":", $0[1]] })
        Output.line("names:")
        Output.table(entity.names.map { name in
            var dates = ""
            if name.from != nil || name.until != nil {
                dates = "\(name.from?.description ?? "") – \(name.until?.description ?? "")"
            }
            return [name.text, name.lang ?? "-", name.kind.rawValue, dates].filter { !$0.isEmpty }
        }, indent: "  ")
        if !entity.attributes.isEmpty {
            Output.line("attributes:")
            Output.table(entity.attributes.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }, indent: "  ")
        }
        for citation in entity.citations {
            Output.line("source: \(citation.source)\(citation.locator.map { " \($0)" } ?? ""), \"\(citation.quote)\"")
        }
        let conflicts = Conflicts.find(in: network.dataset)
        if !entity.statements.isEmpty {
            Output.line("statements:")
            Output.table(entity.statements.map { statement in
                [statement.property, statement.value, Self.cited(statement.citation)]
            }, indent: "  ")
            for conflict in conflicts where conflict.kind == .statement && conflict.subject == entity.id {
                Output.line("  conflict: \(conflict.summary)")
            }
        }
        Output.line("relations: \(incidences.count)")
        for incidence in incidences {
            let arrow = network.arrow(incidence.edge, from: node)
            let other = network.entity(incidence.neighbor)
            Output.line("  \(arrow) \(other.displayName) [\(other.id)]  \(network.evidence(of: incidence.relation))")
            for conflict in conflicts where conflict.involves(incidence.relation) {
                Output.line("    conflict: \(conflict.summary)")
            }
        }
    }
}
