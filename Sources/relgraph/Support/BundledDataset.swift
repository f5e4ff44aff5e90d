import Foundation
import RelGraphCore
import RelGraphIO

/// The Vietnam–Laos defence cooperation dataset (Data/vietnam-laos-defence), compiled into the
/// binary so that relgraph works from any directory and when copied anywhere. `BundledFiles.swift`
/// lists its files (`make bundle` writes it).
///
/// The YAML files are compiled in, and so is a snapshot of them (`Embedded/bundled.rgs`, made by
/// `make bundled-snapshot`) with the key of the YAML it was made from (`bundled.key`). Commands that
/// query the network open the snapshot (a millisecond) instead of parsing and checking the YAML
/// (most of a command's time on the bundled data); when the YAML has changed since the snapshot was
/// made, the key no longer matches and the YAML is read as before, so an edit in Data/ is never
/// answered from stale data. `validate` and the readers of records always read the YAML.
enum BundledDataset {
    static let folder = "<bundled>/vietnam-laos-defence"

    static func read() -> LoadedDataset {
        func file(_ entry: (path: String, bytes: [UInt8])) -> YAMLDatasetReader.File {
            .init(name: "\(folder)/\(entry.path)", bytes: entry.bytes)
        }
        let texts = files.filter { $0.path.hasPrefix("texts/") }
        return YAMLDatasetReader.read(files: files.filter { !$0.path.hasPrefix("texts/") }.map(file),
                                      texts: texts.map(file))
    }

    /// The network, from the snapshot when it is the dataset's (its key covers every file).
    static func network() throws -> Network {
        if String(decoding: PackageResources.bundled_key, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            == SnapshotKey.of(files.map(\.bytes)),
           let network = try? SnapshotReader.read(Data(PackageResources.bundled_rgs), path: "\(folder).rgs") {
            return network
        }
        return try DataSource.network(from: read())
    }
}
