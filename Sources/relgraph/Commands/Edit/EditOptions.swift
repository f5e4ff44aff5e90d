import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO

/// What every edit command takes: the dataset folder it changes (never the bundled copy) and the source
/// whose article file receives the change.
struct EditOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The dataset folder to change.", valueName: "folder"))
    var data: String

    @Option(name: .long, help: ArgumentHelp("The source that states it (a source id); the change goes to articles/<source>.yaml.",
                                            valueName: "source"))
    var source: String

    /// The dataset as it stands, which must have no errors (an edit on a broken dataset could not be checked).
    func network() throws -> Network {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(.usage, "--data must be a dataset folder: \(data)")
        }
        let network = try DataSource.network(from: try YAMLDatasetReader.read(folder: data))
        guard network.dataset.source(source) != nil else {
            throw CommandFailure(.notFound, "unknown source '\(source)' (add it first with `relgraph add-source`)")
        }
        return network
    }

    /// Appends `item` to `section` of the source's article file, validates and writes it.
    func append(_ item: String, to section: String, what: String) throws {
        var edit = DatasetEdit(folder: data)
        let relative = ArticleFile.path(for: source)
        var file = ArticleFile(text: edit.contents(of: relative).map { String(decoding: $0, as: UTF8.self) } ?? "")
        file.append(item, to: section)
        edit.set(relative, to: Array(file.text.utf8))
        _ = try edit.write()
        Output.line("\(what) in \(relative)")
    }

    static func date(_ text: String?, _ flag: String) throws -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(text) else {
            throw ValidationError("\(flag) must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '\(text)'")
        }
        return date
    }
}
