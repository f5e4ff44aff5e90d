import Foundation
import RelGraphCore
import RelGraphIO

/// Applies a review's accepted proposals to the source's article file through `DatasetEdit` (the
/// writer and validator of every edit command: nothing is written unless the whole dataset with the
/// change validates), and records the rejected ones in `rejected-proposals.yaml`. An accepted item the
/// dataset holds already (an entity or relation of that id and content, a citation of that source and
/// quote) is left alone, so merging the same review twice changes nothing the second time.
public struct ProposalMerge {
    public struct Outcome: Sendable, Equatable {
        public var entities = 0, relations = 0, citations = 0, rejected = 0, pending = 0
        /// Accepted items the dataset already holds (merged before).
        public var present = 0
    }

    public enum Problem: Error, CustomStringConvertible {
        case unknownSource(String), badDate(String, String), badStatus(String, String)
        public var description: String {
            switch self {
            case let .unknownSource(id): return "unknown source '\(id)' (add it first with `relgraph add-source`)"
            case let .badDate(id, text): return "\(id): from_date must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(text)'"
            case let .badStatus(id, text): return "\(id): status must be reported, proposed or planned, not '\(text)'"
            }
        }
    }

    public let folder: String
    public init(folder: String) { self.folder = folder }

    /// Validates and writes the accepted items; returns what was done.
    public func apply(_ review: ReviewDecisions, dataset: Dataset) throws -> Outcome {
        guard dataset.source(review.source) != nil else { throw Problem.unknownSource(review.source) }
        var outcome = Outcome()
        var edit = DatasetEdit(folder: folder)
        let relative = ArticleFile.path(for: review.source)
        var file = ArticleFile(text: edit.contents(of: relative).map { String(decoding: $0, as: UTF8.self) } ?? "")
        var rejections = try RejectedProposals.read(folder: folder)
        let before = rejections.entries.count
        let entities = Dictionary(dataset.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let relations = Dictionary(dataset.relations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in review.entities {
            switch item.review {
            case .accept where entities[item.id]?.kind.rawValue == item.kind: outcome.present += 1
            case .accept: file.append(Self.entity(item, source: review.source), to: "entities"); outcome.entities += 1
            case .reject: outcome.rejected += 1
            case .pending: outcome.pending += 1
            }
        }
        for item in review.relations {
            switch item.review {
            case .accept where relations[item.id].map({ $0.type.rawValue == item.type && $0.from == item.from && $0.to == item.to }) == true:
                outcome.present += 1
            case .accept:
                file.append(EditSnippets.relation(try Self.relation(item)), to: "relations")
                outcome.relations += 1
            case .reject:
                rejections.add(source: review.source, type: RelationType(item.type), from: item.from, to: item.to)
                outcome.rejected += 1
            case .pending: outcome.pending += 1
            }
        }
        for item in review.extend {
            switch item.review {
            case .accept:
                let cited = Set((relations[item.relation]?.citations ?? []).map { [$0.source, $0.quote] })
                let new = item.sources.filter { !cited.contains([$0.source, $0.quote]) }
                guard !new.isEmpty else { outcome.present += 1; continue }
                for c in new {
                    file.append(EditSnippets.cite(relation: item.relation, Citation(source: c.source, quote: c.quote, locator: c.locator)),
                                to: "extend")
                }
                outcome.citations += 1
            case .reject:
                if let r = dataset.relations.first(where: { $0.id == item.relation }) {
                    rejections.add(source: review.source, type: r.type, from: r.from, to: r.to)
                }
                outcome.rejected += 1
            case .pending: outcome.pending += 1
            }
        }
        if outcome.entities + outcome.relations + outcome.citations > 0 {
            edit.set(relative, to: Array(file.text.utf8))
            _ = try edit.write()
        }
        if rejections.entries.count > before {
            try AtomicFile.write(Array(rejections.text.utf8), to: edit.path(RejectedProposals.name), editing: folder)
        }
        return outcome
    }

    static func q(_ text: String) -> String { YAMLDatasetWriter.quote(text) }

    static func entity(_ item: ReviewDecisions.EntityItem, source: String) -> String {
        var out = "- id: \(q(item.id))\n  kind: \(item.kind)\n  names:\n"
        for name in item.names {
            out += "    - {text: \(q(name.text))" + (name.lang.map { ", lang: \(q($0))" } ?? "") + ", source: \(q(source))}\n"
        }
        if let statements = item.statements, !statements.isEmpty {
            out += "  statements:\n" + statements.map {
                "    - {property: \($0.property), value: \(q($0.value)), source: \(q($0.source)), quote: \(q($0.quote))"
                    + ($0.locator.map { ", locator: \(q($0))" } ?? "") + "}\n"
            }.joined()
        }
        if let sources = item.sources, !sources.isEmpty {
            out += "  sources:\n" + sources.map {
                "    - \(EditSnippets.citation(Citation(source: $0.source, quote: $0.quote, locator: $0.locator)))\n"
            }.joined()
        }
        return out
    }

    static func relation(_ item: ReviewDecisions.RelationItem) throws -> Relation {
        var fromDate: PartialDate?
        if let text = item.fromDate {
            guard let date = PartialDate(text) else { throw Problem.badDate(item.id, text) }
            fromDate = date
        }
        guard let status = RelationStatus(rawValue: item.status ?? "reported") else {
            throw Problem.badStatus(item.id, item.status ?? "")
        }
        return Relation(id: item.id, type: RelationType(item.type), from: item.from, to: item.to, fromDate: fromDate,
                        status: status, qualifiers: item.qualifiers ?? [:],
                        citations: item.sources.map { Citation(source: $0.source, quote: $0.quote, locator: $0.locator) },
                        speaker: item.speaker)
    }
}
