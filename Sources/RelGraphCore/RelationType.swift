/// The type of a relation (`holds`, `part_of`, `cooperates_with` …).
///
/// An open string, like `EntityKind`, so imported graphs keep their own types; `RelationTypeSpec.table`
/// lists the types the dataset format knows, which kinds each connects, and which are symmetric.
public struct RelationType: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (a: RelationType, b: RelationType) -> Bool { a.rawValue < b.rawValue }

    /// The specification of a known type, nil for a type the dataset format does not define.
    public var spec: RelationTypeSpec? { RelationTypeSpec.byName[rawValue] }
    /// Symmetric types are stored once and traversed both ways.
    public var isSymmetric: Bool { spec?.isSymmetric ?? false }
    /// How the relation reads in a sentence: "holds", "is part of".
    public var phrase: String { spec?.phrase ?? rawValue.split(separator: "_").joined(separator: " ") }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The relation types of the dataset format by name, so that code says `.partOf` where the data says
/// `part_of`: the vocabulary's one spelling of each (docs/data-format.md).
extension RelationType {
    public static let partOf = RelationType("part_of")
    public static let holds = RelationType("holds")
    public static let postIn = RelationType("post_in")
    public static let heads = RelationType("heads")
    public static let memberOf = RelationType("member_of")
    public static let partyTo = RelationType("party_to")
    public static let signed = RelationType("signed")
    public static let signedAt = RelationType("signed_at")
    public static let implements = RelationType("implements")
    public static let coChairs = RelationType("co_chairs")
    public static let participatedIn = RelationType("participated_in")
    public static let hosted = RelationType("hosted")
    public static let visited = RelationType("visited")
    public static let invitedTo = RelationType("invited_to")
    public static let roundOf = RelationType("round_of")
    public static let locatedIn = RelationType("located_in")
    public static let heldAt = RelationType("held_at")
    public static let refersTo = RelationType("refers_to")
    public static let commemorates = RelationType("commemorates")
    public static let follows = RelationType("follows")
    public static let cooperatesWith = RelationType("cooperates_with")
    public static let counterpartOf = RelationType("counterpart_of")
    public static let metWith = RelationType("met_with")
    public static let covers = RelationType("covers")
    public static let hasRank = RelationType("has_rank")
    public static let proposed = RelationType("proposed")
}

/// Which kinds a relation type connects, and how it reads.
public struct RelationTypeSpec: Sendable {
    public let type: RelationType
    /// Each allowed (from kind, to kinds) pair.
    public let allowed: [(from: [EntityKind], to: [EntityKind])]
    public let isSymmetric: Bool
    /// "holds", "is part of" — the verb between the two ends.
    public let phrase: String
    /// "is held by", "has part" — the verb read from `to` back to `from`.
    public let inversePhrase: String
    /// The relation happens at a moment (a meeting, a signing, a visit) rather than lasting: a lone
    /// `from_date` is then the day it happened, not the start of an open-ended period.
    public let isMomentary: Bool

    public func allows(from: EntityKind, to: EntityKind) -> Bool {
        allowed.contains { rule in
            (rule.from.contains(from) && rule.to.contains(to))
                || (isSymmetric && rule.from.contains(to) && rule.to.contains(from))
        }
    }

    /// "person → post; organization → organization"
    public var allowedDescription: String {
        allowed.map { rule in
            let from = rule.from.map(\.rawValue).joined(separator: "|")
            let to = rule.to.map(\.rawValue).joined(separator: "|")
            return "\(from) \(isSymmetric ? "↔" : "→") \(to)"
        }.joined(separator: "; ")
    }

    init(_ type: RelationType, _ allowed: [(from: [EntityKind], to: [EntityKind])], symmetric: Bool = false,
         momentary: Bool = false, _ phrase: String, _ inversePhrase: String) {
        self.isMomentary = momentary
        self.type = type
        self.allowed = allowed
        self.isSymmetric = symmetric
        self.phrase = phrase
        self.inversePhrase = inversePhrase
    }
}

extension RelationTypeSpec {
    private typealias K = EntityKind

    /// The relation types of the dataset format (docs/data-format.md), in documentation order.
    public static let table: [RelationTypeSpec] = [
        .init(.partOf, [([K.organization], [K.organization]), ([K.event], [K.event]), ([K.place], [K.place]),
                          ([K.document], [K.document])],
              "is part of", "has part"),
        .init(.holds, [([K.person], [K.post])], "holds", "is held by"),
        .init(.postIn, [([K.post], [K.organization])], "is a post in", "has post"),
        .init(.heads, [([K.person, K.post], [K.organization, K.mechanism, K.event])], "heads", "is headed by"),
        .init(.memberOf, [([K.person, K.organization], [K.organization, K.mechanism])],
              "is a member of", "has member"),
        .init(.partyTo, [([K.organization, K.person], [K.document])], "is a party to", "binds"),
        .init(.signed, [([K.person, K.organization], [K.document])], momentary: true,
              "signed", "was signed by"),
        .init(.signedAt, [([K.document], [K.event])], momentary: true, "was signed at", "saw the signing of"),
        .init(.implements, [([K.document, K.event], [K.document, K.mechanism])],
              "implements", "is implemented by"),
        .init(.coChairs, [([K.person, K.organization], [K.event, K.mechanism])], momentary: true,
              "co-chairs", "is co-chaired by"),
        .init(.participatedIn, [([K.person, K.organization], [K.event, K.mechanism])], momentary: true,
              "took part in", "had participant"),
        .init(.hosted, [([K.organization, K.place, K.person], [K.event])], momentary: true,
              "hosted", "was hosted by"),
        .init(.visited, [([K.person, K.organization, K.event], [K.organization, K.place])], momentary: true,
              "visited", "was visited by"),
        .init(.invitedTo, [([K.person, K.organization, K.post], [K.event])], momentary: true,
              "was invited to", "invited"),
        .init(.roundOf, [([K.event], [K.mechanism])], momentary: true, "is a round of", "has round"),
        .init(.locatedIn, [([K.place, K.organization, K.event], [K.place])], "is located in", "contains"),
        .init(.heldAt, [([K.event, K.mechanism], [K.place])], momentary: true, "was held at", "was the venue of"),
        .init(.refersTo, [([K.event, K.document], [K.document, K.place, K.mechanism])], momentary: true,
              "refers to", "is referred to by"),
        .init(.commemorates, [([K.event], [K.event, K.organization])], momentary: true,
              "commemorates", "is commemorated by"),
        .init(.follows, [([K.event], [K.event]), ([K.document], [K.document])], "follows", "is followed by"),
        .init(.cooperatesWith, [([K.organization], [K.organization])], symmetric: true,
              "cooperates with", "cooperates with"),
        .init(.counterpartOf, [([K.post], [K.post]), ([K.organization], [K.organization]),
                                 ([K.person], [K.person])], symmetric: true,
              "is the counterpart of", "is the counterpart of"),
        .init(.metWith, [([K.person], [K.person]), ([K.organization], [K.organization])], symmetric: true,
              momentary: true, "met", "met"),
        .init(.covers, [([K.event, K.mechanism, K.document], [K.topic])], "covers", "is covered by"),
        .init(.hasRank, [([K.person], [K.rank])], "holds the rank", "is the rank of"),
        .init(.proposed, [([K.person, K.organization, K.post], [K.topic, K.event, K.document, K.mechanism])],
              momentary: true, "proposed", "was proposed by"),
    ]

    public static let byName: [String: RelationTypeSpec] =
        Dictionary(uniqueKeysWithValues: table.map { ($0.type.rawValue, $0) })
}
