import ArgumentParser
import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphIO
import RelGraphRender
import RelGraphReport

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page to explore the network in a browser: search, click, paths, dates.",
        discussion: """
            The page draws relgraph's own Graphviz layout of --view (default: network) and carries the \
            entities and relations the filters keep (--kinds, --types, --country, --reported-only), with \
            their names, attributes, dates and citations, inline: it opens from disk with no network. It \
            adds pan and zoom (mouse, touch, keys: arrows, + -, 0 to fit), search with the CLI's folding, a \
            panel for the entity clicked, a path finder that answers what `relgraph path` answers, and a \
            date that shows the network as of that day (the CLI's --at rules). --at lays out every \
            relation and opens the page at that date.
            """)

    @OptionGroup var source: DataOptions

    @OptionGroup var viewOptions: ViewOptions

    /// The view options, with the network as the default view.
    var options: ViewOptions {
        var options = viewOptions
        options.defaultView = .network
        return options
    }

    @Option(name: .long, help: "The page's title (default: the dataset's).")
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Stop the layout after this many seconds (0: no limit).",
                                            valueName: "seconds"))
    var timeout: Double = 60

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the page (- is standard output).",
                                                                       valueName: "file"))
    var output: String

    /// Above this, a layout takes minutes and the page tens of megabytes; `serve` is the way in.
    static let maxEntities = 20_000

    func validate() throws {
        guard timeout >= 0, timeout.isFinite else { throw ValidationError("--timeout must be 0 or more seconds") }
        guard options.kind != .diff else { throw ValidationError("--view diff is drawn by relgraph render, not report") }
        try options.validate(takesNoEntities: false, command: "report")
    }

    func run() throws {
        let network = try source.network()
        // Every date is drawn; the page applies --at itself, so its date can move.
        var undated = options
        undated.traversal.relations.at = nil
        let filter = try undated.filter(in: network)
        let diagram = try undated.diagram(in: network, filter: filter)
        guard diagram.nodeCount <= Self.maxEntities else {
            throw CommandFailure(.usage, """
                a report draws at most \(Self.maxEntities) entities and this view has \(diagram.nodeCount): narrow it \
                (--kinds, --types, --country, --view ego) or explore it with relgraph serve
                """)
        }
        let layout = try diagram.layout(in: network, timeout: timeout)
        let data = ReportData(network: network, filter: filter, layout: layout,
                              title: title ?? (network.hasRecords ? network.dataset.title : nil) ?? "relgraph",
                              view: options.kind.rawValue, at: options.traversal.relations.at.flatMap(PartialDate.init))
        try AtomicFile.write(try ReportPage.html(data: data), to: output)
    }
}
