import RelGraphCore
import Yams

/// Reads the fields of one YAML mapping, remembering where each stands and reporting every
/// misfit (unknown field, wrong shape, malformed value) as a diagnostic instead of stopping.
struct YAMLFields {
    let file: String
    let pairs: [(key: String, keyNode: Node, value: Node)]
    let start: SourceLocation
    var problems: [Diagnostic] = []

    /// Wraps a node that should be a mapping; nil (with a diagnostic) otherwise.
    static func mapping(_ node: Node, file: String, what: String, problems: inout [Diagnostic]) -> YAMLFields? {
        guard case let .mapping(mapping) = node else {
            problems.append(.error("\(what) must be a mapping of fields", at: location(of: node, in: file)))
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                problems.append(.error("\(what) has a field name that is not text", at: location(of: key, in: file)))
                continue
            }
            pairs.append((name, key, value))
        }
        return YAMLFields(file: file, pairs: pairs, start: location(of: node, in: file))
    }

    static func location(of node: Node, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func location(of node: Node) -> SourceLocation { Self.location(of: node, in: file) }

    /// Every field's value position, for the validator.
    var record: DatasetLocations.Record {
        var record = DatasetLocations.Record(start: start)
        for pair in pairs { record.fields[pair.key] = location(of: pair.value) }
        return record
    }

    /// Every field's value position, and the mapping's start under "" (a citation's or statement's places).
    var placesWithStart: [String: SourceLocation] {
        var places = record.fields
        places[""] = start
        return places
    }

    func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// Reports fields other than `allowed`.
    mutating func rejectUnknown(_ allowed: [String], in what: String) {
        for pair in pairs where !allowed.contains(pair.key) {
            problems.append(.error("unknown field '\(pair.key)' in \(what) (allowed: \(allowed.joined(separator: ", ")))",
                                   at: location(of: pair.keyNode)))
        }
    }

    /// A scalar's text; nil when absent or null. Non-scalars are reported.
    mutating func text(_ key: String, in what: String) -> String? {
        guard let node = value(key) else { return nil }
        guard case let .scalar(scalar) = node else {
            problems.append(.error("'\(key)' in \(what) must be a single value", at: location(of: node)))
            return nil
        }
        if scalar.style == .plain && Self.isNull(scalar.string) { return nil }
        return scalar.string.precomposedStringWithCanonicalMapping
    }

    /// A required scalar; reported at the record when missing.
    mutating func required(_ key: String, in what: String) -> String? {
        guard let text = text(key, in: what) else {
            if value(key) == nil || value(key)?.scalar != nil {
                problems.append(.error("\(what) has no '\(key)'", at: value(key).map(location) ?? start))
            }
            return nil
        }
        return text
    }

    mutating func date(_ key: String, in what: String) -> PartialDate? {
        guard let text = text(key, in: what) else { return nil }
        guard let date = PartialDate(text) else {
            problems.append(.error("'\(key)' is not a valid date: '\(text)' (use YYYY, YYYY-MM or YYYY-MM-DD)",
                                   at: location(of: value(key)!)))
            return nil
        }
        return date
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, in what: String, default fallback: T) -> T
    where T.RawValue == String {
        guard let text = text(key, in: what) else { return fallback }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(.error("unknown \(key) '\(text)' (allowed: \(allowed))", at: location(of: self.value(key)!)))
            return fallback
        }
        return value
    }

    /// A mapping of names to scalar values (`attributes`, `qualifiers`).
    mutating func scalarMap(_ key: String, in what: String) -> [String: String] {
        guard let node = value(key) else { return [:] }
        guard case let .mapping(mapping) = node else {
            problems.append(.error("'\(key)' in \(what) must be a mapping", at: location(of: node)))
            return [:]
        }
        var result: [String: String] = [:]
        for (k, v) in mapping {
            guard let name = k.scalar?.string, let text = v.scalar?.string else {
                problems.append(.error("'\(key)' in \(what) must map names to single values", at: location(of: v)))
                continue
            }
            result[name.precomposedStringWithCanonicalMapping] = text.precomposedStringWithCanonicalMapping
        }
        return result
    }

    /// The items of a sequence field; a lone item is accepted as a sequence of one.
    mutating func items(_ key: String, in what: String) -> [Node] {
        guard let node = value(key) else { return [] }
        switch node {
        case let .sequence(sequence): return Array(sequence)
        case .scalar(let scalar) where scalar.style == .plain && Self.isNull(scalar.string): return []
        default: return [node]
        }
    }

    static func isNull(_ text: String) -> Bool { ["", "~", "null", "Null", "NULL"].contains(text) }
}
