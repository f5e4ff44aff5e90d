import Foundation

/// Writes output files so that a reader never sees half of one: the bytes go to a temporary file
/// beside the target, which is then renamed over it. A failure leaves no file behind.
public enum AtomicFile {
    public enum WriteError: Error, Sendable, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        public var description: String {
            switch self {
            case let .cannotWrite(path, reason): return "\(path): error: cannot write: \(reason)"
            }
        }
    }

    /// Writes `bytes` to `path` atomically; `-` writes to standard output.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(WriteError) {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(path: path, reason: "it is a directory")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw .cannotWrite(path: path, reason: "cannot create a file in \(directory.path)")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }
}
