/// The diagrams relgraph draws.
public enum ViewKind: String, CaseIterable, Sendable, Codable {
    /// Organisations, posts and holders, top-down (`OrgChartView`).
    case org
    /// Every entity and relation, filtered (`NetworkView`).
    case network
    /// The neighbourhood of one entity (`EgoView`).
    case ego
    /// The chains of relations between two entities (`PathView`).
    case path
    /// What changed between two versions of a dataset, drawn over their union (`DiffView`).
    case diff
}
