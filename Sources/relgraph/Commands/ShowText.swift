import RelGraphCore

/// `show`'s text: the entity's facts, its statements and relations with conflicts marked, a person's
/// history of posts and ranks, and what the entity said or proposed.
struct ShowText {
    let network: Network
    let ids: Bool

    func printEntity(_ entity: Entity, _ node: Graph.Node, _ incidences: [Network.Incidence],
                     conflicts: [Conflict]) {
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
            return [name.text, name.lang ?? "-", name.kind.rawValue, dates, name.source.map { "(\($0))" } ?? ""]
                .filter { !$0.isEmpty }
        }, indent: "  ")
        if !entity.attributes.isEmpty {
            Output.line("attributes:")
            Output.table(entity.attributes.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }, indent: "  ")
        }
        for citation in entity.citations {
            Output.line("source: \(Evidence.cited(citation))")
        }
        if !entity.statements.isEmpty {
            Output.line("statements:")
            Output.table(entity.statements.map { [$0.property, $0.value, Evidence.cited($0.citation)] }, indent: "  ")
            for conflict in conflicts where conflict.kind == .statement {
                Output.line("  conflict: \(conflict.summary)")
            }
        }
        Output.line("relations: \(incidences.count)")
        for incidence in incidences {
            let arrow = network.arrow(incidence.edge, from: node)
            let other = network.entity(incidence.neighbor)
            Output.line("  \(arrow) \(other.displayName) [\(other.id)]  \(Evidence.text(of: incidence.relation, ids: ids))")
            for conflict in conflicts where conflict.involves(incidence.relation) {
                Output.line("    conflict: \(conflict.summary)")
            }
        }
    }

    /// `posts and ranks:` one line each, `first – last  type  Name [id]  (sources)`.
    func printHistory(_ history: [Show.Report.Held]) {
        guard !history.isEmpty else { return }
        Output.line("posts and ranks:")
        Output.table(history.map { held in
            var seen = "undated"
            if let first = held.firstSeen, let last = held.lastSeen {
                seen = first == last ? first.description : "\(first) – \(last)"
            }
            let relation = ids ? " [\(held.relation)]" : ""
            return [seen, held.type.rawValue, held.other.label, "(\(held.sources.joined(separator: ", ")))\(relation)"]
        }, indent: "  ")
    }

    /// `said or proposed:` the relations whose speaker the entity is, as hops.
    func printSaid(_ said: [Relation]) {
        guard !said.isEmpty else { return }
        Output.line("said or proposed: \(said.count)")
        for relation in said {
            let from = network.entity(id: relation.from)?.displayName ?? relation.from
            let to = network.entity(id: relation.to).map { "\($0.displayName) [\($0.id)]" } ?? relation.to
            Output.line("  \(from) —\(relation.type.rawValue)→ \(to)  \(Evidence.text(of: relation, ids: ids))")
        }
    }
}
