import RelGraphCore

/// The fast path for the benchmark's CSV (`id,kind,name` and `source,target,type`, nothing else):
/// the fields' bytes go straight into the graph's columns (ids and names in `StringColumn`s, kinds
/// and types interned to small codes) and the network keeps no per-record objects, so a million
/// entities and five million relations load in one pass over each file.
struct CSVColumnReader {
    var table = CSVTableReader()

    /// Whether a header holds only the columns this reader knows.
    static func isPlain(_ header: [String]) -> Bool {
        header.allSatisfy { if case .field = CSVColumns.role($0) { false } else { true } }
    }

    /// - Complexity: O(file sizes); memory O(V + E) in the columns.
    /// `inBlocks`: first try reading on all cores (`readInBlocks`), which gives the same network.
    mutating func network(nodes nodesPath: String, edges edgesPath: String,
                          inBlocks: Bool = true) throws(InputError) -> Network {
        if inBlocks, let network = Self.readInBlocks(nodes: nodesPath, edges: edgesPath) { return network }
        let nodes = try CSVTableReader.open(nodesPath)
        let nodeRoles = try table.roles(nodes, required: [.id], what: "node table", edgeTable: false)
        let idField = nodeRoles.firstIndex(of: .id)!, kindField = nodeRoles.firstIndex(of: .kind)
        let nameField = nodeRoles.firstIndex(of: .name)
        var ids = StringColumn(), names = StringColumn()
        var kinds = ByteInterner(), nodeKind: [UInt16] = []
        // Ids "0", "1", … in row order need no table: an edge's end is parsed as its row.
        var dense = true
        var index: [String: Int32] = [:]
        var lines: [Int32] = []
        while table.next(nodes) {
            guard let id = bytes(nodes, idField, what: "id", required: true) else { continue }
            let row = ids.count
            if dense && Self.decimal(id) != row {
                dense = false
                for i in 0..<row { index[ids[i]] = Int32(i) }
            }
            if !dense {
                let text = String(decoding: id, as: UTF8.self)
                if let first = index[text] {
                    guard table.report("duplicate node id '\(text)' (first on line \(lines[Int(first)]))", nodes,
                                       field: idField) else { break }
                    continue
                }
                index[text] = Int32(row)
            }
            guard let kind = bytes(nodes, kindField, what: "kind", required: true, absent: Self.unspecified[...]),
                  let name = bytes(nodes, nameField, what: "name", required: false, absent: [][...]),
                  let code = intern(kind, in: &kinds, nodes, kindField ?? 0) else { continue }
            ids.append(utf8: id)
            names.append(utf8: name)
            nodeKind.append(code)
            lines.append(Int32(nodes.line))
        }

        let edges = try CSVTableReader.open(edgesPath)
        let edgeRoles = try table.roles(edges, required: [.source, .target], what: "edge table", edgeTable: true)
        let ends = [edgeRoles.firstIndex(of: .source)!, edgeRoles.firstIndex(of: .target)!]
        let typeField = edgeRoles.firstIndex(of: .type)
        var types = ByteInterner(), source: [Int32] = [], target: [Int32] = [], edgeType: [UInt16] = []
        source.reserveCapacity(ids.count * 5)
        target.reserveCapacity(ids.count * 5)
        edgeType.reserveCapacity(ids.count * 5)
        rows: while table.next(edges) {
            var nodesOfRow: [Int32] = []
            for field in ends {
                guard let id = bytes(edges, field, what: field == ends[0] ? "source" : "target", required: true) else {
                    continue rows
                }
                let node = dense ? Self.decimal(id).flatMap { $0 < ids.count ? Int32($0) : nil }
                    : index[String(decoding: id, as: UTF8.self)]
                guard let node else {
                    guard table.report("unknown node '\(String(decoding: id, as: UTF8.self))'", edges, field: field) else { break rows }
                    continue rows
                }
                nodesOfRow.append(node)
            }
            guard let type = bytes(edges, typeField, what: "type", required: true, absent: Self.unspecified[...]),
                  let code = intern(type, in: &types, edges, typeField ?? 0) else { continue }
            source.append(nodesOfRow[0])
            target.append(nodesOfRow[1])
            edgeType.append(code)
        }
        guard table.problems.isEmpty else { throw .invalid(diagnostics: table.problems) }
        let graph = Graph(nodeIDs: ids, nodeKind: nodeKind, kinds: kinds.values.map { EntityKind(String(decoding: $0, as: UTF8.self)) },
                          edgeSource: source, edgeTarget: target, edgeType: edgeType,
                          types: types.values.map { RelationType(String(decoding: $0, as: UTF8.self)) },
                          idIndex: dense ? .dense : .hashed(index))
        return Network(graph: graph, displayNames: names)
    }

    private static let unspecified = Array(FlatRecordDecoder.unspecified.utf8)

    /// A field's bytes once they are known to be UTF-8; nil (reported) when a required field is empty.
    private mutating func bytes(_ scanner: CSVScanner, _ field: Int, what: String, required: Bool) -> ArraySlice<UInt8>? {
        let value = field < scanner.fields.count ? scanner.bytes[scanner.fields[field]] : []
        if value.isEmpty && required {
            _ = table.report("the row has no \(what)", scanner, field: min(field, scanner.fields.count - 1))
            return nil
        }
        guard value.allSatisfy({ $0 < 0x80 }) || String(validating: value, as: UTF8.self) != nil else {
            _ = table.report("the \(what) is not valid UTF-8 text", scanner, field: field)
            return nil
        }
        return value
    }

    /// The field's bytes, or `absent` when the table has no such column.
    private mutating func bytes(_ scanner: CSVScanner, _ field: Int?, what: String, required: Bool,
                                absent: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let field else { return absent }
        return bytes(scanner, field, what: what, required: required)
    }

    private mutating func intern(_ value: ArraySlice<UInt8>, in interner: inout ByteInterner, _ scanner: CSVScanner,
                                 _ field: Int) -> UInt16? {
        if let code = interner.code(value) { return code }
        _ = table.report("more than \(UInt16.max) different kinds or types", scanner, field: field)
        return nil
    }

    /// The value of a canonical decimal ("0", "17"; not "017" or "+1"), as `NodeIDIndex.dense` reads ids.
    static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard let first = digits.first, digits.count <= 18, first != UInt8(ascii: "0") || digits.count == 1 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
