/// What ties a snapshot to the source files it was made from, so that a program carrying both (the
/// bundled dataset's YAML and its snapshot) can tell whether the snapshot still is theirs: the
/// content hash of each file's length and bytes, in order, as 16 hex digits.
public enum SnapshotKey {
    /// - Complexity: O(total bytes).
    public static func of(_ files: [[UInt8]]) -> String {
        var hash = ContentHash()
        for file in files {
            withUnsafeBytes(of: UInt64(file.count).littleEndian) { hash.update($0) }
            file.withUnsafeBytes { hash.update($0) }
        }
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
