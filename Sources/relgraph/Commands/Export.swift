import ArgumentParser
import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, graphml, gexf, json, csv, cypher, spark
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the dataset for other tools: DOT, GraphML, GEXF, node-link JSON, Neo4j CSV, Cypher or Spark.",
        discussion: """
            Every format keeps relation ids, types, dates, status, qualifiers, all names and citations \
            (nested fields as JSON text where the format has only flat attributes). csv writes nodes.csv, \
            edges.csv and sources.csv into the folder -o names. Files are replaced atomically. spark writes \
            the folder Spark/relgraph_spark.py reads: nodes/ and edges/ as CSV parts with dense int64 ids \
            (src/dst) and manifest.json with each part's SHA-256; it reads only ids, kinds, names, types, \
            status and dates, so it exports a snapshot of millions of relations without making their records.
            """)

    @OptionGroup var source: DataOptions

    @Option(name: .long, help: "dot, graphml, gexf, json (networkx node-link), csv (Neo4j bulk import), cypher or spark (partitioned CSV).")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The file to write, '-' for standard output (csv, spark: a folder).", valueName: "path"))
    var output: String

    @OptionGroup var relations: RelationFilterOptions

    @Option(name: .long, help: ArgumentHelp("Only entities of these kinds (comma-separated).", valueName: "kinds"))
    var kinds: String?

    @Option(name: .customLong("rows-per-part"),
            help: ArgumentHelp("spark: rows per part file.", valueName: "n"))
    var rowsPerPart = SparkExporter.defaultRowsPerPart

    func validate() throws {
        if (format == .csv || format == .spark) && output == "-" {
            throw ValidationError("--format \(format.rawValue) writes a folder of files: give -o a folder, not '-'")
        }
        guard rowsPerPart >= 1 else { throw ValidationError("--rows-per-part must be at least 1") }
    }

    func run() throws {
        let network = try source.network()
        let selection = ExportSelection(kinds: try RelationFilterOptions.entityKinds(kinds, in: network),
                                        relations: try relations.criteria(in: network))
        if format == .spark {
            // From the network's columns: a snapshot's records are never made.
            try Self.makeFolder(output, for: format)
            try SparkExporter.write(network, selection: selection, options: chosenRows, to: output, rowsPerPart: rowsPerPart)
            return
        }
        let selected = selection.apply(to: network.dataset)
        switch format {
        case .dot: try AtomicFile.write(DOTExporter.export(selected), to: output)
        case .graphml: try AtomicFile.write(GraphMLExporter.export(selected), to: output)
        case .gexf: try AtomicFile.write(GEXFExporter.export(selected), to: output)
        case .json: try AtomicFile.write(NodeLinkJSONExporter.export(selected), to: output)
        case .cypher: try AtomicFile.write(CypherExporter.export(selected), to: output)
        case .spark: break
        case .csv:
            // nodes.csv, edges.csv and sources.csv appear together, never new nodes with old edges.
            try AtomicFolder.write(CSVExporter.export(selected), to: output)
        }
    }

    /// The options that chose the rows, as given, for the Spark manifest.
    private var chosenRows: [String: String] {
        var options: [String: String] = [:]
        options["kinds"] = kinds
        options["types"] = relations.types
        options["exclude-types"] = relations.excludeTypes
        options["reported-only"] = relations.reportedOnly ? "true" : nil
        options["at"] = relations.at
        return options
    }

    /// The folder for the Spark files, made when missing; other files in it are left alone.
    static func makeFolder(_ path: String, for format: ExportFormat) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandFailure(.usage, "\(path) is a file; --format \(format.rawValue) writes a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(.internalFailure, "cannot create the folder \(path): \(error.localizedDescription)")
        }
    }
}
