import Foundation
import Hummingbird

/// `relgraph serve`'s HTTP side (Hummingbird 2): the viewer's page at `/`, and at `/api/NAME` the
/// JSON of one query. Only those paths exist, so no URL reaches a file. The queries themselves are
/// the CLI's (the command hands them over as `ViewerRoutes`), so the server is a second front door
/// to the same library calls, answering with the CLI's `--format json`.
public enum ViewerServer {
    /// Serves `routes` on `host`:`port` (0: a free port) until SIGINT or SIGTERM, then finishes the
    /// requests in flight and returns. `onListening` gets the port once the socket is bound.
    public static func run(_ routes: ViewerRoutes, host: String, port: Int,
                           onListening: @escaping @Sendable (Int) -> Void) async throws {
        let router = Router()
        router.add(middleware: JSONErrors())
        router.get("/") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(bytes: routes.page)))
        }
        router.get("/api/:name") { request, context in
            guard let name = context.parameters.get("name"), let query = routes.queries[name] else {
                throw ViewerError(status: 404, "no such query (known: \(routes.queries.keys.sorted().joined(separator: ", ")))")
            }
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > 0 {
                throw ViewerError(status: 413, "a query takes no body")
            }
            guard (request.uri.query?.utf8.count ?? 0) <= ViewerRoutes.maxQueryBytes else {
                throw ViewerError(status: 413, "the query string is longer than \(ViewerRoutes.maxQueryBytes) bytes")
            }
            var parameters: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { parameters[String(key)] = String(value) }
            let json: [UInt8]
            do {
                json = try await query(parameters)
            } catch let error as ViewerError {
                throw error
            } catch {
                guard let (status, message) = routes.status(error) else { throw error }
                throw ViewerError(status: status, message)
            }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: json)))
        }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "relgraph"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? port) })
        try await app.runService()
    }
}

/// What the server answers: the page, and each query by name, taking the URL's parameters and
/// returning JSON (or throwing `ViewerError`, or an error `status(of:)` maps).
public struct ViewerRoutes: Sendable {
    public typealias Query = @Sendable ([String: String]) async throws -> [UInt8]
    /// Longer query strings are refused (413): every parameter is a name, an id, a date or a number.
    public static let maxQueryBytes = 4_096

    public var page: [UInt8]
    public var queries: [String: Query]
    /// The HTTP status for an error a query throws that is not a `ViewerError` (nil: 500).
    public var status: @Sendable (any Error) -> (Int, String)?

    public init(page: [UInt8], queries: [String: Query], status: @escaping @Sendable (any Error) -> (Int, String)?) {
        self.page = page
        self.queries = queries
        self.status = status
    }
}

/// A request the server refuses, with its HTTP status: 400 bad parameter, 404 unknown, 413 too large.
public struct ViewerError: Error, Sendable {
    public var status: Int
    public var message: String
    public init(status: Int, _ message: String) {
        self.status = status
        self.message = message
    }
}

private struct ErrorBody: Encodable {
    var error: String
    var status: Int
}

/// Every failure as JSON `{"error": "…", "status": N}`, never a crash or an HTML page.
struct JSONErrors<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ViewerError {
            return Self.reply(error.status, error.message)
        } catch let error as HTTPError {
            let message = error.body ?? (error.status != .notFound ? error.status.reasonPhrase
                : request.method == .get ? "no such page: \(request.uri.path)"
                : "no such page: \(request.method) \(request.uri.path) (the server answers GET only)")
            return Self.reply(error.status.code, message)
        } catch {
            return Self.reply(500, String(describing: error))
        }
    }

    static func reply(_ status: Int, _ message: String) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(ErrorBody(error: message, status: status))) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }
}
