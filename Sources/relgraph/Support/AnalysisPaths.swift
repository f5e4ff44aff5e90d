import RelGraphAlgorithms
import RelGraphCore

/// The most paths `--k` may ask for: Yen's algorithm runs one shortest-path search per hop of each
/// path found, so 40,000 paths on a large graph is hours of work for a list nobody reads.
let maxK = 1_000

/// How paths read in every analysis command: one line per hop with its evidence, and one JSON shape.
struct PathReport: Encodable {
    /// One relation walked, seen from where the walk came from.
    struct Step: Encodable {
        var from: EntitySummary
        var to: EntitySummary
        /// `forward` along the relation, `backward` against it, `both` for a symmetric type.
        var walked: String
        var relation: Relation
    }
    var hops: Int
    var steps: [Step]

    init(_ path: Path, in network: Network) {
        hops = path.hops
        steps = path.edges.indices.map { i in
            let edge = path.edges[i]
            let walked = network.graph.isSymmetric(edge) ? "both"
                : network.graph.edgeSource[Int(edge)] == path.nodes[i] ? "forward" : "backward"
            return Step(from: network.summary(path.nodes[i]), to: network.summary(path.nodes[i + 1]),
                        walked: walked, relation: network.relation(edge))
        }
    }
}

extension Network {
    /// `A —holds→ B (2024-10-22; source ¶1, "quote")`: one hop and why we believe it (`Evidence`), with
    /// the relation's id when `ids`.
    func explainedHop(_ edge: Graph.Edge, from node: Graph.Node, ids: Bool = false) -> String {
        let evidence = Evidence.text(of: relation(edge), ids: ids)
        return evidence.isEmpty ? hop(edge, from: node) : "\(hop(edge, from: node)) \(evidence)"
    }

    /// The hops of `path`, one line each.
    func explainedHops(_ path: Path, ids: Bool = false) -> [String] {
        path.edges.indices.map { explainedHop(path.edges[$0], from: path.nodes[$0], ids: ids) }
    }
}

extension CommandFailure {
    /// `no path from A to B within N hops` (exit 1).
    static func noPath(from source: Graph.Node, to target: Graph.Node, maxHops: Int?, in network: Network) -> CommandFailure {
        let within = maxHops.map { " within \($0) hop\($0 == 1 ? "" : "s")" } ?? ""
        return CommandFailure(.notFound, "no path from \(network.entity(source).id) to \(network.entity(target).id)\(within)")
    }
}

extension TraversalFilter {
    /// Every relation the filter lets a walk take from `node` to `neighbor`, in edge order.
    func edges(from node: Graph.Node, to neighbor: Graph.Node, in graph: Graph) -> [Graph.Edge] {
        var edges: [Graph.Edge] = []
        forEachStep(in: graph, from: node) { edge, other in if other == neighbor { edges.append(edge) } }
        return edges.sorted()
    }
}
