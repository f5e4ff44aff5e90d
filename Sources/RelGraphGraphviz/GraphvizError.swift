/// A failure inside Graphviz, carrying Graphviz's own message.
public enum GraphvizError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// The DOT text did not parse.
    case syntax(message: String)
    /// The layout engine failed or is unknown.
    case layout(engine: String, message: String)
    /// The renderer failed or the format is unknown.
    case render(format: String, message: String)

    public var description: String {
        switch self {
        case let .syntax(message): return "Graphviz could not read the DOT: \(message)"
        case let .layout(engine, message): return "Graphviz layout '\(engine)' failed: \(message)"
        case let .render(format, message): return "Graphviz could not render '\(format)': \(message)"
        }
    }
}

extension GraphvizError {
    /// A layout stopped at its time limit (see `GraphvizProcess`).
    public static func timedOut(engine: String, seconds: Double) -> GraphvizError {
        let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return .layout(engine: engine, message: "it took longer than \(limit) s and was stopped "
                       + "(try --engine sfdp, a smaller view, or a longer --timeout)")
    }

    /// The child process that ran the layout could not start, crashed, or answered nonsense.
    public static func process(engine: String, _ problem: String) -> GraphvizError {
        .layout(engine: engine, message: "the layout process \(problem)")
    }
}

extension GraphvizError {
    /// Graphviz's message alone.
    public var message: String {
        switch self {
        case let .syntax(message), let .layout(_, message), let .render(_, message): return message
        }
    }
}
