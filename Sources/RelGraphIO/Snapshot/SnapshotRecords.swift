import RelGraphCore

/// The records section of a snapshot (format version 2): the dataset in a compact binary form.
///
/// Version 1 kept the records as JSON, and decoding them through `Codable` was a third of
/// `relgraph show` on the bundled dataset (JSON parsing, key matching, dynamic casts for every
/// field). Here every record is its fields in declaration order, with no keys and no tags:
///
///     count, size     unsigned LEB128
///     string          size, then its UTF-8 bytes
///     optional        0 for none, else 1 and the value (a string: size + 1, 0 for none)
///     date            optional string (`PartialDate.description`, parsed back as the YAML is)
///     enum            its raw value as a string, so reordering cases changes nothing
///     dictionary      count, then key and value pairs in key order (the bytes are reproducible)
///     list            count, then the elements
///
/// A field added to a record type must be added here (writer and reader) and the format version
/// raised; `BundledSnapshotTests` compares the bundled snapshot's records with the YAML's, which
/// catches a field left out.
enum SnapshotRecords {
    static func encode(_ dataset: Dataset) -> [UInt8] {
        var out = RecordWriter()
        out.optional(dataset.title)
        out.optional(dataset.description)
        out.list(dataset.sources) { out, source in
            out.string(source.id)
            out.string(source.kind.rawValue)
            out.optional(source.title)
            out.optional(source.publisher)
            out.date(source.date)
            out.optional(source.language)
            out.optional(source.url)
            out.dictionary(source.attributes)
        }
        out.list(dataset.entities) { out, entity in
            out.string(entity.id)
            out.string(entity.kind.rawValue)
            out.list(entity.names) { out, name in
                out.string(name.text)
                out.optional(name.lang)
                out.string(name.kind.rawValue)
                out.date(name.from)
                out.date(name.until)
                out.optional(name.source)
            }
            out.optional(entity.classification)
            out.optional(entity.country)
            out.optional(entity.description)
            out.dictionary(entity.attributes)
            out.list(entity.citations) { out, citation in out.citation(citation) }
            out.list(entity.statements) { out, statement in
                out.string(statement.property)
                out.string(statement.value)
                out.citation(statement.citation)
            }
        }
        out.list(dataset.relations) { out, relation in
            out.string(relation.id)
            out.string(relation.type.rawValue)
            out.string(relation.from)
            out.string(relation.to)
            out.date(relation.fromDate)
            out.date(relation.untilDate)
            out.string(relation.status.rawValue)
            out.dictionary(relation.qualifiers)
            out.list(relation.citations) { out, citation in out.citation(citation) }
            out.optional(relation.note)
            out.optional(relation.speaker)
        }
        return out.bytes
    }

    /// - Throws: `RecordReader.Malformed` when the bytes end early, a value is out of range or
    ///   bytes are left over.
    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> Dataset {
        var input = RecordReader(bytes: bytes)
        let title = try input.optional(), description = try input.optional()
        let sources = try input.list { input in
            Source(id: try input.string(), kind: try input.raw(Source.Kind.self), title: try input.optional(),
                   publisher: try input.optional(), date: try input.date(), language: try input.optional(),
                   url: try input.optional(), attributes: try input.dictionary())
        }
        let entities = try input.list { input in
            Entity(id: try input.string(), kind: EntityKind(try input.string()), names: try input.list { input in
                Name(text: try input.string(), lang: try input.optional(), kind: try input.raw(Name.Kind.self),
                     from: try input.date(), until: try input.date(), source: try input.optional())
            }, classification: try input.optional(), country: try input.optional(), description: try input.optional(),
                   attributes: try input.dictionary(), citations: try input.list { try $0.citation() },
                   statements: try input.list { input in
                Statement(property: try input.string(), value: try input.string(), citation: try input.citation())
            })
        }
        let relations = try input.list { input in
            Relation(id: try input.string(), type: RelationType(try input.string()), from: try input.string(),
                     to: try input.string(), fromDate: try input.date(), untilDate: try input.date(),
                     status: try input.raw(RelationStatus.self), qualifiers: try input.dictionary(),
                     citations: try input.list { try $0.citation() }, note: try input.optional(),
                     speaker: try input.optional())
        }
        guard input.isAtEnd else { throw RecordReader.Malformed() }
        return Dataset(title: title, description: description, sources: sources, entities: entities,
                       relations: relations)
    }
}

/// Appends values in the encoding `SnapshotRecords` describes.
struct RecordWriter {
    private(set) var bytes: [UInt8] = []

    mutating func size(_ value: Int) {
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ text: String) {
        size(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func optional(_ text: String?) {
        guard let text else { return size(0) }
        size(text.utf8.count + 1)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func date(_ date: PartialDate?) { optional(date?.description) }

    mutating func dictionary(_ values: [String: String]) {
        size(values.count)
        for key in values.keys.sorted() {
            string(key)
            string(values[key]!)
        }
    }

    mutating func list<T>(_ elements: [T], _ element: (inout RecordWriter, T) -> Void) {
        size(elements.count)
        for value in elements { element(&self, value) }
    }

    mutating func citation(_ citation: Citation) {
        string(citation.source)
        string(citation.quote)
        optional(citation.locator)
        date(citation.asOf)
    }
}

/// Reads values in the encoding `SnapshotRecords` describes, never past the end of its bytes.
struct RecordReader {
    struct Malformed: Error {}

    let bytes: UnsafeRawBufferPointer
    private var at = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { at == bytes.count }

    /// A count or size, which no more than the bytes left can hold: a damaged one fails here, not
    /// in an allocation or a read past the end.
    mutating func size() throws(Malformed) -> Int {
        let value = try varint()
        guard value <= bytes.count - at else { throw Malformed() }
        return value
    }

    private mutating func varint() throws(Malformed) -> Int {
        var value = 0, shift = 0
        while true {
            guard at < bytes.count, shift < 63 else { throw Malformed() }
            let byte = bytes[at]
            at += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value >= 0 else { throw Malformed() }
        return value
    }

    private mutating func text(_ count: Int) -> String {
        defer { at += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + count]), as: UTF8.self)
    }

    mutating func string() throws(Malformed) -> String { text(try size()) }

    mutating func optional() throws(Malformed) -> String? {
        let stored = try varint()
        guard stored > 0 else { return nil }
        guard stored - 1 <= bytes.count - at else { throw Malformed() }
        return text(stored - 1)
    }

    mutating func date() throws(Malformed) -> PartialDate? {
        guard let text = try optional() else { return nil }
        guard let date = PartialDate(text) else { throw Malformed() }
        return date
    }

    mutating func raw<T: RawRepresentable>(_: T.Type) throws(Malformed) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }

    mutating func dictionary() throws(Malformed) -> [String: String] {
        let count = try size()
        var values: [String: String] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try string()
            values[key] = try string()
        }
        return values
    }

    mutating func list<T>(_ element: (inout RecordReader) throws -> T) throws -> [T] {
        let count = try size()
        var elements: [T] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try element(&self)) }
        return elements
    }

    mutating func citation() throws(Malformed) -> Citation {
        Citation(source: try string(), quote: try string(), locator: try optional(), asOf: try date())
    }
}
