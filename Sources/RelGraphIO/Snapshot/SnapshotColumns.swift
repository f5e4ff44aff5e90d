import Foundation
import RelGraphCore

/// Turns a snapshot's sections back into a network, checking every count and index first: the
/// content hash catches damage, these checks catch a well-hashed file with inconsistent contents.
struct SnapshotColumns {
    let file: SnapshotBytes
    let sections: [SnapshotFormat.Section: Range<Int>]

    private func fail(_ reason: String) -> SnapshotError { .corrupt(path: file.path, reason: reason) }

    private func section(_ section: SnapshotFormat.Section) throws -> Range<Int> {
        guard let range = sections[section] else { throw fail("missing section \(section)") }
        return range
    }

    private func strings(_ bytes: SnapshotFormat.Section, _ offsets: SnapshotFormat.Section,
                         count: Int) throws -> StringColumn {
        let table = try file.array(try section(offsets), of: UInt64.self)
        guard table.count == count + 1, table.allSatisfy({ $0 <= UInt64(Int.max) }),
              let column = StringColumn(bytes: try file.array(try section(bytes), of: UInt8.self),
                                        offsets: table.map { Int($0) }) else {
            throw fail("bad string offsets in \(offsets)")
        }
        return column
    }

    private func names(_ section: SnapshotFormat.Section) throws -> [String] {
        let bytes = Data(try file.array(try self.section(section), of: UInt8.self))
        guard let names = try? JSONDecoder().decode([String].self, from: bytes), names.count <= Int(UInt16.max) else {
            throw fail("bad \(section) table")
        }
        return names
    }

    func network() throws -> Network {
        let nodes: UInt64 = file.integer(at: 16), edges: UInt64 = file.integer(at: 24)
        guard nodes < UInt64(Int32.max), edges < UInt64(Int32.max) else { throw fail("counts out of range") }
        let nodeCount = Int(nodes), edgeCount = Int(edges)
        let kinds = try names(.kinds), types = try names(.types)
        let nodeKind = try file.array(try section(.nodeKind), of: UInt16.self)
        let source = try file.array(try section(.edgeSource), of: Int32.self)
        let target = try file.array(try section(.edgeTarget), of: Int32.self)
        let edgeType = try file.array(try section(.edgeType), of: UInt16.self)
        guard nodeKind.count == nodeCount,
              source.count == edgeCount, target.count == edgeCount, edgeType.count == edgeCount else {
            throw fail("column lengths disagree with the header")
        }
        let kindCount = UInt16(kinds.count), typeCount = UInt16(types.count), nodeLimit = Int32(nodeCount)
        let codesInRange = nodeKind.allSatisfy { $0 < kindCount } && edgeType.allSatisfy { $0 < typeCount }
        let endsInRange = source.allSatisfy { $0 >= 0 && $0 < nodeLimit } && target.allSatisfy { $0 >= 0 && $0 < nodeLimit }
        guard codesInRange && endsInRange else { throw fail("a kind, type or edge end is out of range") }
        let ids = try strings(.idBytes, .idOffsets, count: nodeCount)
        let idIndex = try self.idIndex(of: ids)
        let kindTable = kinds.map { EntityKind($0) }, typeTable = types.map { RelationType($0) }
        let graph: Graph
        if let out = try rows(.outStart, .outEdges, .outNeighbors), let incoming = try rows(.inStart, .inEdges, .inNeighbors) {
            guard let checked = Graph(nodeIDs: ids, nodeKind: nodeKind, kinds: kindTable, edgeSource: source,
                                      edgeTarget: target, edgeType: edgeType, types: typeTable, idIndex: idIndex,
                                      out: out, in: incoming) else {
                throw fail("the adjacency rows are malformed")
            }
            graph = checked
        } else {
            graph = Graph(nodeIDs: ids, nodeKind: nodeKind, kinds: kindTable, edgeSource: source, edgeTarget: target,
                          edgeType: edgeType, types: typeTable, idIndex: idIndex)
        }
        if let records = sections[.records] {
            // The records' entities are the graph's nodes, in order: ids the graph's index has
            // checked, so that a record never names a node the graph does not have (or has twice).
            guard let dataset = try? SnapshotRecords.decode(UnsafeRawBufferPointer(rebasing: file.raw[records])),
                  dataset.entities.count == nodeCount,
                  dataset.entities.indices.allSatisfy({ dataset.entities[$0].id == ids[$0] }),
                  Set(dataset.entities.lazy.map(\.id)).count == nodeCount else { throw fail("bad records section") }
            return Network(dataset)
        }
        return Network(graph: graph, displayNames: try strings(.nameBytes, .nameOffsets, count: nodeCount))
    }

    /// One direction's adjacency rows, nil when the file has none (written before they were kept).
    private func rows(_ start: SnapshotFormat.Section, _ edges: SnapshotFormat.Section,
                      _ neighbors: SnapshotFormat.Section) throws -> CompressedRows? {
        guard let startRange = sections[start], let edgeRange = sections[edges], let neighborRange = sections[neighbors]
        else { return nil }
        return CompressedRows(start: try file.array(startRange, of: Int32.self),
                              edges: try file.array(edgeRange, of: Int32.self),
                              neighbors: try file.array(neighborRange, of: Int32.self))
    }

    /// The sorted order of the ids when the file has one, else the ids must be "0", "1", … in order.
    private func idIndex(of ids: StringColumn) throws -> NodeIDIndex {
        guard let range = sections[.idOrder] else {
            guard NodeIDIndex.isDense(ids) else { throw fail("missing section \(SnapshotFormat.Section.idOrder)") }
            return .dense
        }
        let order = try file.array(range, of: Int32.self)
        try checkPermutation(order, count: ids.count)
        return .sorted(order)
    }

    /// The id order must list every node once, or lookups by id could miss or repeat nodes.
    private func checkPermutation(_ order: [Int32], count: Int) throws {
        var seen = [Bool](repeating: false, count: count)
        for node in order {
            guard node >= 0, Int(node) < count, !seen[Int(node)] else { throw fail("bad id order") }
            seen[Int(node)] = true
        }
    }
}
