import Foundation
import RelGraphCore

/// Ranked lists of entities by a score, as centrality and brokerage print them.
struct RankedEntity: Encodable {
    var rank: Int
    var entity: EntitySummary
    var value: Double
}

enum Ranking {
    /// Nodes by `score` descending, ties by dataset order; the first `top` (all when top is 0).
    static func top(_ scores: [Double], _ top: Int, in network: Network) -> [RankedEntity] {
        let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return order.prefix(top == 0 ? order.count : top).enumerated().map { i, v in
            RankedEntity(rank: i + 1, entity: network.summary(Graph.Node(v)), value: scores[v])
        }
    }

    /// A score with six decimals, the precision a reader compares at.
    static func format(_ value: Double) -> String { String(format: "%.6f", value) }
}
