import Foundation

/// Where an output's bytes go, decided before any byte is written.
///
/// - An output that is one of the process's inputs (`InputFiles`) is refused.
/// - A symlink is written through: the file it points to is replaced, the link stays (before, the
///   rename replaced the link itself, and `-o /dev/stdout` as root replaced the system's link).
/// - A device, pipe or socket (`/dev/stdout`, `/dev/null`, a FIFO) is written to as a stream: there is
///   nothing to rename over.
/// - A regular file is replaced atomically by a temporary file beside it that takes the old file's
///   permission bits (a 0600 file stays 0600).
public struct OutputTarget: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Replace (or create) the regular file at `path`; `mode` is the old file's permission bits.
        case file(mode: mode_t?)
        /// Write straight into a device, pipe or socket.
        case stream
    }

    /// The path as the user gave it, for messages.
    public let requested: String
    /// The path written: `requested` with symlinks followed.
    public let path: String
    public let kind: Kind

    public init(_ requested: String) throws(AtomicFile.WriteError) {
        self.requested = requested
        if let input = InputFiles.input(overwrittenBy: requested) {
            throw .overwritesInput(output: requested, input: input)
        }
        var status = stat()
        guard stat(requested, &status) == 0 else {
            // Nothing there yet, or a dangling link: the file to create is where the links lead.
            path = Self.resolvingLinks(requested)
            kind = .file(mode: nil)
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            path = Self.realPath(requested) ?? requested
            kind = .file(mode: status.st_mode & 0o7777)
        case S_IFDIR: throw .cannotWrite(path: requested, reason: "it is a directory")
        default:
            // Opening the path follows its links to the device itself (`/dev/stdout` → a pipe).
            path = requested
            kind = .stream
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A temporary path beside the target, named so that a later write can tell a leftover of a
    /// killed process (`AtomicFile.removeLeftovers`) from one still being written.
    public var temporaryPath: String { AtomicFile.temporaryPath(beside: path) }

    /// Moves the finished temporary file over the target, with the old file's permission bits.
    public func commit(_ temporary: String) throws(AtomicFile.WriteError) {
        if case let .file(mode?) = kind { _ = chmod(temporary, mode) }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: requested, reason: reason)
        }
    }

    /// `path` with every symlink followed, for a path that does not exist yet (a dangling link names
    /// the file to create). Gives up after 40 links, as the kernel does.
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = target.hasPrefix("/") ? target
                : (URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path)
        }
        return current
    }
}
