import Foundation
import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

extension Direction: ExpressibleByArgument {}

/// The relation filters every analysis command takes: types, status and date.
struct RelationFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only these relation types (comma-separated).", valueName: "types"))
    var types: String?

    @Option(name: .customLong("exclude-types"),
            help: ArgumentHelp("Never these relation types (comma-separated).", valueName: "types"))
    var excludeTypes: String?

    @Flag(name: .customLong("reported-only"),
          help: "Only relations the sources report as fact (default: also proposed and planned ones).")
    var reportedOnly = false

    @Option(name: .long, help: ArgumentHelp("""
        Only relations that may hold on this date (YYYY, YYYY-MM or YYYY-MM-DD). A relation with an unknown \
        start or end is kept; a meeting or signing holds on its own date only.
        """, valueName: "date"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("Only relations this source states (a source id).", valueName: "source"))
    var source: String?

    func validate() throws {
        if let at, PartialDate(at) == nil {
            throw ValidationError("--at must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '\(at)'")
        }
    }

    /// The relation rule for `network`.
    func criteria(in network: Network) throws -> RelationCriteria {
        RelationCriteria(types: try Self.relationTypes(types, in: network),
                         excludedTypes: try Self.relationTypes(excludeTypes, in: network) ?? [],
                         statuses: reportedOnly ? [.reported] : Set(RelationStatus.allCases),
                         at: at.flatMap(PartialDate.init), source: try Self.knownSource(source, in: network))
    }

    /// The source id, or a not-found error listing none of them (a typo would otherwise empty every result).
    static func knownSource(_ id: String?, in network: Network) throws -> String? {
        guard let id else { return nil }
        guard network.dataset.source(id) != nil else {
            throw CommandFailure(.notFound, "unknown source '\(id)' (see `relgraph stats` or a source's id in the data)")
        }
        return id
    }

    /// Parses a comma-separated list of relation types, rejecting names neither the format nor the
    /// dataset knows (a typo would otherwise silently filter everything out).
    static func relationTypes(_ list: String?, in network: Network) throws -> Set<RelationType>? {
        try list.map {
            try known(items($0).map { RelationType($0) }, among: RelationTypeSpec.table.map(\.type) + network.graph.types,
                      what: "relation type")
        }
    }

    /// Parses a comma-separated list of entity kinds, rejecting kinds neither the format nor the dataset knows.
    static func entityKinds(_ list: String?, in network: Network) throws -> Set<EntityKind>? {
        try list.map {
            try known(items($0).map { EntityKind($0) }, among: EntityKind.known + network.graph.kinds, what: "entity kind")
        }
    }

    /// The names as a set, or a usage error naming the first one that is not `known`.
    private static func known<Name: RawRepresentable<String> & Hashable>(
        _ names: [Name], among known: [Name], what: String
    ) throws -> Set<Name> {
        let knownSet = Set(known)
        if let unknown = names.first(where: { !knownSet.contains($0) }) {
            let list = knownSet.map(\.rawValue).sorted().joined(separator: ", ")
            throw CommandFailure(.usage, "unknown \(what) '\(unknown.rawValue)' (known: \(list))")
        }
        return Set(names)
    }

    static func items(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Traversal options for commands that walk from entity to entity: the relation filters plus the
/// kinds a walk may pass through, the direction, and entities to avoid.
struct TraversalOptions: ParsableArguments {
    @OptionGroup var relations: RelationFilterOptions

    @Option(name: .long, help: ArgumentHelp("""
        Only pass through entities of these kinds (comma-separated: person, organization, post, mechanism, \
        event, document, place); the two ends are always allowed.
        """, valueName: "kinds"))
    var kinds: String?

    @Option(name: .long, help: ArgumentHelp("""
        Follow relations out (from → to), in (to → from) or both ways; symmetric types (cooperates_with, \
        counterpart_of, met_with) are always followed both ways.
        """, valueName: "direction"))
    var direction: Direction = .both

    @Option(name: .long, help: ArgumentHelp("Never pass through this entity (id or name; repeatable).",
                                            valueName: "entity"))
    var avoid: [String] = []

    /// The filter for `network`, resolving `--avoid` names (unknown names exit 1).
    func filter(in network: Network) throws -> TraversalFilter {
        let criteria = TraversalCriteria(relations: try relations.criteria(in: network),
                                         kinds: try RelationFilterOptions.entityKinds(kinds, in: network),
                                         direction: direction, avoid: Set(try avoided(in: network)))
        return TraversalFilter(network, criteria)
    }

    func avoided(in network: Network) throws -> [Graph.Node] {
        try avoid.map { try network.resolve($0) }
    }
}
