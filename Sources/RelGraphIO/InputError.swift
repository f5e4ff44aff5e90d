import RelGraphCore

/// A dataset that cannot be read at all, or that has errors: what commands other than `validate`
/// stop on, with exit code 65.
public enum InputError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    /// A snapshot file that cannot be opened: not one, another version, truncated or corrupt.
    case snapshot(SnapshotError)
    case invalid(diagnostics: [Diagnostic])
    case malformed(Diagnostic)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): error: \(reason)"
        case let .snapshot(error): return error.description
        case let .invalid(diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            let shown = errors.prefix(20).map(\.description).joined(separator: "\n")
            let more = errors.count > 20 ? "\n… and \(errors.count - 20) more errors (run 'relgraph validate')" : ""
            return shown + more
        case let .malformed(diagnostic): return diagnostic.description
        }
    }
}
