import Foundation
import RelGraphCore
import RelGraphIO
import Synchronization

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

    /// The network, from the snapshot when it is the dataset's (its key covers every file); the one
    /// `openEarly` started when it did.
    static func network() throws -> Network {
        if let early = early.withLock({ $0 }) { return try early.network() }
        return try open()
    }

    /// Starts opening the network on another thread, before the arguments are parsed, when they may
    /// ask for it: ArgumentParser's parse (reflection over every option type, each first lookup a scan
    /// of the binary's protocol conformances) and the snapshot's decoding were each about a quarter
    /// of a `show` process on the bundled data, one after the other on one core (issue 20, target 5).
    /// Commands that never ask for it spend the other core's time only.
    static func openEarly(for arguments: [String]) {
        guard mayQuery(arguments) else { return }
        early.withLock { $0 = EarlyOpening() }
    }

    /// False when the arguments name another dataset or ask only for help or the version.
    static func mayQuery(_ arguments: [String]) -> Bool {
        // A switch, not a Set: a Set<String>'s first use here costs a conformance scan (above).
        arguments.count > 1 && !arguments.dropFirst().contains {
            switch $0 {
            case "--data", "-h", "--help", "--version", "help": true
            default: $0.hasPrefix("--data=")
            }
        }
    }

    private static let early = Mutex<EarlyOpening?>(nil)

    private static func open() throws -> Network {
        // The key file's line, without Foundation's trimming (through NSString, 2% of opening).
        if String(decoding: PackageResources.bundled_key.prefix { $0 > 0x20 }, as: UTF8.self)
            == SnapshotKey.of(files.map(\.bytes)),
           let network = try? SnapshotReader.read(Data(PackageResources.bundled_rgs), path: "\(folder).rgs") {
            return network
        }
        return try DataSource.network(from: read())
    }

    /// The network being opened on a thread of its own; `network()` waits for it.
    private final class EarlyOpening: Sendable {
        private let opened = Mutex<Result<Network, any Error>?>(nil)
        private let done = DispatchGroup()

        init() {
            DispatchQueue.global().async(group: done) { [self] in
                // Its conflicts too (`show` and `conflicts` print them): this thread is otherwise
                // done before the parse is.
                let result = Result {
                    let network = try BundledDataset.open()
                    _ = network.conflicts
                    return network
                }
                opened.withLock { $0 = result }
            }
        }

        func network() throws -> Network {
            done.wait()
            return try opened.withLock { $0! }.get()
        }
    }
}
