import RelGraphIO

/// A Spark export that cannot be written is a failure (70); an export folder or job results that do
/// not read as such are bad data (65). Every message names its path.
extension SparkExportError: ReportableError {
    var exitStatus: ExitStatus {
        switch self {
        case .cannotWrite: return .internalFailure
        case .notAnExport, .badResults: return .badData
        }
    }
    var line: String { description }
    var namesItsFile: Bool { true }
}
