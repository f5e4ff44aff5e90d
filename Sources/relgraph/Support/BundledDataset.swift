import RelGraphIO

/// The Vietnam–Laos defence cooperation dataset (Data/vietnam-laos-defence), compiled into the
/// binary so that relgraph works from any directory and when copied anywhere.
enum BundledDataset {
    static let folder = "<bundled>/vietnam-laos-defence"

    static func read() -> LoadedDataset {
        YAMLDatasetReader.read(files: [
            .init(name: "\(folder)/entities.yaml", bytes: PackageResources.entities_yaml),
            .init(name: "\(folder)/relations.yaml", bytes: PackageResources.relations_yaml),
            .init(name: "\(folder)/sources.yaml", bytes: PackageResources.sources_yaml),
        ])
    }
}
