import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphIO

/// The two versions `diff` and `render --view diff` compare: two datasets on disk (folders, with
/// their judgements applied, or snapshots), or one dataset folder at two git revisions (`--rev A..B`).
struct DiffInputs {
    struct Side {
        var dataset: Dataset
        /// nil for data that keeps no judgements (a snapshot has them applied, not listed): then the
        /// judgements are not compared.
        var judgements: [Judgement]?
    }

    var old: Side
    var new: Side

    /// The folder `--rev` reads without a folder argument: the bundled dataset's, in the work tree
    /// of the current folder (relgraph's own repository).
    static let bundledFolder = "Data/vietnam-laos-defence"

    /// Checks the arguments: OLD NEW without `--rev`, at most one folder with it.
    static func validate(paths: [String], range: String?, usage: String) throws {
        if let range {
            _ = try revisions(range)
            guard paths.count <= 1 else {
                throw ValidationError("--rev compares one folder at two revisions: \(usage) --rev OLD..NEW [FOLDER]")
            }
        } else if paths.count != 2 {
            throw ValidationError("expected two datasets: \(usage) OLD NEW (or --rev OLD..NEW [FOLDER])")
        }
    }

    /// The two revisions of `A..B`; an empty side is HEAD, as in git.
    static func revisions(_ range: String) throws -> (old: String, new: String) {
        let parts = range.components(separatedBy: "..")
        guard parts.count == 2, !parts[0].hasSuffix("."), !parts[1].hasPrefix(".") else {
            throw ValidationError("--rev takes a range OLD..NEW of two git revisions, such as HEAD~1..HEAD")
        }
        return (parts[0].isEmpty ? "HEAD" : parts[0], parts[1].isEmpty ? "HEAD" : parts[1])
    }

    /// Reads both versions; a version with errors stops the command with them.
    static func load(paths: [String], range: String?) throws -> DiffInputs {
        guard let range else { return DiffInputs(old: try side(path: paths[0]), new: try side(path: paths[1])) }
        let (oldRevision, newRevision) = try revisions(range)
        let location: GitDatasetReader.Location
        if let folder = paths.first {
            location = try GitDatasetReader.locate(folder: folder)
        } else {
            let top = try GitDatasetReader.locate(folder: FileManager.default.currentDirectoryPath).top
            location = GitDatasetReader.Location(top: top, prefix: bundledFolder + "/")
        }
        func atRevision(_ revision: String) throws -> Side {
            let read = try GitDatasetReader.read(location, revision: revision)
            guard !read.loaded.hasErrors else { throw InputError.invalid(diagnostics: read.loaded.diagnostics) }
            return Side(dataset: read.loaded.dataset, judgements: read.judgements)
        }
        return DiffInputs(old: try atRevision(oldRevision), new: try atRevision(newRevision))
    }

    /// A dataset folder (its judgements applied and kept) or any other data `--data` reads (a YAML
    /// file, whose folder's judgements are not its own, and the other formats keep none).
    static func side(path: String) throws -> Side {
        let loaded = try DataOptions.dataSource.read(path: path)
        guard !loaded.hasErrors else { throw InputError.invalid(diagnostics: loaded.diagnostics) }
        var judgements: [Judgement]?
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
           try DataFormat.detect(path: path) == .yaml {
            judgements = try JudgementsFile.read(folder: path).judgements
        }
        return Side(dataset: loaded.dataset, judgements: judgements)
    }

    var diff: DatasetDiff {
        guard let before = old.judgements, let after = new.judgements else {
            return DatasetDiff(old: old.dataset, new: new.dataset)
        }
        return DatasetDiff(old: old.dataset, new: new.dataset, oldJudgements: before, newJudgements: after)
    }
}

/// Git's answers are about the arguments: a folder outside any repository or a revision it does not
/// have is a usage error, a folder the revision lacks is missing data (exit 1 is `diff`'s "different").
extension GitError: ReportableError {
    var exitStatus: ExitStatus {
        switch self {
        case .notARepository, .unknownRevision: return .usage
        case .folderAbsent: return .badData
        case .cannotRun: return .internalFailure
        }
    }
    var line: String { description }
}
