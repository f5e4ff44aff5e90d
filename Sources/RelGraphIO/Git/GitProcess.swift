import Foundation

/// Runs the `git` program as a child process. relgraph reads a dataset folder's history through git
/// itself rather than a library: the repository's own git knows its format, packs, worktrees and
/// configuration, and no C library has to be linked for a command few runs need.
enum GitProcess {
    struct Result {
        var status: Int32
        var stdout: Data
        /// Standard error, trimmed: git's own one-line reason.
        var stderr: String
    }

    /// Runs `git -C directory ARGUMENTS` with `input` on its standard input.
    ///
    /// The input goes through a temporary file rather than a pipe, so that writing it can neither
    /// block on a full pipe while git waits for us to read its output, nor kill this process with
    /// SIGPIPE if git exits early; standard error is drained on another thread for the same reason.
    static func run(_ arguments: [String], in directory: String, input: Data = Data()) throws(GitError) -> Result {
        guard let git = executable() else { throw .cannotRun("git is not installed (no 'git' on the PATH)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        // Messages in English whatever the user's locale: relgraph reads none of them, but shows them.
        environment["LC_ALL"] = "C"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        // A folder name is a path, not a pattern: `*` or `:` in it match only themselves.
        environment["GIT_LITERAL_PATHSPECS"] = "1"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        var inputFile: URL?
        defer { if let inputFile { try? FileManager.default.removeItem(at: inputFile) } }
        if input.isEmpty {
            process.standardInput = FileHandle.nullDevice
        } else {
            let url = FileManager.default.temporaryDirectory
                .appendingPathComponent("relgraph-git-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: url.path, contents: input),
                  let handle = FileHandle(forReadingAtPath: url.path) else {
                throw .cannotRun("cannot write a temporary file in \(FileManager.default.temporaryDirectory.path)")
            }
            inputFile = url
            process.standardInput = handle
        }
        do {
            try process.run()
        } catch {
            throw .cannotRun("cannot run \(git): \(error.localizedDescription)")
        }
        let stderr = ErrorText()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            stderr.set(errors.fileHandleForReading.readDataToEndOfFile())
            drained.signal()
        }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        let message = String(decoding: stderr.get(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Result(status: process.terminationStatus, stdout: stdout, stderr: message)
    }

    /// The first `git` on the PATH.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = (String(folder) as NSString).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Standard error as the draining thread hands it over.
    private final class ErrorText: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
        func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
    }
}

/// Why a dataset folder could not be read at a git revision.
public enum GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder is in no git work tree.
    case notARepository(path: String)
    case unknownRevision(String)
    /// The folder does not exist at the revision (nothing is tracked under it).
    case folderAbsent(folder: String, revision: String)
    /// git could not be run, or failed in a way relgraph does not expect (its message).
    case cannotRun(String)

    public var description: String {
        switch self {
        case let .notARepository(path): return "\(path) is not in a git repository"
        case let .unknownRevision(revision): return "unknown git revision '\(revision)'"
        case let .folderAbsent(folder, revision): return "the folder '\(folder)' does not exist at revision \(revision)"
        case let .cannotRun(message): return message
        }
    }
}
