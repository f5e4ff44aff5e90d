import Foundation
import RelGraphCore
import Yams

/// Reads a dataset folder of YAML files (docs/data-format.md).
///
/// Every problem found is collected as a `Diagnostic` with `file:line:column`; a dataset with
/// errors is still returned (with the faulty records left out) so that `validate` can report
/// everything in one run.
public enum YAMLDatasetReader {
    /// One file's name (as diagnostics show it) and bytes.
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Reads every `*.yaml` / `*.yml` file under `folder`, at any depth (`articles/…`), in the order
    /// of their paths relative to `folder`, and validates the result. `overriding` gives the bytes of
    /// files by relative path in place of the disk's (new files included): how an edit is validated
    /// before it is written. With `judgements`, the merges of the folder's judgements.yaml are applied
    /// (`JudgementsFile`).
    public static func read(folder: String, overriding: [String: [UInt8]] = [:],
                            judgements: Bool = true) throws(InputError) -> LoadedDataset {
        func sorted(_ names: Set<String>) -> [String] { names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        let yaml = sorted(Set(try yamlFiles(under: folder)).union(overriding.keys.filter { !$0.hasPrefix("texts/") }))
        guard !yaml.isEmpty else { throw .unreadable(path: folder, reason: "no .yaml files in the folder") }
        let texts = sorted(Set(try textFiles(under: folder)).union(overriding.keys.filter { $0.hasPrefix("texts/") }))
        var files: [File] = []
        for name in yaml + texts {
            let path = (folder as NSString).appendingPathComponent(name)
            InputFiles.note(path)
            if let bytes = overriding[name] {
                files.append(File(name: path, bytes: bytes))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path: path, reason: "cannot read the file")
            }
            files.append(File(name: path, bytes: [UInt8](data)))
        }
        let judged = judgements ? try JudgementsFile.read(folder: folder) : JudgementsFile.Read()
        var loaded = read(files: Array(files.prefix(yaml.count)), texts: Array(files.suffix(texts.count)),
                          judged: judged.pairs)
        JudgementsFile.apply(judged, to: &loaded)
        return loaded
    }

    /// The sources' texts: `texts/<source-id>.txt`, relative to `folder`.
    static func textFiles(under folder: String) throws(InputError) -> [String] {
        let texts = (folder as NSString).appendingPathComponent("texts")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: texts, isDirectory: &isDirectory), isDirectory.boolValue else {
            return []
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: texts) else {
            throw .unreadable(path: texts, reason: "cannot list the folder")
        }
        return names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { "texts/" + $0 }
    }

    /// The relative paths of the YAML files under `folder`, sorted as strings (byte order).
    public static func yamlFiles(under folder: String) throws(InputError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw .unreadable(path: folder, reason: "cannot list the folder")
        }
        var names: [String] = []
        while let name = enumerator.nextObject() as? String {
            // Hidden files and folders (.git, editors' backups) are not the dataset's.
            let hidden = name.split(separator: "/").contains { $0.hasPrefix(".") }
            // judgements.yaml holds the analyst's merges, applied after the records are read.
            let records = name != JudgementsFile.name && name != RejectedProposalsFile.name && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
            if !hidden && records { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Reads the given files as one dataset and validates it, with the quotes that cite a source
    /// checked against its text among `texts` (files named `<source-id>.txt`); `judged` are the
    /// pairs of entities the dataset's judgements name (`DatasetValidator.validate`).
    public static func read(files: [File], texts: [File] = [], judged: Set<EntityPair> = []) -> LoadedDataset {
        var dataset = Dataset()
        var locations = DatasetLocations()
        var problems: [Diagnostic] = []
        var sawDatasetSection = false
        var unread: [(at: SourceLocation, text: String)] = []
        var extensions = YAMLExtensions()
        for file in files {
            var unreadOfFile: [String] = []
            defer {
                // Where the cascade's summary goes: the file's syntax error, just reported.
                let syntaxError = problems.last?.location ?? SourceLocation(file: file.name, line: 1, column: 1)
                unread += unreadOfFile.map { (syntaxError, $0) }
            }
            guard let root = parse(file, problems: &problems, unread: &unreadOfFile) else { continue }
            guard case let .mapping(mapping) = root else {
                problems.append(.error("a dataset file must be a mapping with sections \(sectionList)",
                                       at: YAMLFields.location(of: root, in: file.name)))
                continue
            }
            for (key, value) in mapping {
                let section = key.scalar?.string ?? ""
                let place = YAMLFields.location(of: key, in: file.name)
                switch section {
                case "dataset":
                    if sawDatasetSection {
                        problems.append(.error("the 'dataset' section appears more than once", at: place))
                    }
                    sawDatasetSection = true
                    readHeader(value, file: file.name, into: &dataset, problems: &problems)
                case "sources", "entities", "relations":
                    for item in sequence(value, section: section, file: file.name, problems: &problems) {
                        readRecord(item, section: section, file: file.name, dataset: &dataset,
                                   locations: &locations, problems: &problems)
                    }
                case "extend":
                    for item in sequence(value, section: section, file: file.name, problems: &problems) {
                        extensions.read(item, file: file.name, problems: &problems)
                    }
                default:
                    problems.append(.error("unknown section '\(section)' (allowed: \(sectionList))", at: place))
                }
            }
        }
        deriveMissingIDs(&dataset.relations)
        extensions.apply(to: &dataset, locations: &locations, problems: &problems)
        let findings = DatasetValidator.validate(dataset, locations: locations, judged: judged)
        problems += suppressingCascade(of: unread, in: findings)
        problems += DatasetValidator.checkQuotes(dataset, texts: sourceTexts(texts, problems: &problems),
                                                 locations: locations)
        return LoadedDataset(dataset: dataset, locations: locations, diagnostics: problems)
    }

    private static let sectionList = "dataset, sources, entities, relations, extend"

    /// Gives each relation without an id `type:from->to`, then `~2`, `~3` … for repeats of the same
    /// triple, skipping ids that the dataset states explicitly.
    static func deriveMissingIDs(_ relations: inout [Relation]) {
        var ids = UniqueIDs(taken: Set(relations.map(\.id).filter { !$0.isEmpty }), separator: "~")
        for i in relations.indices where relations[i].id.isEmpty {
            relations[i].id = ids.claim(Relation.derivedID(type: relations[i].type, from: relations[i].from,
                                                           to: relations[i].to))
        }
    }

    /// The texts that are UTF-8, each under the source id its file name gives.
    private static func sourceTexts(_ files: [File], problems: inout [Diagnostic]) -> [SourceText] {
        files.compactMap { file in
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                problems.append(.error("the file is not valid UTF-8 text",
                                       at: TextInput.firstInvalidUTF8(file.bytes[...], file: file.name)))
                return nil
            }
            let id = String(((file.name as NSString).lastPathComponent as NSString).deletingPathExtension)
            return SourceText(sourceID: id, file: file.name, text: text)
        }
    }

    /// The document's root node, or nil after reporting why there is none.
    /// The file's root node; where libyaml refuses the file, its error and what `YAMLRecovery` could
    /// still read, with the text it could not read added to `unread`.
    private static func parse(_ file: File, problems: inout [Diagnostic], unread: inout [String]) -> Node? {
        var bytes = file.bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let message = TextInput.isUTF16(bytes) ? "the file is UTF-16 text: save it as UTF-8"
                                                   : "the file is not valid UTF-8 text"
            problems.append(.error(message, at: TextInput.firstInvalidUTF8(bytes, file: file.name)))
            return nil
        }
        if let nul = TextInput.firstNUL(in: text, file: file.name) {
            problems.append(.error("the file contains a NUL character", at: nul))
            return nil
        }
        do {
            let root = try Yams.compose(yaml: text)
            if let root, let node = YAMLExpansion.firstNodeOverBudget(root, budget: text.utf8.count + 1) {
                problems.append(.error("YAML aliases expand the document beyond its size; anchors and aliases are not supported",
                                       at: YAMLFields.location(of: node, in: file.name)))
                return nil
            }
            return root
        } catch let error as YamlError {
            problems.append(YAMLSyntax.diagnostic(error, file: file.name))
            let recovered = YAMLRecovery.recover(text)
            unread += recovered.unread
            return recovered.root
        } catch {
            problems.append(.error("cannot parse YAML: \(error)", at: SourceLocation(file: file.name, line: 1, column: 1)))
            return nil
        }
    }

    /// The validator's problems without the dangling references that a syntax error caused: an
    /// unknown id that occurs in text the reader could not parse is counted, not reported, and one
    /// warning per file says how many references went unchecked (a compiler's first error, not its
    /// cascade).
    private static func suppressingCascade(of unread: [(at: SourceLocation, text: String)],
                                           in problems: [Diagnostic]) -> [Diagnostic] {
        guard !unread.isEmpty else { return problems }
        var unchecked: [SourceLocation: Int] = [:]
        let kept = problems.filter { problem in
            guard let id = problem.unresolvedID,
                  let syntaxError = unread.first(where: { Self.mentions($0.text, id) })?.at else { return true }
            unchecked[syntaxError, default: 0] += 1
            return false
        }
        return kept + unchecked.sorted { $0.key.description < $1.key.description }.map { syntaxError, count in
            .warning("\(count) reference\(count == 1 ? "" : "s") into the part of \(syntaxError.file) that this error left "
                     + "unread \(count == 1 ? "was" : "were") not checked", at: syntaxError)
        }
    }

    /// Whether `text` holds `id` as a whole token (not as part of a longer id).
    static func mentions(_ text: String, _ id: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: id) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map(isIDCharacter) ?? false) && !(after.map(isIDCharacter) ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    private static func isIDCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || "-_.".contains(c)
    }

    private static func sequence(_ node: Node, section: String, file: String,
                                 problems: inout [Diagnostic]) -> [Node] {
        switch node {
        case let .sequence(items): return Array(items)
        case let .scalar(scalar) where YAMLFields.isNull(scalar.string): return []
        default:
            problems.append(.error("'\(section)' must be a list", at: YAMLFields.location(of: node, in: file)))
            return []
        }
    }

    private static func readHeader(_ node: Node, file: String, into dataset: inout Dataset,
                                   problems: inout [Diagnostic]) {
        guard var fields = YAMLFields.mapping(node, file: file, what: "dataset", problems: &problems) else { return }
        fields.rejectUnknown(["title", "description", "attributes"], in: "dataset")
        dataset.title = fields.text("title", in: "dataset")
        dataset.description = fields.text("description", in: "dataset")
        _ = fields.scalarMap("attributes", in: "dataset")
        problems += fields.problems
    }

    private static func readRecord(_ node: Node, section: String, file: String, dataset: inout Dataset,
                                   locations: inout DatasetLocations, problems: inout [Diagnostic]) {
        let what = String(section.dropLast(section == "entities" ? 3 : 1)) + (section == "entities" ? "y" : "")
        guard var fields = YAMLFields.mapping(node, file: file, what: what, problems: &problems) else { return }
        var record = fields.record
        var nested: [Diagnostic] = []
        switch section {
        case "sources":
            if let source = YAMLRecords.source(&fields) {
                dataset.sources.append(source)
                locations.sources.append(record)
            }
        case "entities":
            if let entity = YAMLRecords.entity(&fields, record: &record, problems: &nested) {
                dataset.entities.append(entity)
                locations.entities.append(record)
            }
        default:
            if let relation = YAMLRecords.relation(&fields, record: &record, problems: &nested) {
                dataset.relations.append(relation)
                locations.relations.append(record)
            }
        }
        problems += fields.problems + nested
    }
}
