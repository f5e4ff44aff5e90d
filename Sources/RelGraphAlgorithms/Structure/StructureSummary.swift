import Dispatch

/// Everything `relgraph structure` reports about the undirected view: components, bridges and
/// articulation points, communities and their modularity.
public struct StructureSummary: Sendable {
    /// `Components.connected` (found by `CutPoints.search`).
    public var components: [[Int32]]
    /// `CutPoints.find`.
    public var cuts: CutPoints.Result
    /// `Communities.labelPropagation`.
    public var communities: [[Int32]]
    /// `Communities.modularity` of `communities`.
    public var modularity: Double

    /// The four, with components and cut points (one sequential depth-first search) found on
    /// a thread of their own while label propagation runs: its colouring and the ends of its rounds
    /// leave a core idle. Each result is the one its function gives alone. `searched` is called on
    /// the search's thread as soon as components and cut points are known, while label propagation
    /// goes on (to make their part of a report meanwhile).
    /// - Complexity: O(R · (V + E)) for R rounds of label propagation.
    public init(_ view: SimpleGraph,
                searched: @Sendable (_ components: [[Int32]], _ cuts: CutPoints.Result) -> Void = { _, _ in }) {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                let communities = Communities.labelPropagation(view)
                results.communities = (communities, Communities.modularity(view, communities))
            } else {
                results.searches = CutPoints.search(view)
                searched(results.searches.components, results.searches.cuts)
            }
        }
        components = results.searches.components
        cuts = results.searches.cuts
        communities = results.communities.groups
        modularity = results.communities.modularity
    }

    /// Where the two tasks leave their results: each writes only its own property, and
    /// `concurrentPerform` returns after both, so nothing is read before it is written.
    private final class Results: @unchecked Sendable {
        var communities: (groups: [[Int32]], modularity: Double) = ([], 0)
        var searches: (components: [[Int32]], cuts: CutPoints.Result) = ([], CutPoints.Result(bridges: [], articulationPoints: []))
    }
}
