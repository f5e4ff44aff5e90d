import Foundation
import RelGraphCore

/// Reads a dataset folder as it was at a git revision, from the repository's objects (`git ls-tree`,
/// then every file in one `git cat-file --batch`), without touching the work tree. The files are
/// chosen as `YAMLDatasetReader.read(folder:)` chooses them on disk, and diagnostics name them the
/// way git does, `REVISION:path/to/file.yaml:line:column`.
public enum GitDatasetReader {
    /// Where a folder sits in its repository.
    public struct Location: Sendable, Equatable {
        /// The work tree's top folder, where git runs.
        public var top: String
        /// The folder relative to `top`, ending in `/`; empty for the top itself.
        public var prefix: String

        public init(top: String, prefix: String) {
            self.top = top
            self.prefix = prefix
        }
    }

    /// The folder at one revision: its records (its judgements applied) and the judgements.
    public struct Revision: Sendable {
        public var loaded: LoadedDataset
        public var judgements: [Judgement]
    }

    /// Finds the repository of `folder`. The folder need not exist in the work tree (it may have
    /// been deleted since the revisions that have it): git is asked about its nearest existing parent.
    /// - Complexity: one `git rev-parse`.
    public static func locate(folder: String) throws(GitError) -> Location {
        var existing = URL(fileURLWithPath: folder).standardizedFileURL.path
        var missing: [String] = []
        var isDirectory: ObjCBool = false
        while !(FileManager.default.fileExists(atPath: existing, isDirectory: &isDirectory) && isDirectory.boolValue),
              existing != "/" {
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        let result = try GitProcess.run(["rev-parse", "--show-toplevel", "--show-prefix"], in: existing)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard result.status == 0, lines.count >= 2 else {
            if result.stderr.contains("not a git repository") { throw .notARepository(path: folder) }
            throw .cannotRun("git rev-parse failed: \(result.stderr)")
        }
        let prefix = String(lines[1]) + missing.map { $0 + "/" }.joined()
        return Location(top: String(lines[0]), prefix: prefix)
    }

    /// The dataset folder at `location` as it was at `revision` (any revision git understands:
    /// `HEAD~1`, a tag, a commit id).
    /// - Complexity: three git processes; O(size of the folder's files) read and parsed once.
    public static func read(_ location: Location, revision: String) throws -> Revision {
        let commit = try resolve(revision, in: location.top)
        let folder = location.prefix.isEmpty ? "." : String(location.prefix.dropLast())
        let listing = try GitProcess.run(["ls-tree", "-r", "-z", commit] + (location.prefix.isEmpty ? [] : ["--", location.prefix]),
                                         in: location.top)
        guard listing.status == 0 else { throw GitError.cannotRun("git ls-tree failed: \(listing.stderr)") }
        // Byte order of paths, as the folder reader sorts them (git's tree order is nearly that).
        let blobs = files(in: listing.stdout, under: location.prefix)
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        guard !blobs.isEmpty else { throw GitError.folderAbsent(folder: folder, revision: revision) }
        let yaml = blobs.filter { isRecordFile($0.name) }, texts = blobs.filter { isText($0.name) }
        let judgements = blobs.filter { $0.name == JudgementsFile.name }
        guard !yaml.isEmpty else {
            throw InputError.unreadable(path: "\(revision):\(folder)", reason: "no .yaml files in the folder")
        }
        let wanted = yaml + texts + judgements
        let contents = try self.contents(of: wanted.map(\.object), in: location.top)
        func file(_ index: Int) -> YAMLDatasetReader.File {
            YAMLDatasetReader.File(name: "\(revision):\(location.prefix)\(wanted[index].name)", bytes: contents[index])
        }
        var read = JudgementsFile.Read()
        if !judgements.isEmpty {
            let judgementsFile = file(wanted.count - 1)
            read = JudgementsFile.parse(bytes: judgementsFile.bytes, file: judgementsFile.name)
        }
        var loaded = YAMLDatasetReader.read(files: yaml.indices.map(file),
                                            texts: texts.indices.map { file(yaml.count + $0) }, judged: read.pairs)
        JudgementsFile.apply(read, to: &loaded)
        return Revision(loaded: loaded, judgements: read.judgements)
    }

    /// The commit `revision` names. A revision starting with `-` would be read as an option.
    static func resolve(_ revision: String, in top: String) throws(GitError) -> String {
        guard !revision.isEmpty, !revision.hasPrefix("-") else { throw .unknownRevision(revision) }
        let result = try GitProcess.run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: top)
        let commit = String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0, !commit.isEmpty else { throw .unknownRevision(revision) }
        return commit
    }

    /// One file of the listing: its path relative to the folder and its object id.
    struct Blob: Equatable {
        var name: String
        var object: String
    }

    /// The files of `git ls-tree -r -z` output under `prefix`. Symbolic links are left out: at a revision there is nothing to follow.
    static func files(in listing: Data, under prefix: String) -> [Blob] {
        var blobs: [Blob] = []
        for entry in listing.split(separator: 0) {
            // "<mode> <type> <object>\t<path>"
            guard let tab = entry.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = String(decoding: entry[entry.startIndex..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            guard fields.count == 3, fields[1] == "blob", fields[0] != "120000", path.hasPrefix(prefix) else { continue }
            blobs.append(Blob(name: String(path.dropFirst(prefix.count)), object: String(fields[2])))
        }
        return blobs
    }

    /// The rules of `YAMLDatasetReader.yamlFiles(under:)` and `textFiles(under:)`, on relative paths.
    static func isRecordFile(_ name: String) -> Bool {
        !name.split(separator: "/").contains { $0.hasPrefix(".") } && name != JudgementsFile.name
            && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }

    static func isText(_ name: String) -> Bool {
        let parts = name.split(separator: "/")
        return parts.count == 2 && parts[0] == "texts" && parts[1].hasSuffix(".txt") && !parts[1].hasPrefix(".")
    }

    /// The bytes of `objects`, in order, from one `git cat-file --batch`: each answer is a header
    /// line `<object> <type> <size>`, the content, and a line break.
    static func contents(of objects: [String], in top: String) throws(GitError) -> [[UInt8]] {
        let input = Data(objects.map { $0 + "\n" }.joined().utf8)
        let result = try GitProcess.run(["cat-file", "--batch"], in: top, input: input)
        guard result.status == 0 else { throw .cannotRun("git cat-file failed: \(result.stderr)") }
        let bytes = [UInt8](result.stdout)
        var contents: [[UInt8]] = []
        var at = 0
        for object in objects {
            guard let end = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[at..<end], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[0] == object, let size = Int(header[2]), end + 1 + size <= bytes.count else {
                throw .cannotRun("git cat-file: unexpected answer for \(object): \(header.joined(separator: " "))")
            }
            contents.append(Array(bytes[(end + 1)..<(end + 1 + size)]))
            at = end + 1 + size + 1
        }
        guard contents.count == objects.count else { throw .cannotRun("git cat-file: the answer ended early") }
        return contents
    }
}
