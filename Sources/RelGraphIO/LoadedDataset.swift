import RelGraphCore

/// What every reader returns: the records it could make, where each stands in its file, and the
/// problems found — syntax and field problems first, then the validator's findings, in file order.
/// A dataset with errors is still returned (the faulty records left out) so that `validate` can
/// report everything in one run.
public struct LoadedDataset: Sendable {
    public var dataset: Dataset
    public var locations: DatasetLocations
    public var diagnostics: [Diagnostic]

    public init(dataset: Dataset, locations: DatasetLocations = DatasetLocations(), diagnostics: [Diagnostic] = []) {
        self.dataset = dataset
        self.locations = locations
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
