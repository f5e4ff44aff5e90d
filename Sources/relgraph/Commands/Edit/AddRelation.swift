import ArgumentParser
import RelGraphCore
import RelGraphIO

struct AddRelation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-relation",
        abstract: "Add a relation that a source states, with a quote, to the source's article file.")

    @Argument(help: "The relation type (holds, co_chairs, held_at …).")
    var type: String

    @Argument(help: "The entity it goes from (id or name).")
    var from: String

    @Argument(help: "The entity it goes to (id or name).")
    var to: String

    @OptionGroup var edit: EditOptions

    @Option(help: "The words of the source, verbatim.")
    var quote: String

    @Option(help: "Where in the source: ¶N.")
    var locator: String?

    @Option(help: "reported (default), proposed or planned.")
    var status: String = "reported"

    @Option(help: "Who said it (a person or organisation, id or name).")
    var speaker: String?

    @Option(name: .customLong("from-date"), help: "When it began or happened (YYYY, YYYY-MM or YYYY-MM-DD).")
    var fromDate: String?

    @Option(name: .customLong("as-of"), help: "When the source says it held (default: the source's date).")
    var asOf: String?

    func run() throws {
        guard let relationStatus = RelationStatus(rawValue: status) else {
            throw ValidationError("--status must be reported, proposed or planned")
        }
        let network = try edit.network()
        let fromID = network.entity(try network.resolve(from)).id, toID = network.entity(try network.resolve(to)).id
        let speakerID = try speaker.map { network.entity(try network.resolve($0)).id }
        let taken = Set(network.dataset.relations.map(\.id))
        let base = "\(fromID)-\(type.replacingOccurrences(of: "_", with: "-"))-\(toID)"
        var id = base, n = 2
        while taken.contains(id) { id = "\(base)-\(n)"; n += 1 }
        let relation = Relation(id: id, type: RelationType(type), from: fromID, to: toID,
                                fromDate: try EditOptions.date(fromDate, "--from-date"), status: relationStatus,
                                citations: [Citation(source: edit.source, quote: quote, locator: locator,
                                                     asOf: try EditOptions.date(asOf, "--as-of"))],
                                speaker: speakerID)
        try edit.append(EditSnippets.relation(relation), to: "relations", what: "added relation \(id)")
    }
}
