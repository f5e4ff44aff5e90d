import ArgumentParser
import RelGraphCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entity: names, attributes, and every relation in and out with dates and citations.",
        discussion: """
            A person's posts and ranks are listed as a history, each with the first and last date its sources \
            attest (a citation's as_of, else its source's date), and what the person said or proposed. Given a \
            source id instead of an entity, shows the source and every claim that cites it.
            --entities FILE (or - for standard input) shows many entities in one run: one id or name per \
            line, each answered as soon as it is read by one line of JSON, {"line", "query", "answer"} with \
            what --format json prints for that entity, or {"line", "query", "error": {"exit", "message"}}.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An entity id or name, e.g. phan-van-giang or \"phan van giang\", or a source id.")
    var entity: String?

    @Option(help: ArgumentHelp("Show every entity named in this file (- for standard input), one JSON line each.",
                               valueName: "file"))
    var entities: String?

    @Option(name: .long, help: ArgumentHelp("Only what this source states (a source id).", valueName: "source"))
    var source: String?

    @OptionGroup var relationIDs: RelationIDOption

    @OptionGroup var results: ResultsOptions

    func validate() throws {
        guard (entity == nil) != (entities == nil) else {
            throw ValidationError(entity == nil ? "give an entity, or --entities FILE" : "give either an entity or --entities, not both")
        }
    }

    struct Report: Encodable {
        struct Link: Encodable {
            var direction: String
            var other: EntitySummary
            var relation: Relation
        }
        /// A post or rank held, dated by the citations.
        struct Held: Encodable {
            var type: RelationType
            var other: EntitySummary
            var firstSeen: PartialDate?
            var lastSeen: PartialDate?
            var sources: [String]
            var relation: String
            enum CodingKeys: String, CodingKey {
                case type, other, sources, relation, firstSeen = "first_seen", lastSeen = "last_seen"
            }
        }
        var entity: Entity
        var relations: [Link]
        /// Where sources disagree about the entity or its relations (absent when nowhere).
        var conflicts: [String]?
        /// A person's posts and ranks in the order first seen (absent when none).
        var history: [Held]?
        /// Relations whose speaker is the entity (absent when none).
        var said: [Relation]?
        /// The Spark job's results for the entity (with --from-results).
        var results: ResultsReport?
    }

    func run() throws {
        let network = try options.network()
        let only = try RelationFilterOptions.knownSource(source, in: network)
        if let entities {
            try BatchQueries(input: entities, fields: ["entity"]).run { query in
                try Shown(try network.resolve(query[0]), in: network, only: only, results: results).report
            }
            return
        }
        let entity = entity!
        if network.graph.node(id: entity) == nil, let source = network.dataset.source(entity) {
            return try ShowSource(network: network, source: source, ids: relationIDs.ids).print(options.format)
        }
        let node = try network.resolve(entity)
        let shown = try Shown(node, in: network, only: only, results: results)
        switch options.format {
        case .json:
            try Output.json(shown.report)
        case .text:
            let text = ShowText(network: network, ids: relationIDs.ids)
            text.printEntity(shown.entity, node, shown.incidences, conflicts: shown.conflicts)
            text.printHistory(shown.history)
            text.printSaid(shown.said)
            if let computed = shown.computed { computed.printText() }
        }
    }

    /// What `show --format json` prints for `node`, everything included: what `relgraph serve` answers.
    static func report(_ node: Graph.Node, in network: Network) throws -> Report {
        // No ResultsOptions here: an ArgumentParser option group made outside parsing traps when read.
        try Shown(node, in: network, only: nil, results: nil).report
    }

    /// What `show` says of one entity (with `--source`, only what that source states).
    struct Shown {
        var entity: Entity
        var incidences: [Network.Incidence]
        var said: [Relation]
        var conflicts: [Conflict]
        var history: [Report.Held]
        var computed: ResultsReport?
        let network: Network

        init(_ node: Graph.Node, in network: Network, only: String?, results: ResultsOptions?) throws {
            self.network = network
            entity = network.entity(node)
            incidences = network.incidences(of: node)
            let id = entity.id
            said = network.dataset.relations.filter { $0.speaker == id }
            if let only {
                entity.citations.removeAll { $0.source != only }
                entity.statements.removeAll { $0.citation.source != only }
                entity.names.removeAll { $0.source != nil && $0.source != only }
                incidences.removeAll { !Dataset.states($0.relation, source: only) }
                for i in incidences.indices { incidences[i].relation.citations.removeAll { $0.source != only } }
                said.removeAll { !Dataset.states($0, source: only) }
                for i in said.indices { said[i].citations.removeAll { $0.source != only } }
            }
            let kept = incidences
            conflicts = network.conflicts.filter { conflict in
                (conflict.kind == .statement && conflict.subject == id) || kept.contains { conflict.involves($0.relation) }
            }
            history = Show.history(of: node, incidences, in: network)
            computed = try results?.load(in: network).map { ResultsReport($0, node: node, in: network) }
        }

        /// As `--format json` prints it.
        var report: Report {
            Report(entity: entity, relations: incidences.map {
                .init(direction: $0.isOutgoing ? "out" : "in", other: network.summary($0.neighbor), relation: $0.relation)
            }, conflicts: conflicts.isEmpty ? nil : conflicts.map(\.summary),
               history: history.isEmpty ? nil : history, said: said.isEmpty ? nil : said, results: computed)
        }
    }

    /// The posts (`holds`) and ranks (`has_rank`) of a person, by first seen; undated ones last.
    static func history(of node: Graph.Node, _ incidences: [Network.Incidence], in network: Network) -> [Report.Held] {
        let dataset = network.dataset
        let held = incidences.filter { $0.isOutgoing && [.holds, .hasRank].contains($0.relation.type) }.map { incidence in
            let seen = dataset.seen(incidence.relation.citations)
            var sources: [String] = []
            for citation in incidence.relation.citations where !sources.contains(citation.source) {
                sources.append(citation.source)
            }
            return Report.Held(type: incidence.relation.type, other: network.summary(incidence.neighbor),
                               firstSeen: seen?.first, lastSeen: seen?.last, sources: sources,
                               relation: incidence.relation.id)
        }
        return held.enumerated().sorted { a, b in
            switch (a.element.firstSeen, b.element.firstSeen) {
            case let (x?, y?) where x.firstDay != y.firstDay: return x.firstDay < y.firstDay
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
