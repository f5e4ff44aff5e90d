import ArgumentParser
import RelGraphCore
import RelGraphIO

struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Add a name to an entity as a source writes it: an extend item in the source's article file.")

    @Argument(help: "An entity id or name.")
    var entity: String

    @Argument(help: "The new name, as the source writes it.")
    var name: String

    @OptionGroup var edit: EditOptions

    @Option(help: "The name's language (ISO 639-1: vi, en, lo, fr …).")
    var lang: String?

    @Option(help: "official, short, transliteration, abbreviation or former.")
    var kind: String = "official"

    func run() throws {
        guard let nameKind = Name.Kind(rawValue: kind) else {
            throw ValidationError("--kind must be one of \(Name.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let network = try edit.network()
        let id = network.entity(try network.resolve(entity)).id
        let text = name.precomposedStringWithCanonicalMapping
        try edit.append(EditSnippets.alias(entity: id, Name(text: text, lang: lang, kind: nameKind, source: edit.source)),
                        to: "extend", what: "added the name '\(text)' to \(id)")
    }
}
