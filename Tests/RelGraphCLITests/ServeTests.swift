import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `relgraph serve`, started as a real process on a free port: its JSON is byte for byte what the
/// CLI prints with `--format json`, bad requests get JSON errors with 4xx, SIGTERM stops it cleanly,
/// and its page works in Chromium.
@Suite(.serialized) struct ServeTests {
    /// A running `relgraph serve --port 0`, stopped by `stop()`.
    final class Server {
        let process = Process()
        let base: String

        init(_ arguments: [String] = []) throws {
            process.executableURL = CLI.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            process.environment = CLI.childEnvironment
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line names the port: "serving http://127.0.0.1:PORT/ (…)".
            var line = Data()
            while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
                line.append(byte)
            }
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix("serving "), let end = text.firstIndex(of: " ", after: 8) else {
                process.terminate()
                throw CLIError(message: "relgraph serve printed '\(text)'")
            }
            base = String(text[text.index(text.startIndex, offsetBy: 8)..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        }

        /// Sends SIGTERM and returns the exit status.
        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }

        func get(_ path: String, method: String = "GET", body: Data? = nil) async throws -> (status: Int, body: Data) {
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = method
            request.httpBody = body
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
        }
    }

    struct CLIError: Error { var message: String }

    @Test func answersAreTheCLIsJSON() async throws {
        let server = try Server()
        let pairs: [(String, [String])] = [
            ("/api/search?q=dien%20bien", ["search", "dien bien", "--format", "json"]),
            ("/api/show?entity=dien-bien", ["show", "dien-bien", "--format", "json"]),
            ("/api/show?entity=phan%20van%20giang", ["show", "phan van giang", "--format", "json"]),
            ("/api/neighbors?entity=sivixay&depth=2", ["neighbors", "sivixay", "--depth", "2", "--format", "json"]),
            ("/api/path?from=phan%20van%20giang&to=luang%20prabang&k=3",
             ["path", "phan van giang", "luang prabang", "--k", "3", "--format", "json"]),
            ("/api/path?from=phan-van-giang&to=luang-prabang&at=2024-10-22",
             ["path", "phan-van-giang", "luang-prabang", "--at", "2024-10-22", "--format", "json"]),
        ]
        for (path, arguments) in pairs {
            let reply = try await server.get(path)
            #expect(reply.status == 200, "\(path)")
            #expect(String(decoding: reply.body, as: UTF8.self) == (try CLI.run(arguments)).stdout, "\(path)")
        }
        let page = try await server.get("/")
        #expect(page.status == 200)
        #expect(String(decoding: page.body, as: UTF8.self).contains("\"api\":\"\\/api\""))
        #expect(server.stop() == 0)
    }

    @Test func badRequestsGetJSONErrors() async throws {
        let server = try Server()
        let cases: [(String, Int, String)] = [
            ("/api/show?entity=nobody", 404, "no entity matches 'nobody'"),
            ("/api/show", 400, "missing parameter 'entity'"),
            ("/api/search?q=zzzz", 404, "no entity matches 'zzzz'"),
            ("/api/path?from=phan-van-giang&to=luang-prabang&k=0", 400, "k must be a whole number from 1 to 10"),
            ("/api/path?from=phan-van-giang&to=luang-prabang&at=2024-13", 400,
             "at must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '2024-13'"),
            ("/api/view?entity=dien-bien&radius=9", 400, "radius must be a whole number from 0 to 2"),
            ("/api/nothing", 404, "no such query (known: neighbors, path, search, show, view)"),
            ("/etc/passwd", 404, "no such page: /etc/passwd"),
            ("/api/../../etc/passwd", 404, "no such page: /etc/passwd"),
            ("/api/search?q=" + String(repeating: "a", count: 5_000), 413, "the query string is longer than 4096 bytes"),
        ]
        for (path, status, message) in cases {
            let reply = try await server.get(path)
            let body = try JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
            #expect(reply.status == status, "\(path)")
            #expect(body?["error"] as? String == message, "\(path)")
            #expect(body?["status"] as? Int == status, "\(path)")
        }
        let post = try await server.get("/api/search?q=x", method: "POST", body: Data("x".utf8))
        #expect(post.status == 404 || post.status == 405)
        #expect(server.stop() == 0)
    }

    @Test func pageWorksInChromium() async throws {
        let server = try Server()
        defer { _ = server.stop() }
        guard let seen = try ViewerBrowserTests.browse("serve", server.base + "/") else { return }
        let panel = seen["panel"] as? [String: Any] ?? [:]
        #expect(panel["title"] as? String == "tỉnh Điện Biên")
        let show = try ViewerBrowserTests.lines(["show", "dien-bien"])
        #expect(panel["relations"] as? [String] == Array(show.drop { !$0.hasPrefix("relations:") }.dropFirst()))
        #expect(seen["path"] as? [String] == (try ViewerBrowserTests.lines(["path", "phan van giang", "luang prabang"])))
        #expect(seen["console_errors"] as? [String] == [])
    }
}

private extension String {
    func firstIndex(of character: Character, after offset: Int) -> Index? {
        self[index(startIndex, offsetBy: offset)...].firstIndex(of: character)
    }
}
