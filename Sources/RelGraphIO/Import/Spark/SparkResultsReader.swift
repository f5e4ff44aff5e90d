import Foundation

/// Reads what `Spark/relgraph_spark.py` wrote into an export folder (`results/`), checks it
/// against the export it came from, and turns dense ids back into entity ids.
///
/// Checked: job.json names the SHA-256 of the folder's manifest (results of an earlier export are
/// refused), components, pagerank and degree hold each dense id exactly once, every distance names
/// ids of the export.
public enum SparkResultsReader {
    /// - Complexity: O(V + P) for V entities and P pairs, in the size of the files.
    public static func read(exportFolder folder: String) throws(SparkExportError) -> SparkResults {
        let (manifest, digest) = try SparkManifest.read(folder: folder)
        let results = folder + "/results"
        let jobPath = results + "/job.json"
        guard let jobJSON = FileManager.default.contents(atPath: jobPath) else {
            throw .badResults(path: results, reason: "no job.json: run Spark/relgraph_spark.py on \(folder) first (or it did not finish)")
        }
        let job = try SparkResults.Job.decode(jobJSON, path: jobPath)
        guard job.exportSHA256 == digest else {
            throw .badResults(path: jobPath, reason: "the results are from an earlier export (manifest SHA-256 \(job.exportSHA256), now \(digest)): run the job again")
        }
        let n = manifest.nodes.count
        let keys = try column(folder + "/nodes", named: "key", rows: n)
        let component = try perEntity(results + "/components", column: "component", count: n).map { value throws(SparkExportError) in
            guard let id = Int(value), id >= 0, id < n else {
                throw .badResults(path: results + "/components", reason: "component \(value) is not an id of the export")
            }
            return keys[id]
        }
        let ranks = try perEntity(results + "/pagerank", column: "rank", count: n).map { value throws(SparkExportError) in
            guard let rank = Double(value) else { throw .badResults(path: results + "/pagerank", reason: "rank \(value) is not a number") }
            return rank
        }
        let degrees = try perEntity(results + "/degree", column: "degree", count: n).map { value throws(SparkExportError) in
            guard let degree = Int(value), degree >= 0 else { throw .badResults(path: results + "/degree", reason: "degree \(value) is not a count") }
            return degree
        }
        let entities = (0..<n).map { SparkResults.Entity(key: keys[$0], component: component[$0], pagerank: ranks[$0], degree: degrees[$0]) }
        var distances: [SparkResults.Distance] = []
        if FileManager.default.fileExists(atPath: results + "/distances") {
            for row in try rows(results + "/distances", columns: ["source", "target", "length"]) {
                guard let s = Int(row[0]), let t = Int(row[1]), let length = Int(row[2]), (0..<n).contains(s), (0..<n).contains(t) else {
                    throw .badResults(path: results + "/distances", reason: "the row \(row.joined(separator: ",")) does not name ids of the export and a length")
                }
                distances.append(.init(source: keys[s], target: keys[t], length: length < 0 ? nil : length))
            }
        }
        return SparkResults(job: job, jobJSON: jobJSON, entities: entities, distances: distances)
    }

    /// One value per dense id 0..<count from a table `id,<column>`, each id exactly once.
    private static func perEntity(_ folder: String, column: String, count: Int) throws(SparkExportError) -> [String] {
        var values = [String?](repeating: nil, count: count)
        for row in try rows(folder, columns: ["id", column]) {
            guard let id = Int(row[0]), (0..<count).contains(id) else {
                throw .badResults(path: folder, reason: "id \(row[0]) is not an id of the export (0..<\(count))")
            }
            guard values[id] == nil else { throw .badResults(path: folder, reason: "id \(id) appears twice") }
            values[id] = row[1]
        }
        if let missing = values.firstIndex(where: { $0 == nil }) {
            throw .badResults(path: folder, reason: "id \(missing) is missing: the job did not finish")
        }
        return values.map { $0! }
    }

    /// The export's `column` by dense id (the export writes ids in order, from 0).
    private static func column(_ folder: String, named name: String, rows count: Int) throws(SparkExportError) -> [String] {
        var values: [String] = []
        values.reserveCapacity(count)
        for row in try rows(folder, columns: ["id", name]) {
            guard Int(row[0]) == values.count else { throw .notAnExport(path: folder, reason: "ids are not 0, 1, 2 … in order") }
            values.append(row[1])
        }
        guard values.count == count else { throw .notAnExport(path: folder, reason: "\(values.count) rows; the manifest says \(count)") }
        return values
    }

    /// The rows of every part in `folder`, each reduced to `columns` (found by the header's names).
    private static func rows(_ folder: String, columns: [String]) throws(SparkExportError) -> [[String]] {
        guard let parts = LineCSV.parts(of: folder) else { throw .badResults(path: folder, reason: "missing") }
        var result: [[String]] = []
        for part in parts {
            guard let data = FileManager.default.contents(atPath: part) else { throw .badResults(path: part, reason: "cannot be read") }
            let table = LineCSV.table(data)
            let positions = columns.map { table.header.firstIndex(of: $0) }
            guard positions.allSatisfy({ $0 != nil }) else {
                throw .badResults(path: part, reason: "the header \(table.header.joined(separator: ",")) lacks \(columns.joined(separator: ","))")
            }
            for row in table.rows {
                guard let widest = positions.map({ $0! }).max(), widest < row.count else {
                    throw .badResults(path: part, reason: "a row has fewer fields than the header")
                }
                result.append(positions.map { row[$0!] })
            }
        }
        return result
    }
}
