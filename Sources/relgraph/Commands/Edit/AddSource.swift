import ArgumentParser
import Foundation
import RelGraphIO

struct AddSource: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-source",
        abstract: "Add a source from a corpus file: articles/<id>.yaml with its header, texts/<id>.txt with its text.")

    @Argument(help: "A corpus file: a header (title, publisher, date, url, language, truncation), '---', the text.")
    var corpusFile: String

    @Option(name: .long, help: ArgumentHelp("The dataset folder to change.", valueName: "folder"))
    var data: String

    @Option(help: "The source's id (default: file name, publisher, date: u05-vietnamplus-2024-03-20).")
    var id: String?

    func run() throws {
        let bytes = [UInt8](try DataSource.contents(of: corpusFile))
        let header: CorpusHeader
        do { header = try CorpusHeader(bytes: bytes, file: corpusFile, id: id) } catch {
            throw CommandFailure(.badData, error.description, prefixed: false)
        }
        let id = header.source.id
        var edit = DatasetEdit(folder: data)
        let article = ArticleFile.path(for: id), text = "texts/\(id).txt"
        for relative in [article, text] where edit.contents(of: relative) != nil {
            throw CommandFailure(.usage, "\(edit.path(relative)) exists already: the source '\(id)' was added before")
        }
        var file = ArticleFile(text: "# \((corpusFile as NSString).lastPathComponent): \(header.source.title ?? id)\n")
        file.append(EditSnippets.source(header.source), to: "sources")
        edit.set(article, to: Array(file.text.utf8))
        edit.set(text, to: header.body)
        _ = try edit.write()
        Output.line("added source \(id): \(article), \(text)")
    }
}
