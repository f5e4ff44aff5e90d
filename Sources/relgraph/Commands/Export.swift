import ArgumentParser
import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, graphml, gexf, json, csv, cypher
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the dataset for other tools: DOT, GraphML, GEXF, node-link JSON, Neo4j CSV or Cypher.",
        discussion: """
            Every format keeps relation ids, types, dates, status, qualifiers, all names and citations \
            (nested fields as JSON text where the format has only flat attributes). csv writes nodes.csv, \
            edges.csv and sources.csv into the folder -o names. Files are replaced atomically.
            """)

    @OptionGroup var source: DataOptions

    @Option(name: .long, help: "dot, graphml, gexf, json (networkx node-link), csv (Neo4j bulk import) or cypher.")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The file to write, '-' for standard output (csv: a folder).", valueName: "path"))
    var output: String

    @OptionGroup var relations: RelationFilterOptions

    @Option(name: .long, help: ArgumentHelp("Only entities of these kinds (comma-separated).", valueName: "kinds"))
    var kinds: String?

    func validate() throws {
        if format == .csv && output == "-" {
            throw ValidationError("--format csv writes a folder of files: give -o a folder, not '-'")
        }
    }

    func run() throws {
        let network = try source.network()
        let dataset = network.dataset
        let selection = ExportSelection(kinds: try RelationFilterOptions.entityKinds(kinds, in: network),
                                        relations: try relations.criteria(in: network))
        let selected = selection.apply(to: dataset)
        switch format {
        case .dot: try AtomicFile.write(DOTExporter.export(selected), to: output)
        case .graphml: try AtomicFile.write(GraphMLExporter.export(selected), to: output)
        case .gexf: try AtomicFile.write(GEXFExporter.export(selected), to: output)
        case .json: try AtomicFile.write(NodeLinkJSONExporter.export(selected), to: output)
        case .cypher: try AtomicFile.write(CypherExporter.export(selected), to: output)
        case .csv:
            // nodes.csv, edges.csv and sources.csv appear together, never new nodes with old edges.
            try AtomicFolder.write(CSVExporter.export(selected), to: output)
        }
    }
}
