import Foundation
import Testing

/// The report's page in a real browser: Debian's chromium, driven headless by Selenium from the
/// Python in $RELGRAPH_PYTHON (`make test-deps` installs both). What the page shows is compared with
/// what the CLI prints for the same question. Screenshots of each state are left in
/// .build/test-artefacts/viewer/ to look at.
@Suite(.serialized) struct ViewerBrowserTests {
    static let artefacts = CLI.packageRoot.appendingPathComponent(".build/test-artefacts/viewer")

    /// Runs one scenario of Tests/Browser/viewer.py on `url` and returns what it saw.
    static func browse(_ scenario: String, _ url: String) throws -> [String: Any]? {
        guard let python = try ExternalTool.required("RELGRAPH_PYTHON", """
            set RELGRAPH_PYTHON to a python with selenium (make test-deps makes .build/venv)
            """), try ExternalTool.find("chromedriver", package: "chromium-driver") != nil else { return nil }
        let script = CLI.packageRoot.appendingPathComponent("Tests/Browser/viewer.py").path
        let run = try ExternalTool.run(python, [script, scenario, url, artefacts.path])
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    }

    /// The lines `relgraph ARGS` prints, each trimmed, blank ones left out.
    static func lines(_ arguments: [String]) throws -> [String] {
        let run = try CLI.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func report(_ arguments: [String], in folder: URL) throws -> String {
        let page = folder.appendingPathComponent("report.html").path
        let run = try CLI.run(["report", "-o", page] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return URL(fileURLWithPath: page).absoluteString
    }

    @Test func bundledReportAnswersAsTheCLI() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let seen = try Self.browse("bundled", try Self.report([], in: folder)) else { return }
        #expect(seen["status"] as? String == "231 entities, 526 relations")

        // Search folds diacritics: the page's ranking is `relgraph search`'s.
        let search = try JSONSerialization.jsonObject(with: Data(try CLI.run(["search", "dien bien", "--format", "json"]).stdout.utf8))
        let ids = ((search as? [String: Any])?["matches"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(seen["search"] as? [String] == ids)
        #expect(seen["active"] as? [String] == ["dien-bien"])

        // The panel: names, and every relation as `relgraph show` lists it, with its quotes.
        let panel = seen["panel"] as? [String: Any] ?? [:]
        #expect(panel["title"] as? String == "tỉnh Điện Biên")
        #expect(panel["facts"] as? String == "place · province · VN [dien-bien]")
        #expect(panel["names"] as? [String] == ["tỉnh Điện Biên vi official", "Điện Biên vi short",
                                                  "Điện Biên province en official", "Dien Bien en transliteration"])
        let show = try Self.lines(["show", "dien-bien"])
        let relations = Array(show.drop { !$0.hasPrefix("relations:") }.dropFirst())
        #expect(panel["relations"] as? [String] == relations)
        #expect(panel["quotes"] as? [String] == ["hai tỉnh Sơn La, Điện Biên của Việt Nam",
                                                   "The fourth Vietnam – Laos ministerial-level defence policy dialogue was held in the northwestern province of Dien Bien on March 20",
                                                   "as they signed documents in Việt Nam’s northwestern province of Điện Biên on Monday to set up twinning relations",
                                                   "Điện Biên Phủ is a city in Điện Biên province, Vietnam.",
                                                   "Bộ CHQS hai tỉnh Sơn La, Điện Biên của Việt Nam"])
        #expect((panel["sources"] as? [String])?.first
                == "— dialogue-2025-03-28 ¶8: Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 5, 2025-03-28")

        // Paths: the page's hops are `relgraph path`'s, for one path, three, and as of a date.
        let ends = ["phan van giang", "luang prabang"]
        #expect(seen["path"] as? [String] == (try Self.lines(["path"] + ends)))
        #expect(seen["lit"] as? [String] == ["giang-visited-houaphanh", "houaphanh-in-laos", "luang-prabang-in-laos"])
        #expect(seen["path3"] as? [String] == (try Self.lines(["path"] + ends + ["--k", "3"])))
        #expect(seen["dated_path3"] as? [String] == (try Self.lines(["path"] + ends + ["--k", "3", "--at", "2024-10-22"])))

        // The date hides what `--at` leaves out: the relations export drops.
        let all = try Self.relationIDs([]), kept = Set(try Self.relationIDs(["--at", "2024-10-22"]))
        #expect(seen["hidden"] as? [String] == all.filter { !kept.contains($0) })
        #expect(seen["dated_status"] as? String == "as of 2024-10-22: \(kept.count) of 526 relations may hold; 231 entities")
        #expect(seen["zoomed"] as? Bool == true)
        #expect(seen["fitted"] as? Bool == true)
        #expect(seen["console_errors"] as? [String] == [])
    }

    /// Relation ids in dataset order, as `relgraph export --format json ARGS` writes them.
    static func relationIDs(_ arguments: [String]) throws -> [String] {
        let run = try CLI.run(["export", "--format", "json", "-o", "-"] + arguments)
        let graph = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return (graph?["edges"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func hostileNamesStayText() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.report(["--data", CLI.fixture("viewer-hostile")], in: folder)
        guard let seen = try Self.browse("hostile", url) else { return }
        let name = "<script>window.__pwned='name'</script> Bộ Quốc phòng"
        #expect(seen["results"] as? [String] == [name])
        let panel = seen["panel"] as? [String: Any] ?? [:]
        #expect(panel["title"] as? String == name)
        #expect(panel["names"] as? [String] == ["\(name) vi official", "Ministry & \"Defence\" <b>bold</b> en official"])
        #expect(panel["relations"] as? [String] == [
            "—located_in→ Điện Biên [plain]  (hostile-src ¶<1>, \"</script><script>window.__pwned='quote'</script> & line\")",
            "—met_with— وزير الدفاع \u{202E}abc\u{202C} 🇻🇳🤝🇱🇦 [rtl]  (2024-10-22; hostile-src, \"\"quoted\" 'single' <!-- comment -->\")",
        ])
        #expect(seen["attributes"] as? [String] == ["<img src=x onerror=\"window.__pwned='attribute'\">"])
        // A javascript: url is not made a link; nothing ran, no element came from the data.
        #expect(panel["links"] as? [String] == [])
        #expect(seen["pwned"] is NSNull)
        #expect(seen["scripts"] as? Int == 2)
        #expect(seen["images"] as? Int == 0)
        #expect(seen["title"] as? String == "Hostile <script>alert('title')</script> & names — relgraph report")
        #expect(seen["console_errors"] as? [String] == [])
    }
}

/// The report's command line, without a browser.
@Suite struct ReportCommandTests {
    @Test func bundledReportIsOneFileWithNothingToFetch() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("r.html")
        let run = try CLI.run(["report", "-o", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // Nothing is fetched: no external script, style, image or font.
        for reference in ["src=\"http", "href=\"http", "@import", "url("] { #expect(!html.contains(reference), "\(reference)") }
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
    }

    @Test func refusesBadViewArguments() throws {
        let path = try CLI.run(["report", "--view", "path", "phan-van-giang", "-o", "x.html"])
        #expect(path.status == 64)
        #expect(path.stderr.contains("--view path takes two entities: relgraph report --view path FROM TO"))
        let unknown = try CLI.run(["report", "--view", "ego", "nobody", "-o", "x.html"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "relgraph: error: no entity matches 'nobody'\n")
    }
}
