import ArgumentParser
import Foundation
import RelGraphAlgorithms
import RelGraphCore
import RelGraphRender
import RelGraphReport
import RelGraphServe

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the report's page and a JSON API (search, show, neighbors, path) on this machine.",
        discussion: """
            The page starts from search and draws the neighbourhood of the entity picked (laid out by \
            Graphviz, one layout at a time, each bounded by --timeout), so it never loads the whole graph: \
            a snapshot of a million entities serves as fast as the bundled dataset. Queries answer with the \
            CLI's --format json: /api/search?q=TEXT&limit=N, /api/show?entity=E, \
            /api/neighbors?entity=E&depth=N, /api/path?from=A&to=B&k=N&at=DATE, and \
            /api/view?entity=E&radius=N or /api/view?from=A&to=B&k=N (the page's drawing). Unknown \
            entities answer 404, bad parameters 400, oversized requests 413, all as JSON. Binds \
            127.0.0.1 unless --host says otherwise; stops cleanly on SIGINT or SIGTERM.
            """)

    @OptionGroup var source: DataOptions

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port, printed on start).")
    var port: Int = 8017

    @Option(name: .long, help: ArgumentHelp("Stop a layout after this many seconds (0: no limit).", valueName: "seconds"))
    var timeout: Double = 60

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard timeout >= 0, timeout.isFinite else { throw ValidationError("--timeout must be 0 or more seconds") }
    }

    func run() throws {
        let network = try source.network()
        let api = ViewerAPI(network: network, timeout: timeout)
        let routes = ViewerRoutes(page: try ReportPage.html(data: api.pageData()), queries: api.queries,
                                  status: ViewerAPI.status)
        let outcome = ServerOutcome()
        let (host, port) = (self.host, self.port)
        Task.detached {
            do {
                try await ViewerServer.run(routes, host: host, port: port) { bound in
                    Output.line("serving http://\(host):\(bound)/ (\(network.graph.nodeCount) entities; Ctrl-C stops)")
                }
            } catch {
                outcome.fail(error)
            }
            outcome.finish()
        }
        try outcome.wait()
    }
}

/// The server task's end, waited for by the command's synchronous `run`.
private final class ServerOutcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var error: (any Error)?

    func fail(_ error: any Error) { lock.withLock { self.error = error } }
    func finish() { done.signal() }

    func wait() throws {
        done.wait()
        if let error = lock.withLock({ error }) {
            throw CommandFailure(.internalFailure, "the server stopped: \(error)")
        }
    }
}
