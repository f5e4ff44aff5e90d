import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphTestSupport

/// A graph and what networkx computes on it, as written by scripts/networkx-expected.py into
/// Tests/Fixtures/networkx/NAME.{edges,json}.
struct NetworkXFixture {
    struct Values: Decodable {
        var nodes: [Int]
        var values: [Double]
    }
    struct Sampled: Decodable {
        var seed: Int
        var sources: [Int32]
        var nodes: [Int]
        var values: [Double]
    }
    struct ComponentCounts: Decodable {
        var count: Int
        var largest: Int
        var members: [[Int32]]?
    }
    struct LabelPropagation: Decodable {
        var communities: [[Int32]]
        var modularity: Double
    }
    struct SimplePaths: Decodable {
        var source: Int32
        var target: Int32
        var k_shortest_lengths: [Int]
        var all_simple_cutoff: Int
        var all_simple_count: Int
    }
    struct Expected: Decodable {
        var nodes: Int
        var relations: Int
        var components: ComponentCounts
        var bridges: [[Int32]]?
        var articulation_points: [Int32]?
        var label_propagation: LabelPropagation?
        var pagerank: Values
        var degree: Values
        var betweenness: Values?
        var betweenness_sampled: Sampled
        var closeness: Values?
        /// [source, target, undirected length, directed length]; -1 = no path.
        var path_lengths: [[Int32]]
        var simple_paths: [SimplePaths]?
    }

    let name: String
    let graph: Graph
    let expected: Expected

    static let folder = TestFiles.fixtures.appendingPathComponent("networkx")

    /// Reads NAME.edges (`# nodes: N`, `# types: a,b`, then `u v typeIndex` lines) into a Graph whose
    /// edge i is line i, and NAME.json.
    init(_ name: String) throws {
        self.name = name
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).edges"), encoding: .utf8)
        var nodeCount = 0
        var types: [RelationType] = []
        var sources: [Graph.Node] = [], targets: [Graph.Node] = [], edgeTypes: [UInt16] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# nodes:") {
                nodeCount = Int(line.dropFirst(8).trimmingCharacters(in: .whitespaces))!
            } else if line.hasPrefix("# types:") {
                types = line.dropFirst(8).trimmingCharacters(in: .whitespaces).split(separator: ",").map { RelationType(String($0)) }
            } else {
                let fields = line.split(separator: " ")
                sources.append(Graph.Node(fields[0])!)
                targets.append(Graph.Node(fields[1])!)
                edgeTypes.append(UInt16(fields[2])!)
            }
        }
        graph = Graph(nodeIDs: (0..<nodeCount).map { "n\($0)" }, nodeKind: Array(repeating: 0, count: nodeCount),
                      kinds: [.organization], edgeSource: sources, edgeTarget: targets, edgeType: edgeTypes,
                      types: types)
        let json = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).json"))
        expected = try JSONDecoder().decode(Expected.self, from: json)
    }

    var undirected: SimpleGraph { SimpleGraph(graph) }
    var directed: SimpleGraph { SimpleGraph(graph, directed: true) }
}

/// Whether `actual` agrees with networkx's `expected` within `tolerance`, relative (absolute near 0).
func isClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    abs(actual - expected) <= tolerance * max(abs(expected), 1e-12) || abs(actual - expected) < 1e-15
}
