import Foundation

/// The reference answers gen.py writes beside each graph: `queries.csv` (100 source, target pairs
/// with the undirected hop count, -1 when unreachable) and `meta.json` (counts and components).
struct BenchData {
    struct Query {
        var source: Int32
        var target: Int32
        var expectedLength: Int
    }

    let folder: String
    let queries: [Query]
    let meta: [String: Any]

    init(folder: String) throws {
        self.folder = folder
        let text = try String(contentsOfFile: folder + "/queries.csv", encoding: .utf8)
        queries = text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",").map { Int($0)! }
            return Query(source: Int32(fields[0]), target: Int32(fields[1]), expectedLength: fields[2])
        }
        let json = try Data(contentsOf: URL(fileURLWithPath: folder + "/meta.json"))
        meta = try JSONSerialization.jsonObject(with: json) as! [String: Any]
    }

    var components: Int { meta["components"] as! Int }
    var largestComponent: Int { meta["largest_component"] as! Int }
}

/// The ids of the 10 largest scores, ties broken by the smaller id (anchors.py's `top10`).
func top10(_ scores: [Double]) -> [Int] {
    Array(scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(10))
}
