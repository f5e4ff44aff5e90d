/// Small codes for the few distinct kinds or types of a table (or of one block of it), in order of
/// first appearance, found by comparing bytes: no `String` per row. `joined` numbers the values of
/// several blocks as reading their rows one after the other would.
struct ByteInterner {
    private(set) var values: [[UInt8]] = []
    private var lookup: [[UInt8]: UInt16] = [:]

    /// The code of `range` of `block`; nil once there would be more than 65,535.
    mutating func code(_ block: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt16? {
        code(UnsafeRawBufferPointer(rebasing: block[range]))
    }

    mutating func code(_ value: ArraySlice<UInt8>) -> UInt16? {
        value.withUnsafeBytes { code($0) }
    }

    mutating func code(_ value: UnsafeRawBufferPointer) -> UInt16? {
        if values.count <= 16 {
            for (i, known) in values.enumerated() where known.count == value.count
                && known.withUnsafeBytes({ $0.elementsEqual(value) }) {
                return UInt16(i)
            }
        } else if let known = lookup[Array(value)] {
            return known
        }
        guard values.count < Int(UInt16.max) else { return nil }
        values.append(Array(value))
        lookup[Array(value)] = UInt16(values.count - 1)
        return UInt16(values.count - 1)
    }

    /// The table of all blocks' values, and for each block the map from its codes to the table's;
    /// nil beyond 65,535 values.
    static func joined(_ interners: [ByteInterner]) -> (values: [[UInt8]], maps: [[UInt16]])? {
        var all = ByteInterner()
        var maps: [[UInt16]] = []
        for interner in interners {
            var map: [UInt16] = []
            for value in interner.values {
                guard let code = value.withUnsafeBytes({ all.code($0) }) else { return nil }
                map.append(code)
            }
            maps.append(map)
        }
        return (all.values, maps)
    }

    /// Rewrites `count` codes of one block in the joined table's numbering (`map`, one of `joined`'s);
    /// nothing to do where the block's numbering already is the table's, as with one block.
    static func renumber(_ codes: UnsafeMutablePointer<UInt16>, count: Int, map: [UInt16]) {
        guard map.indices.contains(where: { map[$0] != UInt16($0) }) else { return }
        for r in 0..<count { codes[r] = map[Int(codes[r])] }
    }
}
