import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO

/// Times relgraph on gen.py data the way anchors.py times networkx, igraph, rustworkx and
/// networkit, and prints one JSON object of the same shape (ops with median and runs, checks, peak
/// RSS) so that compare.sh can put them side by side.
///
///     ScaleBench DATA/N [--ops load,sp,cc,pagerank,betweenness,degree,snapshot] [--bc-k K]
///                       [--cheap SECONDS] [--snapshot FILE.rgs]
///
/// Load is the real `--data` path (the CSV column reader and the frozen graph), not a harness parser.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? { arguments.firstIndex(of: name).map { arguments[$0 + 1] } }
guard arguments.count > 1 else {
    FileHandle.standardError.write(Data("usage: ScaleBench DATA/N [--ops …] [--bc-k K] [--cheap S] [--snapshot FILE]\n".utf8))
    exit(64)
}
let data = try BenchData(folder: arguments[1])
let ops = Set((option("--ops") ?? "load,sp,cc,pagerank,betweenness,degree,snapshot").split(separator: ",").map(String.init))
let timing = Timing(cheap: option("--cheap").flatMap(Double.init) ?? 5)
var record: [String: Any] = ["lib": "relgraph", "cpus": ProcessInfo.processInfo.activeProcessorCount,
                             "date": ISO8601DateFormatter().string(from: Date())]
var times: [String: Any] = [:]
var checks: [String: Any] = [:]

// (a) load: parse both CSV files and freeze the graph, as `relgraph --data FOLDER` does.
var loaded: Network?
let (load, _) = try timing.measure(prepare: { loaded = nil }) {
    loaded = try CSVGraphReader.network(path: data.folder)
}
guard let network = loaded else { fatalError("\(data.folder) is not the benchmark's plain CSV") }
let graph = network.graph
times["load"] = load.json
record["rss_after_load_mb"] = peakResidentMegabytes()
record["n"] = graph.nodeCount
record["m"] = graph.edgeCount

// The undirected simple view, which components, betweenness and degree use (anchors.py's `U`).
let (undirected, view) = timing.measure { SimpleGraph(graph) }
times["undirected"] = undirected.json

if ops.contains("sp") {
    // On the undirected view, as networkit counts on its undirected copy (built, like the view, in
    // the untimed "undirected" step); then on the relations themselves, as `relgraph path` searches.
    let (measurement, lengths) = timing.measure { () -> [Int] in
        var search = ViewHopSearch(view)
        return data.queries.map { search.distance(from: $0.source, to: $0.target) ?? -1 }
    }
    times["sp"] = measurement.json.merging(["queries": data.queries.count]) { a, _ in a }
    checks["sp_mismatches"] = zip(lengths, data.queries).filter { $0 != $1.expectedLength }.count
    let (onRelations, relationLengths) = timing.measure { () -> [Int] in
        var search = ShortestPathSearch(graph: graph)
        return data.queries.map { search.distance(from: $0.source, to: $0.target) ?? -1 }
    }
    times["sp_on_relations"] = onRelations.json
    checks["sp_on_relations_mismatches"] = zip(relationLengths, data.queries).filter { $0 != $1.expectedLength }.count
    let (withPaths, _) = timing.measure { () -> Int in
        var search = ShortestPathSearch(graph: graph)
        return data.queries.reduce(0) { $0 + (search.path(from: $1.source, to: $1.target)?.hops ?? 0) }
    }
    times["sp_with_paths"] = withPaths.json
}
if ops.contains("cc") {
    let (measurement, found) = timing.measure { Components.count(view) }
    times["cc"] = measurement.json
    checks["components"] = found.components
    checks["largest_component"] = found.largest
    checks["components_match_reference"] = found.components == data.components && found.largest == data.largestComponent
}
if ops.contains("pagerank") {
    // The peers' directed graph has one arc per row of edges.csv: gen.py's cooperates_with is not
    // symmetric there, so the view is built from the raw arcs, not from relgraph's type table.
    let (directed, arcs) = timing.measure {
        SimpleGraph(nodeCount: graph.nodeCount, arcs: Array(zip(graph.edgeSource, graph.edgeTarget)), directed: true)
    }
    times["directed"] = directed.json
    let (measurement, ranks) = timing.measure { PageRank.compute(arcs, stopping: .euclideanChangeAtMostTolerance)! }
    times["pagerank"] = measurement.json
    checks["pagerank_top10"] = top10(ranks)
    checks["pagerank_sum"] = ranks.reduce(0, +)
}
if ops.contains("betweenness") {
    let k = option("--bc-k").flatMap(Int.init) ?? (graph.nodeCount <= 10_000 ? nil : 256)
    let sources = k.map { Betweenness.sampleSources(nodeCount: graph.nodeCount, count: $0, seed: 42) }
    let (measurement, scores) = timing.measure { Betweenness.compute(view, sources: sources) }
    times["betweenness"] = measurement.json.merging(["mode": k.map { "sampled k=\($0)" } ?? "exact"]) { a, _ in a }
    checks["betweenness_top10"] = top10(scores)
}
if ops.contains("degree") {
    // anchors.py times the scores and ranks them outside the clock; so does this.
    let (measurement, scores) = timing.measure { Centrality.degree(view) }
    times["degree"] = measurement.json
    checks["degree_top10"] = top10(scores)
}
if ops.contains("snapshot") {
    // As `relgraph snapshot` writes it and `--data FILE.rgs` opens it; the previous copy is let go
    // before each opening, as before each load.
    let file = option("--snapshot") ?? NSTemporaryDirectory() + "relgraph-scale-\(getpid()).rgs"
    let (write, _) = try timing.measure { try SnapshotWriter.write(network, to: file) }
    times["snapshot_write"] = write.json
    record["snapshot_mb"] = Double((try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0) / 1e6
    var reopened: Network?
    let (open, _) = try timing.measure(prepare: { reopened = nil }) { reopened = try SnapshotReader.read(path: file) }
    times["snapshot_open"] = open.json
    checks["snapshot_same_graph"] = reopened.map {
        $0.graph.edgeSource == graph.edgeSource && $0.graph.edgeTarget == graph.edgeTarget
            && $0.graph.nodeIDs == graph.nodeIDs && $0.graph.outEdges == graph.outEdges
    } ?? false
    reopened = nil
    if option("--snapshot") == nil { try? FileManager.default.removeItem(atPath: file) }
}

record["ops"] = times
record["checks"] = checks
record["peak_rss_mb"] = peakResidentMegabytes()
let json = try JSONSerialization.data(withJSONObject: record, options: [.prettyPrinted, .sortedKeys])
print(String(decoding: json, as: UTF8.self))
