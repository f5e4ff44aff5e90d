import ArgumentParser
import RelGraphCore
import RelGraphIO

struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Cite an existing entity or relation from a source, with a quote: an extend item in the source's article file.")

    @Argument(help: "A relation id, or an entity id or name.")
    var target: String

    @OptionGroup var edit: EditOptions

    @Option(help: "The words of the source, verbatim.")
    var quote: String

    @Option(help: "Where in the source: ¶N.")
    var locator: String?

    @Option(name: .customLong("as-of"), help: "When the source says it held (default: the source's date).")
    var asOf: String?

    func run() throws {
        let network = try edit.network()
        let citation = Citation(source: edit.source, quote: quote, locator: locator,
                                asOf: try EditOptions.date(asOf, "--as-of"))
        if network.dataset.relations.contains(where: { $0.id == target }) {
            try edit.append(EditSnippets.cite(relation: target, citation), to: "extend", what: "cited relation \(target)")
        } else {
            let entity = network.entity(try network.resolve(target))
            try edit.append(EditSnippets.cite(entity: entity.id, citation), to: "extend", what: "cited entity \(entity.id)")
        }
    }
}
