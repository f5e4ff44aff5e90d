import RelGraphCore
import Yams

/// libyaml's errors as one-line diagnostics at their line and column.
enum YAMLSyntax {
    static func diagnostic(_ error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func sentence(_ problem: String, _ context: YamlError.Context?) -> String {
            let while_ = context.map { " \($0.text) at line \($0.mark.line)" } ?? ""
            return "YAML syntax: \(problem)\(while_)"
        }
        switch error {
        case let .scanner(context, problem, mark, _): return .error(sentence(problem, context), at: at(mark))
        case let .parser(context, problem, mark, _): return .error(sentence(problem, context), at: at(mark))
        case let .composer(context, problem, mark, _): return .error(sentence(problem, context), at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("duplicate key '\(duplicates.joined(separator: "', '"))' in a mapping", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error("YAML: \(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return .error("YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
