import ArgumentParser
import RelGraphCore

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List where sources disagree: each side's value with its sources and quotes.",
        discussion: """
            A conflict is two claims from different sources that cannot both be true: an entity's statements \
            with different values (two partial dates only when neither contains the other), an event held at or \
            a round of two things (unless one is part of or located in the other), a document signed at two \
            events, or one signing, co-chairing, round … stated with two dates. relgraph keeps every claim; \
            `validate` warns about each conflict.
            """)

    @OptionGroup var options: GlobalOptions

    struct Report: Encodable {
        struct Claim: Encodable {
            var source: String
            var title: String?
            var publisher: String?
            var date: PartialDate?
            var quote: String
            var locator: String?
            var asOf: PartialDate?
            var relation: String?
            enum CodingKeys: String, CodingKey {
                case source, title, publisher, date, quote, locator, relation, asOf = "as_of"
            }
        }
        struct Side: Encodable {
            var value: String
            /// The entity the value names (a place, a mechanism …), for conflicts between targets.
            var entity: EntitySummary?
            var claims: [Claim]
        }
        struct Item: Encodable {
            var kind: Conflict.Kind
            /// The entity the claims are about, or for a conflict of dates the relation's `from` end.
            var entity: EntitySummary?
            var relation: String?
            var property: String
            var sides: [Side]
        }
        var conflicts: [Item]
    }

    func run() throws {
        let network = try options.network()
        let report = Self.report(network.conflicts, network)
        switch options.format {
        case .json: try Output.json(report)
        case .text: Self.printText(report, network)
        }
    }

    static func report(_ conflicts: [Conflict], _ network: Network) -> Report {
        let dataset = network.dataset
        func summary(_ id: String) -> EntitySummary? { network.entity(id: id).map(EntitySummary.init) }
        return Report(conflicts: conflicts.map { conflict in
            let relation = conflict.kind == .date ? dataset.relations.first { $0.id == conflict.subject } : nil
            return .init(kind: conflict.kind, entity: summary(relation?.from ?? conflict.subject),
                         relation: relation?.id, property: conflict.property,
                         sides: conflict.sides.map { side in
                             .init(value: side.value, entity: conflict.kind == .target ? summary(side.value) : nil,
                                   claims: side.claims.map { claim in
                                       let source = dataset.source(claim.citation.source)
                                       return .init(source: claim.citation.source, title: source?.title,
                                                    publisher: source?.publisher, date: source?.date,
                                                    quote: claim.citation.quote, locator: claim.citation.locator,
                                                    asOf: claim.citation.asOf, relation: claim.relation)
                                   })
                         })
        })
    }

    static func printText(_ report: Report, _ network: Network) {
        let count = report.conflicts.count
        Output.line(count == 0 ? "no conflicts" : "\(count) \(count == 1 ? "conflict" : "conflicts")")
        for item in report.conflicts {
            Output.line()
            let subject = item.relation.map { "relation \($0)" } ?? item.entity?.label ?? "?"
            Output.line("\(item.property) of \(subject)")
            for side in item.sides {
                Output.line("  \(side.entity?.label ?? side.value)")
                for claim in side.claims {
                    let header = [claim.publisher, claim.date?.description, claim.title.map { "\"\($0)\"" }]
                        .compactMap { $0 }.joined(separator: ", ")
                    let asOf = claim.asOf.map { " as of \($0)" } ?? ""
                    let locator = claim.locator.map { " \($0)" } ?? ""
                    let relation = item.kind == .target ? claim.relation.map { " [\($0)]" } ?? "" : ""
                    Output.line("    \(claim.source) (\(header))\(asOf)\(locator): \"\(claim.quote)\"\(relation)")
                }
            }
        }
    }
}
