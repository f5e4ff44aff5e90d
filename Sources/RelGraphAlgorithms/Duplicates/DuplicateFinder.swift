import Foundation
import RelGraphCore

/// `relgraph xref`: entities that are probably one, found by name and scored by the graph's evidence.
///
/// Blocking (`CandidateBlocking`) proposes pairs of one kind that share a spelling-insensitive key;
/// each pair's names are compared (`NameSimilarity`), and pairs whose best names are alike enough
/// are weighed by the graph (`DuplicateEvidence`). Pairs judged different are never proposed.
///
/// - Complexity: O(N·w) to make skeletons and keys for N entities of w name words, the blocking's
///   O(K log K + P log P), then O(P·n²·L²) to compare the P pairs' n names and O(d) evidence for each
///   pair above the name threshold (d: the pair's degrees). With `maxBlock` fixed, near-linear in N.
public struct DuplicateFinder: Sendable {
    public var maxBlock: Int
    /// Pairs whose best names are less alike than this are not candidates.
    public var minNameScore: Double
    public var judgedDifferent: Set<EntityPair>

    public init(maxBlock: Int = 64, minNameScore: Double = 0.75, judgedDifferent: Set<EntityPair> = []) {
        self.maxBlock = maxBlock
        self.minNameScore = minNameScore
        self.judgedDifferent = judgedDifferent
    }

    public func find(in network: Network) -> DuplicateReport {
        let graph = network.graph
        let names = Self.names(of: network)
        let isPerson = graph.kinds.map { $0 == .person || $0.rawValue == "official" }
        let skeletons = names.indices.map { node in
            names[node].map { NameSkeleton($0, isPerson: isPerson[Int(graph.nodeKind[node])]) }
        }
        let (pairs, skipped) = CandidateBlocking.pairs(skeletons: skeletons, kinds: graph.nodeKind, maxBlock: maxBlock)
        let evidence = DuplicateEvidence(network: network)
        let weight = Self.rarity(skeletons)
        var candidates: [DuplicateCandidate] = []
        var judged = 0, vetoed = 0
        for pair in pairs {
            let a = Graph.Node(truncatingIfNeeded: pair >> 32), b = Graph.Node(truncatingIfNeeded: pair & 0xffff_ffff)
            if judgedDifferent.contains(EntityPair(graph.nodeIDs[Int(a)], graph.nodeIDs[Int(b)])) {
                judged += 1
                continue
            }
            var best = (score: 0.0, i: 0, j: 0)
            for (i, x) in skeletons[Int(a)].enumerated() {
                for (j, y) in skeletons[Int(b)].enumerated() {
                    let score = NameSimilarity.score(x, y, weight: weight)
                    if score > best.score { best = (score, i, j) }
                }
            }
            guard best.score >= minNameScore else { continue }
            var candidate = DuplicateCandidate(a: a, b: b, score: best.score, nameScore: best.score,
                                               nameA: names[Int(a)][best.i], nameB: names[Int(b)][best.j],
                                               evidenceFor: [], evidenceAgainst: [])
            guard evidence.weigh(&candidate) else {
                vetoed += 1
                continue
            }
            candidates.append(candidate)
        }
        candidates.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            let (x, y) = (graph.nodeIDs[Int($0.a)], graph.nodeIDs[Int($1.a)])
            return x != y ? x < y : graph.nodeIDs[Int($0.b)] < graph.nodeIDs[Int($1.b)]
        }
        return DuplicateReport(candidates: candidates, compared: pairs.count, skippedKeys: skipped,
                               judgedDifferent: judged, vetoed: vetoed)
    }

    /// A word's weight: log(1 + N / n) for a word in the names of n of the N entities, so that
    /// "Sơn La" and "Điện Biên" decide between two "Provincial Military Command"s.
    static func rarity(_ skeletons: [[NameSkeleton]]) -> NameSimilarity.Weight {
        var counts: [[UInt8]: Int] = [:]
        for names in skeletons {
            for word in Set(names.flatMap(\.wordBytes)) { counts[word, default: 0] += 1 }
        }
        let total = Double(max(skeletons.count, 1))
        return { word in log(1 + total / Double(max(counts[word] ?? 1, 1))) }
    }

    /// Every name of every node: all of an entity's names when the network has records, the one
    /// display name of a bare edge list otherwise.
    static func names(of network: Network) -> [[String]] {
        let count = network.graph.nodeCount
        if network.hasRecords {
            return (0..<count).map { node in network.entity(Graph.Node(node)).names.map(\.text) }
        }
        let column = network.displayNames
        return (0..<count).map { column[$0].isEmpty ? [] : [column[$0]] }
    }
}
