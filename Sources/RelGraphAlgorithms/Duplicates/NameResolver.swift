import Foundation
import RelGraphCore

/// Which existing entity a name found in new text stands for, by xref's own scorer: the name's
/// skeleton (`NameSkeleton`) against every name of the entities of one kind, compared by
/// `NameSimilarity` with xref's rarity weights. So "Khamliang" in a new article resolves to the entity
/// the dataset spells "Khamlieng", and "Deputy Defence Minister" to the post whose name says
/// "Deputy Minister of National Defence".
public struct NameResolver: Sendable {
    public struct Match: Sendable, Equatable {
        public var id: String
        public var name: String
        public var score: Double
    }

    struct Candidate: Sendable {
        var id: String
        var name: String
        var skeleton: NameSkeleton
    }

    let byKind: [EntityKind: [Candidate]]
    let weight: @Sendable ([UInt8]) -> Double

    /// - Complexity: O(N·w) for N entities of w name words.
    public init(entities: [Entity]) {
        var byKind: [EntityKind: [Candidate]] = [:]
        var skeletons: [[NameSkeleton]] = []
        for entity in entities {
            let isPerson = entity.kind == .person
            let names = entity.names.map { Candidate(id: entity.id, name: $0.text, skeleton: NameSkeleton($0.text, isPerson: isPerson)) }
            byKind[entity.kind, default: []] += names
            skeletons.append(names.map(\.skeleton))
        }
        self.byKind = byKind
        var counts: [[UInt8]: Int] = [:]
        for names in skeletons {
            for word in Set(names.flatMap(\.wordBytes)) { counts[word, default: 0] += 1 }
        }
        let total = Double(max(skeletons.count, 1))
        let frozen = counts
        // The same weight as `DuplicateFinder.rarity`: rare words decide.
        weight = { word in log(1 + total / Double(max(frozen[word] ?? 1, 1))) }
    }

    /// The best entity of `kind` (and `allowed`, when given) whose name scores at least `minimum` against
    /// `text`, ties broken by id.
    /// - Complexity: O(n·a·b·L²) over the n names of that kind.
    public func resolve(_ text: String, kind: EntityKind, minimum: Double = 0.8,
                        among allowed: ((String) -> Bool)? = nil) -> Match? {
        let skeleton = NameSkeleton(text, isPerson: kind == .person)
        var best: Match?
        for candidate in byKind[kind] ?? [] where allowed?(candidate.id) ?? true {
            let score = NameSimilarity.score(skeleton, candidate.skeleton, weight: weight)
            guard score >= minimum else { continue }
            if best == nil || score > best!.score || (score == best!.score && candidate.id < best!.id) {
                best = Match(id: candidate.id, name: candidate.name, score: score)
            }
        }
        return best
    }
}
