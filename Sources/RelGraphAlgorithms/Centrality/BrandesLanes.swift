/// Brandes' single-source steps for up to 64 sources at once, one "lane" per source: one
/// level-synchronous breadth-first search whose node masks say in which lanes a node sits at the
/// current level (multi-source BFS). A node's row of neighbours is read once per distinct distance
/// it has from the batch's sources (a few) instead of once per source, and the lanes' path counts of
/// a node sit side by side, so one cache line fetched serves several sources.
///
/// Per lane the arithmetic is Brandes' own: path counts σ are sums of whole numbers (exact in any
/// order), and a node's pulled coefficients are summed over its neighbours in row order, as the
/// one-source step does. A node's dependencies are added to its betweenness level by level (deepest
/// first), lanes in ascending order within a level: a fixed order for a given graph, sources and
/// lane count, so results are deterministic.
final class BrandesLanes {
    let nodeCount: Int
    /// Sources per batch (≤ 64, the bits of a mask).
    let width: Int
    private let view: SimpleGraph
    /// The view's row starts as 32-bit numbers: half the bytes to read per node.
    private let rowStart: UnsafeMutablePointer<Int32>
    /// Lanes in which a node was reached at an earlier level or the current one.
    private let seen: UnsafeMutablePointer<UInt64>
    /// Lanes in which a node is reached at the next level (forward), or sits at the level below the
    /// one being accumulated (backward).
    private let mask: UnsafeMutablePointer<UInt64>
    /// `value[v * width + lane]`: σ on the way out, then the coefficient (1 + δ) / σ on the way back.
    private let value: UnsafeMutablePointer<Double>
    private let pulled: UnsafeMutablePointer<Double>
    /// The levels: `levelNodes[levelStart[d]..<levelStart[d + 1]]` with their lane masks.
    private var levelNodes: [Int32] = []
    private var levelMasks: [UInt64] = []
    private var levelStart: [Int] = []
    /// Nodes reached at the next level, in the order found; every node reached in the batch.
    private var pending: [Int32] = []
    private var touched: [Int32] = []

    /// The lane count for `nodeCount` nodes and `sources` per piece: 32 (the fastest at 100,000
    /// nodes: 64 lanes read more σ cache lines than they save rows, 16 read rows twice as often),
    /// fewer where a thread's σ table would pass 32 MB, at least 4.
    static func width(nodeCount: Int, sources: Int) -> Int {
        let fitting = (32 << 20) / (8 * max(nodeCount, 1))
        return max(1, min(32, sources, max(4, fitting)))
    }

    init(view: SimpleGraph, width: Int) {
        precondition((1...64).contains(width))
        self.view = view
        self.width = width
        nodeCount = view.nodeCount
        rowStart = .allocate(capacity: nodeCount + 1)
        for i in 0...nodeCount { rowStart[i] = Int32(view.offsets[i]) }
        seen = .allocate(capacity: nodeCount)
        seen.initialize(repeating: 0, count: nodeCount)
        mask = .allocate(capacity: nodeCount)
        mask.initialize(repeating: 0, count: nodeCount)
        value = .allocate(capacity: nodeCount * width)
        value.initialize(repeating: 0, count: nodeCount * width)
        pulled = .allocate(capacity: 64)
        pulled.initialize(repeating: 0, count: 64)
    }

    deinit {
        rowStart.deallocate()
        seen.deallocate()
        mask.deallocate()
        value.deallocate()
        pulled.deallocate()
    }

    /// Adds the dependencies of every node on the shortest paths out of `sources` (≤ `width`,
    /// distinct) to `betweenness`.
    func add(sources: some Collection<Int>, into betweenness: DisjointWrites<Double>) {
        precondition(sources.count <= width)
        levelNodes.removeAll(keepingCapacity: true)
        levelMasks.removeAll(keepingCapacity: true)
        levelStart = [0]
        for (lane, source) in sources.enumerated() {
            if mask[source] == 0 { pending.append(Int32(source)) }
            mask[source] |= 1 << UInt64(lane)
            value[source * width + lane] = 1
        }
        closeLevel()
        view.neighbors.withUnsafeBufferPointer { neighbors in
            var level = 0
            while levelStart[level] < levelStart[level + 1] {
                levelNodes.withUnsafeBufferPointer { nodes in
                    levelMasks.withUnsafeBufferPointer { masks in
                        search(nodes[levelStart[level]..<levelStart[level + 1]],
                               masks[levelStart[level]...], neighbors.baseAddress!)
                    }
                }
                closeLevel()
                level += 1
            }
            accumulate(neighbors.baseAddress!, into: betweenness)
        }
        for v in touched {
            seen[Int(v)] = 0
            (value + Int(v) * width).update(repeating: 0, count: width)
        }
        touched.removeAll(keepingCapacity: true)
    }

    /// One level out: each node's lanes at this level reach the neighbours not yet seen in them,
    /// whose σ gains the node's σ lane by lane.
    private func search(_ nodes: Slice<UnsafeBufferPointer<Int32>>, _ masks: Slice<UnsafeBufferPointer<UInt64>>,
                        _ neighbors: UnsafePointer<Int32>) {
        let width = width
        for (v, lanes) in zip(nodes, masks) {
            let from = value + Int(v) * width
            for i in Int(rowStart[Int(v)])..<Int(rowStart[Int(v) + 1]) {
                let w = Int(neighbors[i])
                let new = lanes & ~seen[w]
                if new == 0 { continue }
                if mask[w] == 0 { pending.append(Int32(w)) }
                mask[w] |= new
                let to = value + w * width
                var bits = new
                while bits != 0 {
                    let lane = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    to[lane] += from[lane]
                }
            }
        }
    }

    /// Makes the nodes found (`pending`, their lanes in `mask`) the next level, in node order.
    private func closeLevel() {
        // In node order the level's rows, and with the breadth-first numbering their neighbours,
        // are read close together (the order changes no result: σ sums whole numbers, and a node's
        // coefficients are summed in its row's order whatever the order of the nodes).
        pending.sort()
        for w in pending {
            let w = Int(w)
            if seen[w] == 0 { touched.append(Int32(w)) }
            seen[w] |= mask[w]
            levelNodes.append(Int32(w))
            levelMasks.append(mask[w])
            mask[w] = 0
        }
        pending.removeAll(keepingCapacity: true)
        levelStart.append(levelNodes.count)
    }

    /// Deepest level first, each node pulls, lane by lane, the coefficients (1 + δ) / σ its
    /// successors (neighbours one level further in that lane, marked in `mask`) left in `value`, adds
    /// its dependency δ = σ · Σ to its betweenness and leaves its own coefficient. Sources (level 0)
    /// get none.
    private func accumulate(_ neighbors: UnsafePointer<Int32>, into betweenness: DisjointWrites<Double>) {
        let width = width
        let levels = levelStart.count - 1
        levelNodes.withUnsafeBufferPointer { nodes in
            levelMasks.withUnsafeBufferPointer { masks in
                for level in stride(from: levels - 1, through: 1, by: -1) {
                    let below = levelStart[level + 1]..<levelStart[level + 2 < levelStart.count ? level + 2 : level + 1]
                    for i in below { mask[Int(nodes[i])] = masks[i] }
                    for i in levelStart[level]..<levelStart[level + 1] {
                        let v = Int(nodes[i]), lanes = masks[i]
                        var bits = lanes
                        while bits != 0 {
                            pulled[bits.trailingZeroBitCount] = 0
                            bits &= bits &- 1
                        }
                        for j in Int(rowStart[v])..<Int(rowStart[v + 1]) {
                            let w = Int(neighbors[j])
                            var successor = lanes & mask[w]
                            let from = value + w * width
                            while successor != 0 {
                                let lane = successor.trailingZeroBitCount
                                successor &= successor &- 1
                                pulled[lane] += from[lane]
                            }
                        }
                        let own = value + v * width
                        bits = lanes
                        var total = betweenness[v]
                        while bits != 0 {
                            let lane = bits.trailingZeroBitCount
                            bits &= bits &- 1
                            let sigma = own[lane]
                            let dependency = sigma * pulled[lane]
                            total += dependency
                            own[lane] = (1 + dependency) / sigma
                        }
                        betweenness[v] = total
                    }
                    for i in below { mask[Int(nodes[i])] = 0 }
                }
            }
        }
    }
}
