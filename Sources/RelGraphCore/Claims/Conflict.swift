/// Two or more claims from different sources that cannot all be true, kept side by side: relgraph never
/// picks one silently (docs/data-format.md, "Conflicts").
public struct Conflict: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// Statements of one entity's property whose values differ (`date`, `period`, `ordinal`).
        case statement
        /// A single-valued relation type (`held_at`, `round_of` from an event, `signed_at`) with two targets.
        case target
        /// The same relation stated twice with dates that cannot both hold (`from_date`, `until_date`).
        case date
    }

    /// Where a claim stands in the dataset, so that a diagnostic can point at it.
    public enum Origin: Sendable, Hashable {
        /// `statements[index]` of `entities[entity]`.
        case statement(entity: Int, index: Int)
        /// `relations[relation]`, cited by `citations[citation]`.
        case relation(Int, citation: Int)
    }

    /// One source's claim: the value it gives and the citation that gives it.
    public struct Claim: Sendable, Hashable {
        public var value: String
        public var citation: Citation
        /// The relation that carries the claim (kinds `target` and `date`).
        public var relation: String?
        public var origin: Origin
    }

    /// The claims that give one value.
    public struct Side: Sendable, Hashable {
        public var value: String
        public var claims: [Claim]
    }

    public var kind: Kind
    /// The entity (kinds `statement`, `target`) or relation (kind `date`) the claims are about.
    public var subject: String
    /// `date`, `held_at`, `from_date` …
    public var property: String
    /// Two sides, in dataset order: the second holds the claim that contradicts the first.
    public var sides: [Side]
}

extension Conflict {
    /// Whether one of the conflict's claims is carried by `relation`.
    public func involves(_ relation: Relation) -> Bool {
        sides.contains { $0.claims.contains { $0.relation == relation.id } }
    }
}
