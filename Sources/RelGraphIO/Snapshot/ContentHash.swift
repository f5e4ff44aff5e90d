/// A fast 64-bit content hash (the xxHash64 round function over four lanes of 8-byte words) used
/// to detect corrupted snapshot files. It catches accidental damage, not deliberate forgery.
///
/// Fed in pieces (`update`) it gives the same value as over the whole (`of`), so that a snapshot
/// can be hashed while it is written, section by section, without being assembled in memory.
struct ContentHash {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63

    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (p1 &+ p2, p2, 0, 0 &- p1)
    /// Bytes of an unfinished 32-byte stripe, carried to the next `update`.
    private var pending: [UInt8] = []
    private var count = 0

    /// - Complexity: O(n), about one multiply per 8 bytes.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        hash.update(bytes)
        return hash.value
    }

    /// - Complexity: O(n).
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        var offset = 0
        if !pending.isEmpty {
            let taken = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<taken])
            offset = taken
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { stripe($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while offset + 32 <= bytes.count {
            stripe(bytes, at: offset)
            offset += 32
        }
        pending.append(contentsOf: bytes[offset...])
    }

    /// The hash of everything given so far.
    var value: UInt64 {
        var hash = UInt64(count) &+ Self.rotate(lanes.0, 1) &+ Self.rotate(lanes.1, 7) &+ Self.rotate(lanes.2, 12)
            &+ Self.rotate(lanes.3, 18)
        for byte in pending {
            hash = Self.rotate(hash ^ (UInt64(byte) &* Self.p4), 11) &* Self.p1
        }
        hash ^= hash >> 33
        hash = hash &* Self.p2
        hash ^= hash >> 29
        hash = hash &* Self.p3
        return hash ^ (hash >> 32)
    }

    private mutating func stripe(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        lanes.0 = Self.round(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        lanes.1 = Self.round(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
        lanes.2 = Self.round(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
        lanes.3 = Self.round(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
    }

    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = lane &+ word &* p2
        return ((mixed << 31) | (mixed >> 33)) &* p1
    }

    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 { (value << bits) | (value >> (64 - bits)) }
}
