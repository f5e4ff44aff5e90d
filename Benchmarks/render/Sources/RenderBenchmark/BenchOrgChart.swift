import Foundation
import RelGraphCore

/// An organisation chart built from the shared generator's output (../shared/bench/gen.py:
/// nodes.csv id,kind,name and edges.csv source,target,type): ministries, commands and units with
/// their `subordinate_to` tree as `part_of`, and for each `heads` edge a post "Thủ trưởng <unit>" in
/// that unit held by the official. No CSV reader has landed in relgraph yet, so the rows become a
/// `Dataset` here.
enum BenchOrgChart {
    static func network(folder: URL) throws -> Network {
        let nodes = try rows(folder.appendingPathComponent("nodes.csv"))
        let edges = try rows(folder.appendingPathComponent("edges.csv"))
        let citation = [Citation(source: "gen", quote: "generated")]
        var kind: [String: String] = [:], name: [String: String] = [:]
        for row in nodes { (kind[row[0]], name[row[0]]) = (row[1], row[2]) }
        let isOrganisation = { (id: String) in ["ministry", "command", "unit"].contains(kind[id] ?? "") }

        var entities = nodes.filter { isOrganisation($0[0]) }.map {
            Entity(id: "n\($0[0])", kind: .organization, names: [Name(text: $0[2], lang: "vi")], country: "VN")
        }
        var relations: [Relation] = []
        var heads: Set<String> = []
        for (i, edge) in edges.enumerated() {
            let (from, to) = (edge[0], edge[1])
            if edge[2] == "subordinate_to", isOrganisation(from), isOrganisation(to) {
                relations.append(Relation(id: "r\(i)", type: RelationType("part_of"), from: "n\(from)", to: "n\(to)",
                                          citations: citation))
            } else if edge[2] == "heads", kind[from] == "official", isOrganisation(to) {
                let post = "post-\(to)-\(i)"
                entities.append(Entity(id: post, kind: .post, names: [Name(text: "Thủ trưởng \(name[to] ?? to)", lang: "vi")],
                                       country: "VN"))
                relations.append(Relation(id: "p\(i)", type: RelationType("post_in"), from: post, to: "n\(to)",
                                          citations: citation))
                relations.append(Relation(id: "h\(i)", type: RelationType("holds"), from: "n\(from)", to: post,
                                          citations: citation))
                heads.insert(from)
            }
        }
        entities += nodes.filter { heads.contains($0[0]) }.map {
            Entity(id: "n\($0[0])", kind: .person, names: [Name(text: $0[2], lang: "vi")], country: "VN")
        }
        return Network(Dataset(title: "gen.py \(folder.lastPathComponent)", sources: [Source(id: "gen")],
                               entities: entities, relations: relations))
    }

    /// The rows of a CSV file without quoted fields (gen.py writes none), header dropped.
    static func rows(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
