import Foundation

/// The exit codes of relgraph (sysexits.h where one fits).
enum ExitStatus: Int32 {
    case ok = 0
    case notFound = 1
    case usage = 64
    case badData = 65
    case internalFailure = 70
}

/// An error a command reports as one line on stderr before exiting with its status.
struct CommandFailure: Error {
    let status: ExitStatus
    let message: String
    /// Whether the line starts with "relgraph: error: " (messages that already name a file don't).
    let prefixed: Bool

    init(_ status: ExitStatus, _ message: String, prefixed: Bool = true) {
        self.status = status
        self.message = message
        self.prefixed = prefixed
    }
}
