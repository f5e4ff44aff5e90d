import Foundation
import RelGraphCore
import RelGraphIO
import Yams

/// The proposals a review rejected, per article, kept beside the dataset in `rejected-proposals.yaml`
/// (which the dataset reader skips, like judgements.yaml), so that `extract` does not propose them
/// again for the same article.
public struct RejectedProposals: Sendable {
    public static let name = RejectedProposalsFile.name

    /// Source id → keys (`type from to`).
    public private(set) var bySource: [String: Set<String>] = [:]
    /// The file's lines as read, kept so that new rejections are appended to them.
    var entries: [Entry] = []

    struct Entry: Codable {
        var source: String
        var type: String
        var from: String
        var to: String
    }

    struct File: Codable { var rejected: [Entry] }

    public init() {}

    public static func key(_ type: RelationType, _ from: String, _ to: String) -> String { "\(type.rawValue) \(from) \(to)" }

    /// Reads the dataset folder's file; none is no rejection.
    public static func read(folder: String) throws -> RejectedProposals {
        let path = (folder as NSString).appendingPathComponent(name)
        var result = RejectedProposals()
        guard FileManager.default.fileExists(atPath: path) else { return result }
        let text = String(decoding: try DataSource.contents(of: path), as: UTF8.self)
        let file = try YAMLDecoder().decode(File.self, from: text)
        for entry in file.rejected { result.add(source: entry.source, type: RelationType(entry.type), from: entry.from, to: entry.to) }
        return result
    }

    public mutating func add(source: String, type: RelationType, from: String, to: String) {
        guard bySource[source, default: []].insert(Self.key(type, from, to)).inserted else { return }
        entries.append(Entry(source: source, type: type.rawValue, from: from, to: to))
    }

    /// The file's text: one flow mapping a line, in the order rejected.
    public var text: String {
        "# Proposals of `relgraph extract` rejected in review, per source: not proposed again for that source.\n"
            + "rejected:\n" + entries.map {
                "  - {source: \(YAMLDatasetWriter.quote($0.source)), type: \($0.type), from: \(YAMLDatasetWriter.quote($0.from)), to: \(YAMLDatasetWriter.quote($0.to))}\n"
            }.joined()
    }
}
