import Foundation

/// The Spark job's answers after `relgraph import-results DIR`, in `DIR/imported/`:
///
///     entities.csv   key,component,pagerank,degree   (entity ids; component: its smallest member's id)
///     distances.csv  source,target,length             (entity ids; length empty when there is no path)
///     job.json       the job's own account of the run
///
/// Plain CSV in entity ids, so that they can be read without Spark or the export's dense ids, by
/// relgraph's `--from-results DIR` and by anyone else.
public enum ImportedResults {
    public static let folderName = "imported"

    /// Writes `results` into `exportFolder/imported/`, each file atomically, job.json last.
    public static func write(_ results: SparkResults, exportFolder: String) throws {
        let folder = exportFolder + "/" + folderName
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SparkExportError.cannotWrite(path: folder, reason: error.localizedDescription)
        }
        var entities = CSVExporter.table([["key", "component", "pagerank", "degree"]])
        for entity in results.entities {
            entities += CSVExporter.table([[entity.key, entity.component, "\(entity.pagerank)", String(entity.degree)]])
        }
        try AtomicFile.write(entities, to: folder + "/entities.csv")
        let distances = [["source", "target", "length"]] + results.distances.map { [$0.source, $0.target, $0.length.map(String.init) ?? ""] }
        try AtomicFile.write(CSVExporter.table(distances), to: folder + "/distances.csv")
        try AtomicFile.write(results.jobJSON, to: folder + "/job.json")
    }

    /// The results `import-results` wrote into `exportFolder/imported/`.
    public static func read(exportFolder: String) throws(SparkExportError) -> SparkResults {
        let folder = exportFolder + "/" + folderName
        guard let jobJSON = FileManager.default.contents(atPath: folder + "/job.json"),
              let entitiesCSV = FileManager.default.contents(atPath: folder + "/entities.csv"),
              let distancesCSV = FileManager.default.contents(atPath: folder + "/distances.csv") else {
            throw .badResults(path: exportFolder, reason: "no imported results: run relgraph import-results \(exportFolder) first")
        }
        let job = try SparkResults.Job.decode(jobJSON, path: folder + "/job.json")
        var entities: [SparkResults.Entity] = []
        for row in LineCSV.table(entitiesCSV).rows {
            guard row.count == 4, let rank = Double(row[2]), let degree = Int(row[3]) else {
                throw .badResults(path: folder + "/entities.csv", reason: "the row \(row.joined(separator: ",")) is not key,component,pagerank,degree")
            }
            entities.append(.init(key: row[0], component: row[1], pagerank: rank, degree: degree))
        }
        var distances: [SparkResults.Distance] = []
        for row in LineCSV.table(distancesCSV).rows {
            guard row.count == 3, row[2].isEmpty || Int(row[2]) != nil else {
                throw .badResults(path: folder + "/distances.csv", reason: "the row \(row.joined(separator: ",")) is not source,target,length")
            }
            distances.append(.init(source: row[0], target: row[1], length: Int(row[2])))
        }
        return SparkResults(job: job, jobJSON: jobJSON, entities: entities, distances: distances)
    }
}
