import Foundation
import RelGraphCore

/// Opens a snapshot (see `SnapshotFormat`) by mapping the file, checking its header, content hash
/// and every index in it, so that a damaged or foreign file gives an error, never a crash.
public enum SnapshotReader {
    /// Whether the file starts like a snapshot.
    public static func isSnapshot(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: SnapshotFormat.magic.count)).map([UInt8].init) == SnapshotFormat.magic
    }

    /// - Complexity: O(V + E) copies and checks out of the mapped file, plus decoding the records
    ///   when the snapshot has them.
    public static func read(path: String) throws(SnapshotError) -> Network {
        InputFiles.note(path)
        if let mapped = MappedFile.data(path) { return try read(mapped, path: path, releasingCopiedPages: true) }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw .notASnapshot(path: path)
        }
        return try read(data, path: path)
    }

    /// Reads a snapshot held in memory; `path` names it in errors.
    public static func read(_ data: Data, path: String) throws(SnapshotError) -> Network {
        try read(data, path: path, releasingCopiedPages: false)
    }

    /// `releasingCopiedPages`: `data` maps a file, whose pages may be given back once copied.
    private static func read(_ data: Data, path: String, releasingCopiedPages: Bool) throws(SnapshotError) -> Network {
        do {
            return try data.withUnsafeBytes { raw in
                try decode(SnapshotBytes(raw: raw, path: path, releasesCopiedPages: releasingCopiedPages))
            }
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw .corrupt(path: path, reason: "\(error)")
        }
    }

    private static func decode(_ file: SnapshotBytes) throws -> Network {
        let path = file.path
        guard file.raw.count >= SnapshotFormat.magic.count,
              Array(file.raw.prefix(SnapshotFormat.magic.count)) == SnapshotFormat.magic else {
            throw SnapshotError.notASnapshot(path: path)
        }
        guard file.raw.count >= SnapshotFormat.headerSize else { throw SnapshotError.truncated(path: path) }
        let version: UInt32 = file.integer(at: 8)
        guard version == SnapshotFormat.version else { throw SnapshotError.unsupportedVersion(path: path, version: version) }
        guard file.integer(at: 12) as UInt32 == SnapshotFormat.byteOrderMark else {
            throw SnapshotError.corrupt(path: path, reason: "wrong byte order mark")
        }
        let length: UInt64 = file.integer(at: 48)
        guard length <= UInt64(file.raw.count) else { throw SnapshotError.truncated(path: path) }
        guard length == UInt64(file.raw.count) else {
            throw SnapshotError.corrupt(path: path, reason: "\(UInt64(file.raw.count) - length) bytes after its end")
        }
        // The content hash is checked beside the decoding, on the other core: both read the whole
        // file, and neither needs the other's result until the end. Whatever the decoding found,
        // damage is reported as damage (a flipped bit in the section table is a hash mismatch).
        let work = DecodeWork(file: file)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { work.hash() } else { work.decode() }
        }
        guard work.hashHolds else { throw SnapshotError.corrupt(path: path, reason: "content hash mismatch") }
        return try work.network.get()
    }
}

/// The two halves of opening a snapshot, each written by one thread only: `concurrentPerform`
/// returns once both are done. The mapping they read outlives them (`read` holds it).
private final class DecodeWork: @unchecked Sendable {
    let file: SnapshotBytes
    var hashHolds = false
    var network: Result<Network, any Error> = .failure(SnapshotError.truncated(path: ""))

    init(file: SnapshotBytes) { self.file = file }

    func hash() {
        let content = UnsafeRawBufferPointer(rebasing: file.raw[SnapshotFormat.headerSize...])
        hashHolds = ContentHash.of(content) == file.integer(at: 40) as UInt64
    }

    func decode() {
        network = Result { try SnapshotColumns(file: file, sections: try file.sectionTable()).network() }
    }
}

/// The mapped bytes of a snapshot and typed reads out of them.
struct SnapshotBytes {
    let raw: UnsafeRawBufferPointer
    let path: String
    /// Whether `raw` maps a file whose pages a copy may hand back to the system: the columns then
    /// replace the mapping in memory instead of doubling it (a million-entity snapshot is 200 MB).
    var releasesCopiedPages = false

    func integer<T: FixedWidthInteger>(at offset: Int) -> T {
        T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    func sectionTable() throws -> [SnapshotFormat.Section: Range<Int>] {
        let count = Int(integer(at: 32) as UInt32)
        let tableEnd = SnapshotFormat.headerSize + count * SnapshotFormat.sectionEntrySize
        guard count <= 64, tableEnd <= raw.count else { throw SnapshotError.corrupt(path: path, reason: "bad section table") }
        var sections: [SnapshotFormat.Section: Range<Int>] = [:]
        for i in 0..<count {
            let entry = SnapshotFormat.headerSize + i * SnapshotFormat.sectionEntrySize
            let offset: UInt64 = integer(at: entry + 8), length: UInt64 = integer(at: entry + 16)
            guard offset >= UInt64(tableEnd), offset % 8 == 0, length <= UInt64(raw.count),
                  offset <= UInt64(raw.count) - length else {
                throw SnapshotError.corrupt(path: path, reason: "bad section table entry \(i)")
            }
            let tag: UInt32 = integer(at: entry)
            guard let section = SnapshotFormat.Section(rawValue: tag) else {
                // The content hash held, so the table is as written: by a relgraph with more sections.
                throw SnapshotError.corrupt(path: path, reason: "section \(i) has tag \(tag), which this relgraph "
                                            + "does not know (written by a newer relgraph?)")
            }
            sections[section] = Int(offset)..<Int(offset + length)
        }
        return sections
    }

    /// The elements of a section of fixed-width integers, copied out of the mapping.
    func array<T: FixedWidthInteger>(_ range: Range<Int>, of _: T.Type) throws -> [T] {
        guard range.count % MemoryLayout<T>.size == 0 else {
            throw SnapshotError.corrupt(path: path, reason: "a section's length is not a whole number of elements")
        }
        let count = range.count / MemoryLayout<T>.size
        var values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[range]))
            initialized = count
        }
        if T.self != UInt8.self && 1.littleEndian != 1 {
            for i in values.indices { values[i] = T(littleEndian: values[i]) }
        }
        if releasesCopiedPages { release(range) }
        return values
    }

    /// Gives the whole pages inside `range` back; read again, they come back from the file.
    private func release(_ range: Range<Int>) {
        #if os(Linux)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let base = raw.baseAddress, page > 0 else { return }
        let start = (Int(bitPattern: base) + range.lowerBound + page - 1) / page * page
        let end = (Int(bitPattern: base) + range.upperBound) / page * page
        if end > start { madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_DONTNEED) }
        #endif
    }
}
