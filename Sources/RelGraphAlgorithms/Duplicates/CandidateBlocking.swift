import RelGraphCore

/// The pairs of entities worth comparing: those of one kind that share a blocking key.
///
/// Each name gives keys: the consonant skeleton (`NameSkeleton.consonants`) of every run of one to
/// three neighbouring words written together, and of the whole name. Keys are hashed with the kind,
/// so only entities of one kind meet. A key shared by more than `maxBlock` entities (a common
/// surname, "Vietnam") says nothing and is skipped; every other key pairs its entities.
///
/// - Complexity: with K keys in all (K ≤ 7·W for W name words), O(K log K) to sort the postings and
///   O(K·maxBlock) pairs at most, sorted and deduplicated in O(P log P): near-linear in the number of
///   entities for a fixed `maxBlock`.
enum CandidateBlocking {
    /// Pairs (a, b), a < b, ascending, and how many keys were skipped as too common.
    static func pairs(skeletons: [[NameSkeleton]], kinds: [UInt16], maxBlock: Int) -> (pairs: [UInt64], skipped: Int) {
        var postings: [(key: UInt64, node: Int32)] = []
        postings.reserveCapacity(skeletons.count * 8)
        for (node, names) in skeletons.enumerated() {
            var seen = Set<UInt64>()
            for name in names {
                for key in keys(of: name) {
                    let hashed = hash(key, kind: kinds[node])
                    if seen.insert(hashed).inserted { postings.append((hashed, Int32(node))) }
                }
            }
        }
        postings.sort { $0.key != $1.key ? $0.key < $1.key : $0.node < $1.node }
        var pairs: [UInt64] = []
        var skipped = 0
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count && postings[end].key == postings[start].key { end += 1 }
            let size = end - start
            if size > maxBlock {
                skipped += 1
            } else if size > 1 {
                for i in start..<end {
                    for j in (i + 1)..<end {
                        pairs.append(UInt64(UInt32(postings[i].node)) << 32 | UInt64(UInt32(postings[j].node)))
                    }
                }
            }
            start = end
        }
        pairs.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        return (unique, skipped)
    }

    static func keys(of name: NameSkeleton) -> [String] {
        var keys: [String] = []
        let words = name.words
        for length in 1...3 where words.count >= length {
            for start in 0...(words.count - length) {
                keys.append(NameSkeleton.consonants(words[start..<(start + length)].joined()))
            }
        }
        keys.append(NameSkeleton.consonants(name.joined))
        return keys.filter { !$0.isEmpty }
    }

    /// FNV-1a over the kind and the key: stable from run to run, so the output order never depends on
    /// the process's random hashing seed.
    static func hash(_ key: String, kind: UInt16) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0100_0000_01b3
        }
        mix(UInt8(kind & 0xff))
        mix(UInt8(kind >> 8))
        for byte in key.utf8 { mix(byte) }
        return hash
    }
}
