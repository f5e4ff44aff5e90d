import CGraphviz

/// Collects the messages Graphviz reports through `agseterrf` instead of printing them on stderr.
enum GraphvizMessages {
    // Only touched inside `Graphviz.serialized`.
    nonisolated(unsafe) private static var buffer = ""

    static func start() {
        buffer = ""
        agseterr(AGWARN)
        agseterrf { message in
            if let message { GraphvizMessages.buffer += String(cString: message) }
            return 0
        }
    }

    /// The collected messages on one line, or `fallback` when Graphviz said nothing.
    static func take(or fallback: String) -> String {
        let text = lines(where: { _ in true })
        return text.isEmpty ? fallback : text
    }

    /// The collected errors on one line, or nil when there were none; warnings are dropped.
    static func takeErrors() -> String? {
        let text = lines(where: { $0.hasPrefix("Error") })
        return text.isEmpty ? nil : text
    }

    /// The lines that `keep` accepts, without their "Error: " or "Warning: " prefix, joined by "; ";
    /// the buffer is emptied.
    private static func lines(where keep: (String) -> Bool) -> String {
        let text = buffer.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && keep($0) }
            .map { line -> String in
                var line = line
                for prefix in ["Error: ", "Warning: "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
                return line
            }
            .filter { !$0.isEmpty }.joined(separator: "; ")
        buffer = ""
        return text
    }
}
