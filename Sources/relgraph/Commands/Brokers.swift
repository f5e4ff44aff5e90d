import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct Brokers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: "Find who connects groups (by default countries): Gould–Fernandez brokerage roles.",
        discussion: """
            For every two-step link a – b – c with no direct link between a and c, the broker b is:
              coordinator     a, b, c in the same group
              gatekeeper      b in c's group, a outside: lets an outsider in
              representative  b in a's group, c outside: speaks for its group
              itinerant       a and c in one group, b in another (also called consultant)
              liaison         a, b, c in three different groups
            a and c need a group; an entity without one (a bilateral mechanism or document has no country) \
            counts as a group of its own when it brokers. With --direction both (default) every relation is \
            followed both ways, so gatekeeper and representative counts are equal; --direction out follows \
            relations from → to (symmetric types both ways). Entities are ranked by roles between groups \
            (all but coordinator), then by all roles.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Group entities by country, kind, classification, or any attribute name.")
    var by: String = "country"

    @Option(help: ArgumentHelp("both (default) or out.", valueName: "direction"))
    var direction: Direction = .both

    @Option(help: "Show the N strongest brokers (0: all with any role).")
    var top: Int = 10

    @OptionGroup var relations: RelationFilterOptions

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 (all) or more") }
        guard direction != .in else { throw ValidationError("--direction must be both or out") }
    }

    struct Broker: Encodable {
        var rank: Int
        var entity: EntitySummary
        var group: String?
        var between: Int
        var total: Int
        var roles: [String: Int]
    }

    struct Report: Encodable {
        var by: String
        var direction: Direction
        var groups: [String]
        var brokers: [Broker]
    }

    func run() throws {
        let network = try options.network()
        let filter = TraversalFilter(network, TraversalCriteria(relations: try relations.criteria(in: network)))
        let labels = (0..<network.graph.nodeCount).map { groupLabel(network.entity(Graph.Node($0))) }
        let groups = Array(Set(labels.compactMap { $0 })).sorted()
        guard !groups.isEmpty else { throw CommandFailure(.notFound, "no entity has a \(by)") }
        let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
        let view = SimpleGraph(network.graph, directed: direction == .out, filter: filter)
        let counts = Brokerage.roles(view, group: labels.map { $0.flatMap { index[$0] } })
        let between = counts.map { $0.reduce(0, +) - $0[Brokerage.Role.coordinator.index] }
        let order = counts.indices.filter { counts[$0].reduce(0, +) > 0 }.sorted { a, b in
            let (ta, tb) = (counts[a].reduce(0, +), counts[b].reduce(0, +))
            return between[a] != between[b] ? between[a] > between[b] : ta != tb ? ta > tb : a < b
        }
        let brokers = order.prefix(top == 0 ? order.count : top).enumerated().map { rank, v in
            Broker(rank: rank + 1, entity: network.summary(Graph.Node(v)), group: labels[v], between: between[v],
                   total: counts[v].reduce(0, +),
                   roles: Dictionary(uniqueKeysWithValues: Brokerage.Role.allCases.map { ($0.rawValue, counts[v][$0.index]) }))
        }
        switch options.format {
        case .json:
            try Output.json(Report(by: by, direction: direction, groups: groups, brokers: brokers))
        case .text:
            Output.line("brokerage by \(by) (groups: \(groups.joined(separator: ", "))), relations followed \(direction == .both ? "both ways" : "from → to")")
            let roles = Brokerage.Role.allCases
            Output.table([["rank", "between", "total"] + roles.map(\.rawValue) + ["group", "entity"]] + brokers.map { broker in
                [String(broker.rank), String(broker.between), String(broker.total)]
                    + roles.map { String(broker.roles[$0.rawValue]!) } + [broker.group ?? "-", broker.entity.label]
            })
        }
    }

    private func groupLabel(_ entity: Entity) -> String? {
        switch by {
        case "country": return entity.country
        case "kind": return entity.kind.rawValue
        case "classification": return entity.classification
        default: return entity.attributes[by]
        }
    }
}
