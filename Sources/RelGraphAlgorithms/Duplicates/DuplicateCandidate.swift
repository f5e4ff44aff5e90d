import RelGraphCore

/// Two entities that are probably one, with the score and the evidence for and against.
public struct DuplicateCandidate: Sendable, Equatable {
    public var a: Graph.Node
    public var b: Graph.Node
    /// The name similarity plus the graph's evidence (see `DuplicateEvidence`); higher is likelier.
    public var score: Double
    /// The best similarity between a name of `a` and a name of `b` (`NameSimilarity`).
    public var nameScore: Double
    /// The two names that matched best.
    public var nameA: String
    public var nameB: String
    public var evidenceFor: [String]
    public var evidenceAgainst: [String]
}

/// What a duplicate search found and what it left out.
public struct DuplicateReport: Sendable {
    /// Best first: by score, then ids.
    public var candidates: [DuplicateCandidate]
    /// Pairs that shared a blocking key and were compared.
    public var compared: Int
    /// Blocking keys shared by too many entities to say anything.
    public var skippedKeys: Int
    /// Pairs left out because a judgement says they are different.
    public var judgedDifferent: Int
    /// Pairs left out because one source puts them side by side (two people at one event).
    public var vetoed: Int
}
