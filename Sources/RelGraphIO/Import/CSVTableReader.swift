import Foundation
import RelGraphCore

/// Reads the node, edge and source tables of a CSV graph into a dataset, collecting a diagnostic at
/// `file:line:column` for each bad row instead of stopping.
struct CSVTableReader {
    var problems: [Diagnostic] = []
    /// Index of each entity id in `dataset.entities`, and the line where each node row starts.
    private var nodeIndex: [String: Int32] = [:]
    private var nodeLines: [Int32] = []
    /// Relation ids already taken, for `type:from->to~n` when a triple repeats.
    /// How often each (from, to, type) has come so far, for the `~n` suffixes.
    private var tripleCounts: [Triple: Int] = [:]

    private struct Triple: Hashable { var from: Int32, to: Int32, type: String }

    /// Gives up on a file after this many bad rows: one error usually repeats down the file.
    static let problemLimit = 100

    func result(_ dataset: Dataset) -> LoadedDataset {
        LoadedDataset(dataset: dataset, locations: DatasetLocations(), diagnostics: problems)
    }

    static func open(_ path: String) throws(InputError) -> CSVScanner {
        guard let scanner = CSVScanner(path: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw .unreadable(path: path, reason: reason)
        }
        return scanner
    }

    static func header(of path: String) throws(InputError) -> [String] {
        let scanner = try open(path)
        guard scanner.next() else { throw .unreadable(path: path, reason: "the file is empty (expected a header row)") }
        return (0..<scanner.fields.count).map { scanner.text($0) ?? "" }
    }

    func location(_ scanner: CSVScanner, _ field: Int) -> SourceLocation {
        SourceLocation(file: scanner.path, line: scanner.line, column: scanner.columns[min(field, scanner.columns.count - 1)])
    }

    mutating func report(_ message: String, _ scanner: CSVScanner, field: Int) -> Bool {
        problems.append(.error(message, at: location(scanner, field)))
        return problems.count < Self.problemLimit
    }

    /// The header's roles, after checking the row has the columns a table needs.
    mutating func roles(_ scanner: CSVScanner, required: [CSVColumns.Role], what: String,
                                edgeTable: Bool) throws(InputError) -> [CSVColumns.Role] {
        guard scanner.next() else { throw .unreadable(path: scanner.path, reason: "the file is empty (expected a header row)") }
        let roles = (0..<scanner.fields.count).map { i -> CSVColumns.Role in
            let role = CSVColumns.role(scanner.text(i) ?? "")
            return edgeTable && role == .id ? .field("id") : role
        }
        for role in required where !roles.contains(role) {
            throw .malformed(.error("the header of the \(what) has no \(role) column", at: location(scanner, 0)))
        }
        return roles
    }

    /// The fields of a row other than the columns with roles, as `FlatRecord` fields.
    private mutating func fields(_ scanner: CSVScanner, _ roles: [CSVColumns.Role]) -> [String: String]? {
        var fields: [String: String] = [:]
        for (i, role) in roles.enumerated() where i < scanner.fields.count && !scanner.isEmpty(i) {
            guard case let .field(name) = role else { continue }
            guard let text = scanner.text(i) else {
                _ = report("the field is not valid UTF-8 text", scanner, field: i)
                return nil
            }
            fields[name] = text
        }
        return fields
    }

    /// The next record, unless the file ends inside quotes (reported at the open field).
    mutating func next(_ scanner: CSVScanner) -> Bool {
        guard scanner.next() else { return false }
        guard !scanner.endsInsideQuotes else {
            _ = report("the file ends inside a quoted field", scanner, field: scanner.fields.count - 1)
            return false
        }
        return true
    }

    mutating func required(_ scanner: CSVScanner, _ roles: [CSVColumns.Role], _ role: CSVColumns.Role,
                                   what: String) -> (text: String, field: Int)? {
        guard let i = roles.firstIndex(of: role) else { return nil }
        guard i < scanner.fields.count, !scanner.isEmpty(i) else {
            _ = report("the row has no \(what)", scanner, field: min(i, scanner.fields.count - 1))
            return nil
        }
        guard let text = scanner.text(i) else {
            _ = report("the \(what) is not valid UTF-8 text", scanner, field: i)
            return nil
        }
        return (text, i)
    }

    mutating func readNodes(_ path: String, into dataset: inout Dataset) throws(InputError) {
        let scanner = try Self.open(path)
        let roles = try roles(scanner, required: [.id], what: "node table", edgeTable: false)
        let plain = roles.allSatisfy { if case .field = $0 { false } else { true } }
        var decoder = FlatRecordDecoder(file: path)
        while next(scanner) {
            guard let (id, idField) = required(scanner, roles, .id, what: "id") else { continue }
            if let first = nodeIndex[id] {
                let origin = nodeLines.indices.contains(Int(first)) ? " (first on line \(nodeLines[Int(first)]))" : ""
                guard report("duplicate node id '\(id)'\(origin)", scanner, field: idField) else { break }
                continue
            }
            let kindText = required(scanner, roles, .kind, what: "kind")?.text
            let kind = kindText.map { EntityKind(String($0.split(separator: ";").first ?? "")) }
                ?? EntityKind(FlatRecordDecoder.unspecified)
            let name = roles.firstIndex(of: .name).flatMap { $0 < scanner.fields.count ? scanner.text($0) : nil }
            nodeIndex[id] = Int32(dataset.entities.count)
            nodeLines.append(Int32(scanner.line))
            if plain {
                dataset.entities.append(Entity(id: id, kind: kind, names: [Name(text: name.flatMap { $0.isEmpty ? nil : $0 } ?? id)]))
            } else {
                guard var fields = fields(scanner, roles) else { continue }
                fields["kind"] = kind.rawValue
                if let name, !name.isEmpty, fields["label"] == nil { fields["label"] = name }
                dataset.entities.append(decoder.entity(id: id, fields, at: location(scanner, idField)))
            }
        }
        problems += decoder.problems
    }

    mutating func readEdges(_ path: String, into dataset: inout Dataset, addingMissingNodes: Bool) throws(InputError) {
        let scanner = try Self.open(path)
        let roles = try roles(scanner, required: [.source, .target], what: "edge table", edgeTable: true)
        let plain = roles.allSatisfy { if case .field = $0 { false } else { true } }
        var decoder = FlatRecordDecoder(file: path)
        dataset.relations.reserveCapacity(dataset.entities.count * 5)
        while next(scanner) {
            guard let (from, fromField) = required(scanner, roles, .source, what: "source"),
                  let (to, toField) = required(scanner, roles, .target, what: "target") else { continue }
            var ends: [Int32] = []
            for (id, field) in [(from, fromField), (to, toField)] {
                if let known = nodeIndex[id] { ends.append(known); continue }
                guard addingMissingNodes else {
                    _ = report("unknown node '\(id)'", scanner, field: field)
                    break
                }
                nodeIndex[id] = Int32(dataset.entities.count)
                ends.append(Int32(dataset.entities.count))
                dataset.entities.append(Entity(id: id, kind: EntityKind(FlatRecordDecoder.unspecified), names: [Name(text: id)]))
            }
            guard ends.count == 2 else {
                if problems.count >= Self.problemLimit { break }
                continue
            }
            let type = required(scanner, roles, .type, what: "type")?.text ?? FlatRecordDecoder.unspecified
            if plain {
                dataset.relations.append(Relation(id: derivedID(type, from, to, ends), type: RelationType(type),
                                                  from: from, to: to))
            } else {
                guard var fields = fields(scanner, roles) else { continue }
                fields["type"] = type
                var relation = decoder.relation(from: from, to: to, key: nil, fields, at: location(scanner, fromField))
                if relation.id.isEmpty { relation.id = derivedID(type, from, to, ends) }
                dataset.relations.append(relation)
            }
        }
        problems += decoder.problems
    }

    /// `type:from->to`, with `~2`, `~3` … when the same triple comes again (as the YAML reader derives).
    private mutating func derivedID(_ type: String, _ from: String, _ to: String, _ ends: [Int32]) -> String {
        let base = "\(type):\(from)->\(to)"
        let triple = Triple(from: ends[0], to: ends[1], type: type)
        let n = tripleCounts[triple, default: 0] + 1
        tripleCounts[triple] = n
        return n == 1 ? base : "\(base)~\(n)"
    }

    mutating func readSources(_ path: String, into dataset: inout Dataset) throws(InputError) {
        let scanner = try Self.open(path)
        guard scanner.next() else { return }
        let header = (0..<scanner.fields.count).map { scanner.text($0) ?? "" }
        while scanner.next() {
            var row: [String: String] = [:]
            for (i, name) in header.enumerated() where i < scanner.fields.count && !scanner.isEmpty(i) {
                row[name] = scanner.text(i)
            }
            guard let id = row["id"] else { continue }
            let attributes = row["attributes"].flatMap {
                try? JSONDecoder().decode([String: String].self, from: Data($0.utf8))
            } ?? [:]
            dataset.sources.append(Source(id: id, kind: row["kind"].flatMap { Source.Kind(rawValue: $0) } ?? .article,
                                          title: row["title"], publisher: row["publisher"],
                                          date: row["date"].flatMap { PartialDate($0) }, language: row["language"],
                                          url: row["url"], attributes: attributes))
        }
    }
}
