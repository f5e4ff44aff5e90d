import Foundation
import Synchronization

/// The files this process has read to produce its output, by identity: the device and inode that
/// `stat` gives after following symlinks. Every reader notes the files it opens; every writer
/// (`OutputTarget`) refuses an output that is one of them, however it is spelled: a relative path
/// with `..`, a symlink, a hard link. An analyst's dataset is weeks of hand work, and `-o` aimed at
/// it by a slip of the shell must not destroy it.
public enum InputFiles {
    struct Identity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    private static let read = Mutex<[Identity: String]>([:])

    /// Records `path` (a file; symlinks followed) as read by this process. A path that cannot be
    /// stat'ed is left out: its reader reports it.
    public static func note(_ path: String) {
        guard let identity = identity(of: path) else { return }
        read.withLock { files in
            if files[identity] == nil { files[identity] = path }
        }
    }

    /// The input, as its reader named it, that writing to `path` would replace; nil when `path` is
    /// no input (or does not exist yet).
    public static func input(overwrittenBy path: String) -> String? {
        guard let identity = identity(of: path) else { return nil }
        return read.withLock { $0[identity] }
    }

    static func identity(of path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
