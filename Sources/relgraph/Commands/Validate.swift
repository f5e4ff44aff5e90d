import ArgumentParser
import RelGraphCore
import RelGraphIO

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset and list every problem as file:line:column: severity: message.",
        discussion: "Exits with 65 when there is at least one error; warnings alone exit 0.")

    @OptionGroup var options: GlobalOptions

    struct Report: Encodable {
        struct Problem: Encodable {
            var file: String?
            var line: Int?
            var column: Int?
            var severity: String
            var message: String
        }
        var valid: Bool
        var errors: Int
        var warnings: Int
        var entities: Int
        var relations: Int
        var sources: Int
        var diagnostics: [Problem]
    }

    func run() throws {
        let result = try options.readDataset()
        let diagnostics = result.diagnostics.sorted(by: Self.inFileOrder)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let dataset = result.dataset
        switch options.format {
        case .json:
            try Output.json(Report(
                valid: errors == 0, errors: errors, warnings: warnings, entities: dataset.entities.count,
                relations: dataset.relations.count, sources: dataset.sources.count,
                diagnostics: diagnostics.map {
                    .init(file: $0.location?.file, line: $0.location?.line, column: $0.location?.column,
                          severity: $0.severity.rawValue, message: $0.message)
                }))
        case .text:
            for diagnostic in diagnostics { Output.line(diagnostic.description) }
            Output.line("\(dataset.entities.count) entities, \(dataset.relations.count) relations, "
                + "\(dataset.sources.count) sources: \(errors) \(errors == 1 ? "error" : "errors"), "
                + "\(warnings) \(warnings == 1 ? "warning" : "warnings")")
        }
        if errors > 0 { throw ExitCode(ExitStatus.badData.rawValue) }
    }

    /// By file, line, column; problems without a place last.
    static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?): return (x.file, x.line, x.column) < (y.file, y.line, y.column)
        case (_?, nil): return true
        default: return false
        }
    }
}
