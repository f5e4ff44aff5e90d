import Dispatch
import RelGraphCore

extension CSVColumnReader {
    /// The network of the benchmark's CSV read block by block on all cores (`CSVBlocks`), or nil
    /// when the files need reading row by row: headers other than exactly id, kind, name and
    /// source, target, type (in any order), ids other than "0", "1", … in row order, an edge end
    /// that is no node, or anything a block leaves to the row reader. The result is the row reader's
    /// to the byte: same columns, kinds and types numbered in order of first appearance.
    /// - Complexity: O(file sizes) over all cores; the files are mapped, one at a time.
    static func readInBlocks(nodes nodesPath: String, edges edgesPath: String,
                             blockSize: Int = CSVBlocks.defaultBlockSize) -> Network? {
        // Each file stays mapped only while it is read; the edge file is mapped (its pages loaded)
        // on another thread while the nodes are read.
        let edgeFile = Prefetch { MappedFile.data(edgesPath) }
        guard let nodes = MappedFile.data(nodesPath).flatMap({ $0.withUnsafeBytes { readNodes(CSVBlocks($0, blockSize: blockSize)) } }),
              let edges = edgeFile.take().flatMap({
                  $0.withUnsafeBytes { readEdges(CSVBlocks($0, blockSize: blockSize), nodeCount: nodes.ids.count) }
              }) else { return nil }
        func text(_ values: [[UInt8]]) -> [String] { values.map { String(decoding: $0, as: UTF8.self) } }
        let graph = Graph(nodeIDs: nodes.ids, nodeKind: nodes.kind, kinds: text(nodes.kinds).map { EntityKind($0) },
                          edgeSource: edges.source, edgeTarget: edges.target, edgeType: edges.type,
                          types: text(edges.types).map { RelationType($0) }, idIndex: .dense)
        return Network(graph: graph, displayNames: nodes.names)
    }

    /// Where each role stands in a plain header with exactly `roles`; nil otherwise.
    private static func fields(of table: CSVBlocks, _ roles: [CSVColumns.Role]) -> [Int]? {
        let header = UnsafeRawBufferPointer(rebasing: table.bytes[..<(table.start - 1)])
        let found = header.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            .map { CSVColumns.role(String(decoding: $0, as: UTF8.self)) }
        guard found.count == roles.count, Set(roles.map { "\($0)" }) == Set(found.map { "\($0)" }) else { return nil }
        return roles.map { found.firstIndex(of: $0)! }
    }

    private static func readNodes(_ table: CSVBlocks?) -> (ids: StringColumn, names: StringColumn, kind: [UInt16], kinds: [[UInt8]])? {
        guard let table, let fields = fields(of: table, [.id, .kind, .name]) else { return nil }
        let (idField, kindField, nameField) = (fields[0], fields[1], fields[2])
        return CSVNodeColumns.read(table) { block, table, result in
            if (idField, kindField, nameField) == (0, 1, 2) {
                return CSVNodeRows.read(block, into: result)
            }
            return table.forEachRow(in: block) { row in
                guard let value = CSVBlocks.decimal(block, row[idField]), !row[kindField].isEmpty,
                      result.firstID < 0 || value == result.firstID + result.rows,
                      let code = result.kinds.code(block, row[kindField]) else { return false }
                if result.firstID < 0 { result.firstID = value }
                result.append(name: row[nameField], kind: code)
                return true
            }
        }
    }

    private static func readEdges(_ table: CSVBlocks?, nodeCount: Int)
        -> (source: [Int32], target: [Int32], type: [UInt16], types: [[UInt8]])? {
        guard let table, let fields = fields(of: table, [.source, .target, .type]) else { return nil }
        let (sourceField, targetField, typeField) = (fields[0], fields[1], fields[2])
        return CSVEdgeColumns.read(table) { block, table, result in
            if (sourceField, targetField, typeField) == (0, 1, 2) {
                return CSVEdgeRows.read(block, nodeCount: nodeCount, into: result)
            }
            return table.forEachRow(in: block) { row in
                guard let source = CSVBlocks.decimal(block, row[sourceField]), source < nodeCount,
                      let target = CSVBlocks.decimal(block, row[targetField]), target < nodeCount,
                      !row[typeField].isEmpty, let code = result.types.code(block, row[typeField]) else { return false }
                result.append(source: Int32(source), target: Int32(target), type: code)
                return true
            }
        }
    }
}

/// A value made on another thread from the moment it is created; `take` waits for it and hands it
/// over (a mapped file must not stay mapped for as long as this object lives).
private final class Prefetch<Value: Sendable>: @unchecked Sendable {  // `result` is read only after `done` is signalled.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            result = make()
            done.signal()
        }
    }

    func take() -> Value {
        done.wait()
        defer { result = nil }
        return result!
    }
}
