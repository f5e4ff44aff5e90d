import RelGraphCore
import RelGraphIO

extension JudgementEditor.Failure: ReportableError {
    var exitStatus: ExitStatus {
        switch self {
        case .unknownEntity: return .notFound
        case .refused, .invalid: return .badData
        }
    }

    var line: String {
        switch self {
        case let .unknownEntity(id): return "no entity '\(id)' in the dataset"
        case let .refused(diagnostic): return diagnostic.description
        case let .invalid(error): return error.description
        }
    }

    var namesItsFile: Bool {
        if case .unknownEntity = self { return false }
        return true
    }
}
