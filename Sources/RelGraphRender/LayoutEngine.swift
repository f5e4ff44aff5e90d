/// A Graphviz layout engine, or `auto` to let the view and its size decide.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
    case auto, dot, neato, fdp, sfdp, circo, twopi

    /// Up to this many nodes a network is laid out by dot, above it by sfdp. dot is the one engine
    /// that draws the same bytes on every run: with Graphviz 2.42, fdp, sfdp and neato lay out the
    /// same DOT differently in an occasional run even with a fixed seed (measured on the bundled
    /// network: fdp 3 runs in 40, sfdp 2 to 3 in 80; dot 0 in 80), so relgraph's own diagrams use
    /// them only where dot cannot go: on sparse, non-hierarchical graphs of a few hundred nodes dot
    /// was measured to take minutes, sfdp a fraction of a second.
    public static let largeNetwork = 150
    /// Org charts and paths are hierarchies, which dot lays out fast (1,000 nodes in 0.3 s) and
    /// readably; only far above that does its cost grow past what a reader waits for.
    public static let largeHierarchy = 2_000

    /// The engine to run for `view` with `nodes` nodes: this one, or for `auto` dot for trees and
    /// small graphs, sfdp for large networks.
    public func resolved(for view: ViewKind, nodes: Int) -> LayoutEngine {
        guard self == .auto else { return self }
        switch view {
        case .org, .path: return nodes <= Self.largeHierarchy ? .dot : .sfdp
        case .network, .ego, .diff: return nodes <= Self.largeNetwork ? .dot : .sfdp
        }
    }

    /// The graph attributes that make this engine draw a view of `nodes` nodes readably and the
    /// same on every run; `dotAttributes` (direction, spacing) apply to dot alone.
    ///
    /// Measured on Graphviz 2.42, rendering the same DOT in fresh processes:
    /// - fdp's default seed changes from run to run: `start=1` fixes it (but see `largeNetwork`).
    /// - With `splines=true`, neato, circo and twopi route an occasional edge differently from run
    ///   to run (1 run in 8 on the bundled network), more often than their layouts change. Those
    ///   three get straight lines.
    /// - Overlap removal: full `prism` took 8.8 s of an sfdp layout of 5,000 entities, `prism0`
    ///   (one pass) 2.8 s; curved lines cost more again. Graphs above `largeNetwork` nodes get both
    ///   cheap options.
    /// The engine is also recorded as `layout`, so the DOT file draws the same with Graphviz's tools.
    func graphAttributes(nodes: Int, dotAttributes: [DOTAttribute]) -> [DOTAttribute] {
        let large = nodes > Self.largeNetwork
        var list = [DOTAttribute("layout", rawValue)]
        switch self {
        case .dot, .auto:
            return list + dotAttributes + [DOTAttribute("splines", "true")]
        case .fdp, .sfdp:
            list.append(DOTAttribute("splines", large ? "false" : "true"))
        case .neato, .circo, .twopi:
            list.append(DOTAttribute("splines", "false"))
        }
        return list + [DOTAttribute("start", "1"), DOTAttribute("overlap", large ? "prism0" : "prism"),
                       DOTAttribute("outputorder", "edgesfirst")]
    }
}
