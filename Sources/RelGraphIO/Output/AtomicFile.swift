import Foundation

/// Writes output files so that a reader never sees half of one: the bytes go to a temporary file
/// beside the target, which is then renamed over it (see `OutputTarget` for inputs, links, devices
/// and permissions). A failure leaves no file behind.
public enum AtomicFile {
    public enum WriteError: Error, Sendable, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        /// The output is a file this process read to produce it (a usage error: nothing is written).
        case overwritesInput(output: String, input: String)
        /// A folder of files was asked for where a file stands (a usage error).
        case notAFolder(path: String)

        public var description: String {
            switch self {
            case let .cannotWrite(path, reason): return "\(path): error: cannot write: \(reason)"
            case let .overwritesInput(output, input):
                return "\(output): error: refusing to write over \(input), an input of this command"
            case let .notAFolder(path):
                return "\(path): error: it is a file; this output is a folder of files"
            }
        }
    }

    /// Marks relgraph's temporary files (`.NAME.relgraph-tmp-PID-UUID.tmp`).
    static let temporaryMarker = "relgraph-tmp-"

    /// Writes `bytes` to `path` atomically; `-` writes to standard output.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(WriteError) {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let target = try OutputTarget(path)
        if target.kind == .stream {
            guard let handle = FileHandle(forWritingAtPath: target.path) else {
                throw .cannotWrite(path: path, reason: "cannot open it for writing")
            }
            do {
                try handle.write(contentsOf: Data(bytes))
                try handle.close()
            } catch {
                throw .cannotWrite(path: path, reason: error.localizedDescription)
            }
            return
        }
        removeLeftovers(beside: target.path)
        let temporary = target.temporaryPath
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw .cannotWrite(path: path, reason: "cannot create a file in \((target.path as NSString).deletingLastPathComponent)")
        }
        try target.commit(temporary)
    }

    /// A new temporary path beside `path` (`.NAME.relgraph-tmp-PID-UUID.tmp`): hidden, and named so
    /// that `removeLeftovers` can tell a killed process's leftover from a file still being written.
    public static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(temporaryMarker)\(getpid())-\(UUID().uuidString).tmp").path
    }

    /// Removes the temporary files that relgraph processes which no longer run left beside `path`
    /// (a kill -9 between writing and renaming cannot clean up after itself; the next write does).
    public static func removeLeftovers(beside path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + "." + temporaryMarker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }),
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }
}
