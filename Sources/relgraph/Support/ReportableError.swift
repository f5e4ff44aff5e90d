import Foundation
import RelGraphCore
import RelGraphGraphviz
import RelGraphIO

/// An error that relgraph reports as one line on stderr before exiting with its status: every
/// error type of the libraries says here, once, what it means to a user of the command line.
protocol ReportableError: Error {
    var exitStatus: ExitStatus { get }
    /// The line to print. `relgraph: error: ` is put in front unless the line names its file already.
    var line: String { get }
    var namesItsFile: Bool { get }
}

extension ReportableError {
    var namesItsFile: Bool { false }

    /// Prints the line and exits with the status.
    func exitReporting() -> Never {
        let text = ControlCharacters.visible(namesItsFile ? line : "relgraph: error: \(line)", keepingLineBreaks: true)
        FileHandle.standardError.write(Data((text + "\n").utf8))
        exit(exitStatus.rawValue)
    }
}

extension CommandFailure: ReportableError {
    var exitStatus: ExitStatus { status }
    var line: String { message }
    var namesItsFile: Bool { !prefixed }
}

/// Bad data: every line already starts with the file (`file:line:column: error: …`).
extension InputError: ReportableError {
    var exitStatus: ExitStatus { .badData }
    var line: String { description }
    var namesItsFile: Bool { true }
}

extension LookupError: ReportableError {
    var exitStatus: ExitStatus { .notFound }
    var line: String { description }
}

extension GraphvizError: ReportableError {
    var exitStatus: ExitStatus { .internalFailure }
    var line: String { description }
}

extension AtomicFile.WriteError: ReportableError {
    /// Aiming an output at an input is a usage error; a write the system refuses is a failure.
    var exitStatus: ExitStatus {
        switch self {
        case .overwritesInput, .notAFolder: return .usage
        case .cannotWrite: return .internalFailure
        }
    }
    var line: String { description }
    var namesItsFile: Bool { true }
}
