/// Finds the conflicts of a dataset (docs/data-format.md, "Conflicts"):
/// 1. statements of the same entity and property whose values differ (two partial dates only when neither
///    contains the other: 2024-10 and 2024-10-22 agree, 2024-03-27 and 2024-03-28 do not);
/// 2. a single-valued relation type (`held_at` and `round_of` from an event, `signed_at` from a document) with
///    two targets, unless one is part of or located in the other, at any depth;
/// 3. one (type, from, to) stated by two relations whose `from_date` or `until_date` disagree as in 1, for a
///    momentary type whose target is an event or document (a signing, a co-chairing happen once); a
///    lasting relation stated for two periods, or a meeting on two days, is two relations.
/// Claims agree when they come from one source alone: a conflict is between sources. One conflict is
/// reported per pair of values that disagree, each side with every claim that gives its value.
public enum Conflicts {
    /// Relation types that have one target per source entity of the given kind.
    static let singleValued: [(type: RelationType, from: EntityKind)] = [
        (.heldAt, .event), (.roundOf, .event), (.signedAt, .document),
    ]

    /// - Complexity: O(claims² per subject and property) plus a walk up the part_of/located_in links of
    ///   each pair of disagreeing targets: linear in practice.
    public static func find(in dataset: Dataset) -> [Conflict] {
        statementConflicts(dataset) + targetConflicts(dataset) + dateConflicts(dataset)
    }

    /// Whether two values of a property can both be true: equal, or partial dates one of which contains
    /// the other.
    public static func agree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = PartialDate(a), let y = PartialDate(b) else { return false }
        return contains(x, y) || contains(y, x)
    }

    private static func contains(_ outer: PartialDate, _ inner: PartialDate) -> Bool {
        outer.firstDay <= inner.firstDay && inner.lastDay <= outer.lastDay
    }

    private static func statementConflicts(_ dataset: Dataset) -> [Conflict] {
        var conflicts: [Conflict] = []
        for (e, entity) in dataset.entities.enumerated() where entity.statements.count > 1 {
            var properties: [String] = []
            for statement in entity.statements where !properties.contains(statement.property) {
                properties.append(statement.property)
            }
            for property in properties {
                let claims = entity.statements.enumerated().filter { $0.element.property == property }.map {
                    Conflict.Claim(value: $0.element.value, citation: $0.element.citation, relation: nil,
                                   origin: .statement(entity: e, index: $0.offset))
                }
                conflicts += disagreements(claims, kind: .statement, subject: entity.id, property: property,
                                           agree: agree)
            }
        }
        return conflicts
    }

    private static func targetConflicts(_ dataset: Dataset) -> [Conflict] {
        var kindOf: [String: EntityKind] = [:]
        for entity in dataset.entities where kindOf[entity.id] == nil { kindOf[entity.id] = entity.kind }
        let containers = Containers(dataset)
        var groups: [String: [Conflict.Claim]] = [:], order: [String] = []
        for (r, relation) in dataset.relations.enumerated()
        where singleValued.contains(where: { $0.type == relation.type && $0.from == kindOf[relation.from] }) {
            let key = "\(relation.type.rawValue)|\(relation.from)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []] += relation.citations.enumerated().map {
                Conflict.Claim(value: relation.to, citation: $0.element, relation: relation.id,
                               origin: .relation(r, citation: $0.offset))
            }
        }
        return order.flatMap { key in
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            return disagreements(groups[key]!, kind: .target, subject: parts[1], property: parts[0]) { a, b in
                a == b || containers.isWithin(a, b) || containers.isWithin(b, a)
            }
        }
    }

    private static func dateConflicts(_ dataset: Dataset) -> [Conflict] {
        var kindOf: [String: EntityKind] = [:]
        for entity in dataset.entities where kindOf[entity.id] == nil { kindOf[entity.id] = entity.kind }
        var groups: [String: [Int]] = [:], order: [String] = []
        for (r, relation) in dataset.relations.enumerated()
        where relation.type.spec?.isMomentary == true && [.event, .document].contains(kindOf[relation.to]) {
            var ends = [relation.from, relation.to]
            if relation.type.isSymmetric { ends.sort() }
            let key = "\(relation.type.rawValue)|\(ends[0])|\(ends[1])"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(r)
        }
        var conflicts: [Conflict] = []
        for key in order where groups[key]!.count > 1 {
            let members = groups[key]!
            for (property, date) in [("from_date", \Relation.fromDate), ("until_date", \Relation.untilDate)] {
                let claims = members.flatMap { r -> [Conflict.Claim] in
                    let relation = dataset.relations[r]
                    guard let value = relation[keyPath: date] else { return [] }
                    return relation.citations.enumerated().map {
                        Conflict.Claim(value: value.description, citation: $0.element, relation: relation.id,
                                       origin: .relation(r, citation: $0.offset))
                    }
                }
                conflicts += disagreements(claims, kind: .date, subject: dataset.relations[members[0]].id,
                                           property: property, agree: agree)
            }
        }
        return conflicts
    }

    /// One conflict per pair of values that disagree and are given by different sources, values in the
    /// order of their first claim.
    private static func disagreements(_ claims: [Conflict.Claim], kind: Conflict.Kind, subject: String,
                                      property: String, agree: (String, String) -> Bool) -> [Conflict] {
        var sides: [Conflict.Side] = []
        for claim in claims {
            if let i = sides.firstIndex(where: { $0.value == claim.value }) {
                sides[i].claims.append(claim)
            } else {
                sides.append(Conflict.Side(value: claim.value, claims: [claim]))
            }
        }
        var conflicts: [Conflict] = []
        for i in sides.indices {
            for j in sides.indices where j > i && !agree(sides[i].value, sides[j].value) {
                let sources = Set(sides[i].claims.map(\.citation.source) + sides[j].claims.map(\.citation.source))
                if sources.count > 1 {
                    conflicts.append(Conflict(kind: kind, subject: subject, property: property,
                                              sides: [sides[i], sides[j]]))
                }
            }
        }
        return conflicts
    }
}

/// The `part_of` and `located_in` links upward, to tell whether one place or unit lies within another.
private struct Containers {
    private var parents: [String: [String]] = [:]

    init(_ dataset: Dataset) {
        for relation in dataset.relations where relation.type == .partOf || relation.type == .locatedIn {
            parents[relation.from, default: []].append(relation.to)
        }
    }

    /// Whether `inner` is `outer` or lies within it through any chain of links (cycles are tolerated).
    func isWithin(_ inner: String, _ outer: String) -> Bool {
        var seen: Set<String> = [inner], stack = [inner]
        while let id = stack.popLast() {
            if id == outer { return true }
            for parent in parents[id] ?? [] where seen.insert(parent).inserted { stack.append(parent) }
        }
        return false
    }
}
