import Foundation

/// The CSV of a Spark export and of the Spark job's results: RFC 4180 quoting, one row per line
/// (fields never span lines in these files), a header first. Not a general CSV reader: the interop
/// reader (`CSVGraphReader`) is that.
enum LineCSV {
    /// The rows of `bytes` after the header, each as its fields; the header's names first.
    /// - Complexity: O(n).
    static func table(_ bytes: Data) -> (header: [String], rows: [[String]]) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst() else { return ([], []) }
        return (fields(first), lines.map(fields))
    }

    static func fields(_ line: Data.SubSequence) -> [String] {
        var result: [String] = []
        var field: [UInt8] = []
        var quoted = false, index = line.startIndex
        let end = line.last == 13 ? line.endIndex - 1 : line.endIndex
        while index < end {
            let byte = line[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < end && line[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                result.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(byte)
            }
            index += 1
        }
        result.append(String(decoding: field, as: UTF8.self))
        return result
    }

    /// Every part file of a table folder (`part-…`, as Spark and relgraph name them), in name order.
    static func parts(of folder: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return names.filter { $0.hasPrefix("part-") && $0.hasSuffix(".csv") }.sorted().map { folder + "/" + $0 }
    }
}
