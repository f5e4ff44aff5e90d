import RelGraphIO

/// The Vietnam–Laos defence cooperation dataset (Data/vietnam-laos-defence), compiled into the
/// binary so that relgraph works from any directory and when copied anywhere. `BundledFiles.swift`
/// lists its files (`make bundle` writes it).
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
}
