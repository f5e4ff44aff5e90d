import Foundation
import RelGraphCore

/// Changes to a dataset folder's files, validated as a whole before any is written: an edit that
/// `validate` would refuse is refused, and the folder keeps its bytes. Each file is replaced atomically
/// (`AtomicFile`); files the edit does not name are never touched.
public struct DatasetEdit: Sendable {
    public let folder: String
    /// New contents by path relative to the folder.
    public private(set) var changes: [String: [UInt8]] = [:]

    public init(folder: String) { self.folder = folder }

    /// The current bytes of a file of the folder (nil when there is none).
    public func contents(of relativePath: String) -> [UInt8]? {
        if let changed = changes[relativePath] { return changed }
        return FileManager.default.contents(atPath: path(relativePath)).map { [UInt8]($0) }
    }

    public func path(_ relativePath: String) -> String { (folder as NSString).appendingPathComponent(relativePath) }

    public mutating func set(_ relativePath: String, to bytes: [UInt8]) { changes[relativePath] = bytes }

    /// The dataset as it would be after the edit; throws `InputError.invalid` when it would have errors.
    public func validated() throws(InputError) -> LoadedDataset {
        let result = try YAMLDatasetReader.read(folder: folder, overriding: changes)
        if result.hasErrors { throw .invalid(diagnostics: result.diagnostics) }
        return result
    }

    /// Validates, then writes every changed file (texts first, so that a dataset file never cites a text
    /// that is not there).
    public func write() throws -> LoadedDataset {
        let result = try validated()
        for relative in changes.keys.sorted(by: { ($0.hasPrefix("texts/") ? 0 : 1, $0) < ($1.hasPrefix("texts/") ? 0 : 1, $1) }) {
            let target = path(relative)
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try AtomicFile.write(changes[relative]!, to: target)
        }
        return result
    }
}
