/// A calendar date known to the year, the month or the day: `2024`, `2024-10`, `2024-10-22`.
///
/// A partial date stands for its whole period, so it has a first and a last day; comparisons
/// against a precise day use those bounds (see `DateInterval`-like checks in `Relation.isValid(on:)`).
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits); returns nil for anything malformed or
    /// impossible (`2024-13`, `2024-02-30`, year 0000). Reads the UTF-8 bytes in place: every relation
    /// has its dates parsed when a dataset or snapshot is read, and splitting into substrings and
    /// checking characters was a tenth of opening the bundled snapshot (issue 20, target 5).
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ PartialDate.parse($0) }) else { return nil }
        self = parsed
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard [4, 7, 10].contains(bytes.count), let year = number(0..<4), year >= 1 else { return nil }
        guard bytes.count > 4 else { return PartialDate(year: year) }
        guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return nil }
        guard bytes.count > 7 else { return PartialDate(year: year, month: month) }
        guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// First day of the period, as a sortable `yyyymmdd` number.
    public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }
    /// Last day of the period, as a sortable `yyyymmdd` number.
    public var lastDay: Int {
        let m = month ?? 12
        return year * 10_000 + m * 100 + (day ?? PartialDate.daysIn(month: m, year: year))
    }

    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    /// Orders by first day, then the more precise date first.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
        }
        self = date
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    init(format4 value: Int) {
        let digits = "\(value)"
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
