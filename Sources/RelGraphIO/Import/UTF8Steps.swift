/// UTF-8 checked one byte at a time by a table of steps, with no branch per byte: each state of
/// the check (in a character or between them) is a shift of 6 bits, and `steps[byte]` holds at
/// each state's shift the state that byte leads to, so a step is one load and one shift
/// (`state = steps[byte] &>> state`). The states follow the Unicode standard's table 3-7 (no
/// overlong forms, no surrogates, nothing above U+10FFFF); a wrong byte leads to a state no byte
/// leaves.
///
/// Why: Vietnamese names have a character of two or three bytes every few bytes, so a check that
/// branches on each character's first byte spent most of the node file's scan in mispredictions.
enum UTF8Steps {
    /// Between characters (the only state a whole text may end in).
    static let complete: UInt64 = 0
    private static let wrong: UInt64 = 6
    /// Waiting for 1, 2 or 3 continuation bytes (80–BF).
    private static let one: UInt64 = 12, two: UInt64 = 18, three: UInt64 = 24
    /// After E0 (A0–BF next), ED (80–9F), F0 (90–BF), F4 (80–8F).
    private static let afterE0: UInt64 = 30, afterED: UInt64 = 36, afterF0: UInt64 = 42, afterF4: UInt64 = 48

    /// `steps[byte]`: for each state s, the next state at bits s..<s + 6. Made once, never freed
    /// (a pointer, so that the loop reads it without an array's checks).
    nonisolated(unsafe) static let steps: UnsafePointer<UInt64> = {
        let steps = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        for byte in 0...255 { steps[byte] = step(byte) }
        return UnsafePointer(steps)
    }()

    private static func step(_ byte: Int) -> UInt64 {
        var next: [UInt64: UInt64] = [:]  // state → state; missing ones lead to `wrong`
        switch byte {
        case 0x00...0x7F: next[complete] = complete
        case 0xC2...0xDF: next[complete] = one
        case 0xE0: next[complete] = afterE0
        case 0xE1...0xEC, 0xEE...0xEF: next[complete] = two
        case 0xED: next[complete] = afterED
        case 0xF0: next[complete] = afterF0
        case 0xF1...0xF3: next[complete] = three
        case 0xF4: next[complete] = afterF4
        case 0x80...0xBF:
            (next[one], next[two], next[three]) = (complete, one, two)
            if byte <= 0x9F { next[afterED] = one }
            if byte >= 0xA0 { next[afterE0] = one }
            if byte >= 0x90 { next[afterF0] = two }
            if byte <= 0x8F { next[afterF4] = two }
        default: break
        }
        var entry: UInt64 = 0
        for state in stride(from: UInt64(0), through: afterF4, by: 6) { entry |= (next[state] ?? wrong) << state }
        return entry
    }

    /// Whether `count` bytes at `bytes` are UTF-8 (`steps` is `UTF8Steps.steps`, read once by the caller).
    @inline(__always)
    static func isValid(_ bytes: UnsafePointer<UInt8>, _ count: Int, steps: UnsafePointer<UInt64>) -> Bool {
        var state = complete
        for i in 0..<count { state = steps[Int(bytes[i])] &>> state }
        return state & 63 == complete
    }
}
