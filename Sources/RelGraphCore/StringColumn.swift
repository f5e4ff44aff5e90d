/// Many strings stored as one UTF-8 byte buffer and a table of offsets: two allocations instead of
/// one per string, so a million ids cost a few megabytes and load from a snapshot with two copies.
/// Reading an element makes a `String` on demand.
public struct StringColumn: RandomAccessCollection, Sendable, Equatable {
    public private(set) var bytes: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` is string i; `offsets.count == count + 1`.
    public private(set) var offsets: [Int]

    public init() {
        bytes = []
        offsets = [0]
    }

    public init(_ strings: some Sequence<String>) {
        self.init()
        for string in strings { append(string) }
    }

    /// Adopts a byte buffer and offsets; returns nil unless the offsets start at 0, never decrease
    /// and end within the buffer (an untrusted snapshot must not make reads go out of bounds).
    public init?(bytes: [UInt8], offsets: [Int]) {
        guard let first = offsets.first, first == 0, let last = offsets.last, last <= bytes.count else { return nil }
        for i in 1..<offsets.count where offsets[i] < offsets[i - 1] { return nil }
        self.bytes = bytes
        self.offsets = offsets
    }

    public mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        offsets.append(bytes.count)
    }

    /// Appends raw UTF-8 bytes (not checked; invalid sequences read back as U+FFFD).
    public mutating func append(utf8 slice: some Collection<UInt8>) {
        bytes.append(contentsOf: slice)
        offsets.append(bytes.count)
    }

    /// Appends raw UTF-8 bytes (not checked), without the generic path's cost per call: the CSV
    /// reader appends a million ids and names this way.
    public mutating func append(utf8 buffer: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: buffer)
        offsets.append(bytes.count)
    }

    /// Appends every string of `other`.
    /// - Complexity: O(other's bytes and count).
    public mutating func append(contentsOf other: StringColumn) {
        let shift = bytes.count
        bytes.append(contentsOf: other.bytes)
        offsets.reserveCapacity(offsets.count + other.count)
        for offset in other.offsets.dropFirst() { offsets.append(offset + shift) }
    }

    public mutating func reserveCapacity(strings: Int, bytes byteCount: Int) {
        offsets.reserveCapacity(strings + 1)
        bytes.reserveCapacity(byteCount)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { offsets.count - 1 }

    public subscript(position: Int) -> String {
        String(decoding: bytes[offsets[position]..<offsets[position + 1]], as: UTF8.self)
    }

    /// The UTF-8 bytes of string `position`, without making a `String`.
    public func utf8(at position: Int) -> ArraySlice<UInt8> {
        bytes[offsets[position]..<offsets[position + 1]]
    }
}
