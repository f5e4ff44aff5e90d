import Foundation
import RelGraphIO

/// Many queries in one process (`path --pairs`, `show --entities`, `neighbors --entities`): the
/// network is read once, then each line of the input is answered as soon as it is read, as one line
/// of JSON (JSON Lines), so that a program can pipe questions in and read answers as they come.
///
/// Each output line names the input line and its query, then holds either `answer` (exactly what the
/// single query prints with `--format json`) or `error` (the exit status and message the single query
/// would have ended with). One query that fails does not stop the others; the command's exit status
/// is then the most severe of theirs (65 for a malformed line, else 1), after every line is answered.
struct BatchQueries {
    /// `--pairs` / `--entities`: a file, or `-` for standard input.
    let input: String
    /// The fields each line must hold, in order; they also name a header line, which is skipped.
    let fields: [String]

    /// One output line.
    struct Answer<Report: Encodable>: Encodable {
        struct Failure: Encodable {
            var exit: Int32
            var message: String
        }
        var line: Int
        var query: [String]
        var answer: Report?
        var error: Failure?
        /// How many fields the line held (not printed).
        var fields = 0

        enum CodingKeys: String, CodingKey { case line, query, answer, error }
    }

    /// Answers every line through `answer`, which gets the line's fields (exactly `fields.count` of them).
    func run<Report: Encodable>(_ answer: ([String]) throws -> Report) throws {
        let lines = try QueryLines(path: input, header: fields)
        var failed = 0, total = 0, worst = ExitStatus.ok
        while true {
            var output: Answer<Report>
            do throws(InputError) {
                guard let line = try lines.next() else { break }
                output = Answer(line: line.number, query: Array(line.fields.prefix(fields.count)))
                output.fields = line.fields.count
            } catch {
                // A line whose quotes do not close: answered with its error, and the input goes on.
                var line = 0
                if case let .malformed(diagnostic) = error { line = diagnostic.location?.line ?? 0 }
                output = Answer(line: line, query: [], error: .init(error))
            }
            if output.error == nil { try fill(&output, from: lines.name, by: answer) }
            total += 1
            if let error = output.error {
                failed += 1
                worst = max(worst, ExitStatus(rawValue: error.exit) ?? .badData)
            }
            try Output.jsonLine(output)
        }
        if failed > 0 {
            throw CommandFailure(worst, "\(failed) of \(total) quer\(total == 1 ? "y" : "ies") not answered (see their error lines)")
        }
    }

    /// Fills in one line's answer, or the error that stopped it; errors that are not the query's
    /// own (a failure to write, an internal error) stop the batch.
    private func fill<Report: Encodable>(_ output: inout Answer<Report>, from input: String,
                                         by answer: ([String]) throws -> Report) throws {
        guard output.fields >= fields.count else {
            let expected = "\(fields.count) field\(fields.count == 1 ? "" : "s") (\(fields.joined(separator: ", ")))"
            output.error = .init(CommandFailure(.badData, "\(input):\(output.line): error: expected \(expected), "
                                                + "found \(output.fields)", prefixed: false))
            return
        }
        do {
            output.answer = try answer(output.query)
        } catch let error as ReportableError where error.exitStatus != .internalFailure {
            output.error = .init(error)
        }
    }
}

extension BatchQueries.Answer.Failure {
    init(_ error: ReportableError) {
        self.init(exit: error.exitStatus.rawValue, message: error.line)
    }
}

extension ExitStatus: Comparable {
    static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.rawValue < b.rawValue }
}
