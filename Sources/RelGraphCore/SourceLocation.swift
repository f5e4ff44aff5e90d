/// A place in an input file: `file:line:column`, line and column counted from 1, column in
/// Unicode scalars (as libyaml counts them).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in a dataset: `file:line:column: error: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The id an error says is unknown (a dangling `from`, `to` or `source`), so that a reader that
    /// could not read part of its input can tell the cascade of that loss from a real dangling reference.
    public var unresolvedID: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }
    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// The same diagnostic, marked as naming the unknown id `id`.
    public func naming(unresolved id: String) -> Diagnostic {
        var copy = self
        copy.unresolvedID = id
        return copy
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        // One line, whatever the data quoted in the message holds.
        return ControlCharacters.visible("\(prefix)\(severity.rawValue): \(message)")
    }
}

/// A reader that cannot go on past one problem (a DOT syntax error) throws its diagnostic.
extension Diagnostic: Error {}
