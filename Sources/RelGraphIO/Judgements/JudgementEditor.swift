import Foundation
import RelGraphCore

/// Adds and removes judgements in a dataset folder's judgements.yaml by text, so that every other
/// byte of the file (an analyst's comments, their order) stays as it was: `merge` then `split`
/// gives the folder back byte for byte.
public struct JudgementEditor: Sendable {
    public enum Failure: Error, Sendable {
        /// An entity the judgement names that the dataset does not have.
        case unknownEntity(String)
        /// The judgement cannot stand, or the file cannot be edited; the line names the file.
        case refused(Diagnostic)
        /// The dataset itself has errors.
        case invalid(InputError)
    }

    public let folder: String
    public var path: String { (folder as NSString).appendingPathComponent(JudgementsFile.name) }

    public init(folder: String) { self.folder = folder }

    /// The line a new judgement appends: one flow mapping, its texts as double-quoted scalars.
    static func line(_ judgement: Judgement) -> String {
        var fields = ["\(judgement.verdict.rawValue): [\(judgement.first), \(judgement.second)]"]
        for (key, value) in [("by", judgement.by), ("at", judgement.at), ("why", judgement.why)] {
            if let value { fields.append("\(key): \(quoted(value))") }
        }
        return "  - {" + fields.joined(separator: ", ") + "}\n"
    }

    /// A YAML double-quoted scalar (JSON's string syntax is one).
    static func quoted(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static let header = "judgements:\n"

    /// Appends the judgement after checking it against the dataset and the other judgements.
    public func add(_ judgement: Judgement) throws(Failure) {
        let old = try currentText()
        var text = old ?? Self.header
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += Self.line(judgement)
        let parsed = try check(text)
        let before = old.map { JudgementsFile.parse(bytes: Array($0.utf8), file: path).judgements.count } ?? 0
        guard parsed.judgements.count == before + 1, parsed.judgements.last == judgement else {
            throw .refused(.error("cannot append a judgement: write 'judgements:' as a block list at the end of the file",
                                  at: SourceLocation(file: path, line: 1, column: 1)))
        }
        try write(text)
    }

    /// Removes the judgement that merged `second` into `first`, by its lines.
    public func removeMerge(_ first: String, _ second: String) throws(Failure) {
        guard let text = try currentText() else {
            throw .refused(.error("no judgements: \(first) and \(second) were never merged",
                                  at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let read = JudgementsFile.parse(bytes: Array(text.utf8), file: path)
        guard let n = read.judgements.firstIndex(where: { $0.verdict == .same && $0.first == first && $0.second == second })
        else {
            throw .refused(.error("no judgement merges \(second) into \(first)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if lines.last == "\n" { lines.removeLast() }
        let start = read.starts[n] - 1
        let end = n + 1 < read.starts.count ? read.starts[n + 1] - 1 : lines.count
        lines.removeSubrange(start..<end)
        let remaining = lines.joined()
        let parsed = try check(remaining)
        guard parsed.judgements.count == read.judgements.count - 1 else {
            throw .refused(.error("cannot remove the judgement by its lines: give each judgement lines of its own",
                                  at: read.locations[n]))
        }
        if remaining == Self.header {
            do { try FileManager.default.removeItem(atPath: path) } catch {
                throw .refused(.error("cannot remove the file: \(error.localizedDescription)",
                                      at: SourceLocation(file: path, line: 1, column: 1)))
            }
        } else {
            try write(remaining)
        }
    }

    private func currentText() throws(Failure) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw .refused(.error("cannot read the file as UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return text
    }

    /// The judgements of `text`, after checking them all against the dataset without judgements.
    private func check(_ text: String) throws(Failure) -> JudgementsFile.Read {
        let loaded: LoadedDataset
        do { loaded = try YAMLDatasetReader.read(folder: folder, judgements: false) } catch { throw .invalid(error) }
        guard !loaded.hasErrors else { throw .invalid(.invalid(diagnostics: loaded.diagnostics)) }
        let read = JudgementsFile.parse(bytes: Array(text.utf8), file: path)
        if let problem = read.diagnostics.first(where: { $0.severity == .error }) { throw .refused(problem) }
        let ids = Set(loaded.dataset.entities.map(\.id))
        for judgement in read.judgements {
            for id in [judgement.first, judgement.second] where !ids.contains(id) { throw .unknownEntity(id) }
        }
        var dataset = loaded.dataset
        let (problems, _) = JudgementMerge.apply(read.judgements, to: &dataset)
        if let problem = problems.first { throw .refused(.error(problem.message, at: read.locations[problem.index])) }
        return read
    }

    private func write(_ text: String) throws(Failure) {
        do { try AtomicFile.write(Array(text.utf8), to: path) } catch {
            throw .refused(.error("cannot write: \(error)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
    }
}
