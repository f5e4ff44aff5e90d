import Foundation
import RelGraphAlgorithms
import RelGraphCore

/// Times relgraph's analysis operations on gen.py data the way anchors.py times its peers:
/// wall clock, median of 3 when the first run is under `cheap` seconds. Prints one JSON object.
/// Usage: AnalysisBench DATA_DIR/N [--bc-k K]
let arguments = CommandLine.arguments
let folder = arguments[1]
let bcK: Int? = arguments.firstIndex(of: "--bc-k").map { Int(arguments[$0 + 1])! }
let cheap = 5.0

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
func timed<T>(_ body: () -> T) -> (median: Double, runs: [Double], result: T) {
    var runs: [Double] = []
    var result: T
    repeat {
        let start = now()
        result = body()
        runs.append(now() - start)
    } while runs.count < 3 && runs[0] < cheap
    return (runs.sorted()[runs.count / 2], runs, result)
}

func lines(_ name: String) -> [Substring] {
    let text = try! String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { $0 }
}

// Load (not an analysis op; reported for context): parse the CSVs, build the CSR graph. Types are
// kept as bench names prefixed so that none is symmetric: the directed view is then anchors.py's D.
let load = timed { () -> Graph in
    let nodes = lines("nodes.csv")
    var kindIndex: [Substring: UInt16] = [:], kinds: [EntityKind] = [], nodeKind: [UInt16] = []
    nodeKind.reserveCapacity(nodes.count)
    for line in nodes {
        let kind = line.split(separator: ",", maxSplits: 2)[1]
        if kindIndex[kind] == nil { kindIndex[kind] = UInt16(kinds.count); kinds.append(EntityKind(String(kind))) }
        nodeKind.append(kindIndex[kind]!)
    }
    var typeIndex: [Substring: UInt16] = [:], types: [RelationType] = []
    var sources: [Int32] = [], targets: [Int32] = [], edgeTypes: [UInt16] = []
    for line in lines("edges.csv") {
        let f = line.split(separator: ",")
        sources.append(Int32(f[0])!); targets.append(Int32(f[1])!)
        if typeIndex[f[2]] == nil { typeIndex[f[2]] = UInt16(types.count); types.append(RelationType("bench:\(f[2])")) }
        edgeTypes.append(typeIndex[f[2]]!)
    }
    return Graph(nodeIDs: (0..<nodes.count).map(String.init), nodeKind: nodeKind, kinds: kinds,
                 edgeSource: sources, edgeTarget: targets, edgeType: edgeTypes, types: types)
}
let graph = load.result
let n = graph.nodeCount
var ops: [String: Any] = ["load": ["median": load.median, "runs": load.runs]]
var checks: [String: Any] = [:]

let undirected = timed { SimpleGraph(graph) }
ops["undirected"] = ["median": undirected.median, "runs": undirected.runs]
let view = undirected.result

let queries = lines("queries.csv").map { $0.split(separator: ",").map { Int32($0)! } }
let sp = timed { () -> [Int] in
    var search = ShortestPathSearch(graph: graph)
    return queries.map { search.distance(from: $0[0], to: $0[1]) ?? -1 }
}
ops["sp"] = ["median": sp.median, "runs": sp.runs, "queries": queries.count]
checks["sp_mismatches"] = zip(sp.result, queries).filter { $0.0 != Int($0.1[2]) }.count
let spPaths = timed { () -> Int in
    var search = ShortestPathSearch(graph: graph)
    return queries.reduce(0) { $0 + (search.path(from: $1[0], to: $1[1])?.hops ?? 0) }
}
ops["sp_with_paths"] = ["median": spPaths.median, "runs": spPaths.runs]

let cc = timed { Components.count(view) }
ops["cc"] = ["median": cc.median, "runs": cc.runs]
checks["components"] = cc.result.components
checks["largest_component"] = cc.result.largest

func top10(_ scores: [Double]) -> [Int] {
    Array(scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(10))
}
let directedView = timed { SimpleGraph(graph, directed: true) }
ops["directed"] = ["median": directedView.median, "runs": directedView.runs]
let pagerank = timed { PageRank.compute(directedView.result)! }
ops["pagerank"] = ["median": pagerank.median, "runs": pagerank.runs]
checks["pagerank_top10"] = top10(pagerank.result)
checks["pagerank_sum"] = pagerank.result.reduce(0, +)

let k = bcK ?? (n <= 10_000 ? nil : 256)
let betweenness = timed { Betweenness.compute(view, sources: k.map { Betweenness.sampleSources(nodeCount: n, count: $0, seed: 42) }) }
ops["betweenness"] = ["median": betweenness.median, "runs": betweenness.runs, "mode": k.map { "sampled k=\($0)" } ?? "exact"]
checks["betweenness_top10"] = top10(betweenness.result)

// anchors.py times the scores and ranks them outside the clock; so does this.
let degree = timed { Centrality.degree(view) }
ops["degree"] = ["median": degree.median, "runs": degree.runs]
checks["degree_top10"] = top10(degree.result)

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let record: [String: Any] = ["lib": "relgraph", "size": n, "m": graph.edgeCount, "ops": ops, "checks": checks,
                             "cpus": ProcessInfo.processInfo.activeProcessorCount,
                             "peak_rss_mb": Double(usage.ru_maxrss) / 1024]
let json = try! JSONSerialization.data(withJSONObject: record, options: [.prettyPrinted, .sortedKeys])
print(String(decoding: json, as: UTF8.self))
