import Foundation

/// Writes a set of files that belong together (a CSV export's nodes.csv, edges.csv and sources.csv;
/// an imported dataset's YAML files) so that they appear together: never new nodes with old edges.
///
/// The files go into a temporary folder beside the target; the files of the target folder that the
/// set does not replace are hard-linked into it (same inode, so they stay the very same files); then
/// the target is swapped for it by two renames, and the old folder removed. A kill before the swap
/// leaves the old folder whole (and a temporary folder that the next write removes); between the
/// two renames, which follow each other at once, the folder is absent, never mixed. A target holding
/// subfolders cannot be linked that way, so there each file is replaced on its own, atomically.
public enum AtomicFolder {
    /// One file of the set: its name in the folder and its bytes, as the exporters give them.
    public typealias File = (name: String, bytes: [UInt8])

    /// Writes `files` into `folder` (made when missing); the folder's other files stay, except those
    /// `dropping` names (an import's old YAML files).
    public static func write(_ files: [File], to folder: String,
                             dropping: (String) -> Bool = { _ in false }) throws(AtomicFile.WriteError) {
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            if let input = InputFiles.input(overwrittenBy: path) { throw .overwritesInput(output: path, input: input) }
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: folder, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw .notAFolder(path: folder) }
        let others = exists ? ((try? manager.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { name in !files.contains { $0.name == name } && !dropping(name) } : []
        if others.contains(where: { isFolder((folder as NSString).appendingPathComponent($0)) }) {
            for name in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []) where dropping(name) {
                try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
            for file in files { try AtomicFile.write(file.bytes, to: (folder as NSString).appendingPathComponent(file.name)) }
            return
        }
        let target = OutputTarget.resolvingLinks(folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
        AtomicFile.removeLeftovers(beside: target)
        let staging = AtomicFile.temporaryPath(beside: target)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in files {
                let path = (staging as NSString).appendingPathComponent(file.name)
                guard manager.createFile(atPath: path, contents: Data(file.bytes)) else {
                    throw AtomicFile.WriteError.cannotWrite(path: (folder as NSString).appendingPathComponent(file.name),
                                                           reason: "cannot create a file in \(staging)")
                }
            }
            for name in others {
                try manager.linkItem(atPath: (target as NSString).appendingPathComponent(name),
                                     toPath: (staging as NSString).appendingPathComponent(name))
            }
            try swap(staging, into: target, exists: exists)
        } catch let error as AtomicFile.WriteError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw .cannotWrite(path: folder, reason: error.localizedDescription)
        }
    }

    private static func swap(_ staging: String, into target: String, exists: Bool) throws(AtomicFile.WriteError) {
        guard exists else {
            guard rename(staging, target) == 0 else { throw .cannotWrite(path: target, reason: String(cString: strerror(errno))) }
            return
        }
        let old = AtomicFile.temporaryPath(beside: target)
        guard rename(target, old) == 0 else { throw .cannotWrite(path: target, reason: String(cString: strerror(errno))) }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, target)
            throw .cannotWrite(path: target, reason: reason)
        }
        try? FileManager.default.removeItem(atPath: old)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
