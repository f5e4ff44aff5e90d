import Foundation
import Testing

/// `path --pairs`, `show --entities`, `neighbors --entities`: many queries in one process, one JSON line
/// each, every answer (or error) exactly what the single query gives.
@Suite struct BatchQueryTests {
    /// The lines a batch printed, parsed.
    static func lines(_ result: CLI.Result) throws -> [[String: Any]] {
        try result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// `line` checked against the single query `single` (run with --format json): its answer is the
    /// query's JSON, or its error the query's exit status and message.
    static func expectSame(_ line: [String: Any], as single: [String], data: String) throws {
        let alone = try CLI.run(single + ["--format", "json", "--data", data])
        if alone.status == 0 {
            let answer = try #require(line["answer"] as? NSDictionary, "\(single)")
            #expect(answer == (try JSONSerialization.jsonObject(with: alone.stdoutBytes) as? NSDictionary), "\(single)")
            #expect(line["error"] == nil)
        } else {
            let error = try #require(line["error"] as? [String: Any], "\(single)")
            #expect(error["exit"] as? Int == Int(alone.status), "\(single)")
            #expect("relgraph: error: \(error["message"] as? String ?? "")\n" == alone.stderr, "\(single)")
            #expect(line["answer"] == nil)
        }
    }

    static let minimal = CLI.fixture("datasets/minimal")

    @Test func pairsAreAnsweredAsTheSingleQueriesAre() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pairs = folder.appendingPathComponent("pairs.csv")
        try """
            source,target
            phan-van-giang,mod-la
            # a comment, then a blank line

            "phan van giang"\t chansamone chanyalath
            moc-chau,mod-vn
            nobody,mod-vn
            vn-minister,vn-minister
            """.write(to: pairs, atomically: true, encoding: .utf8)
        for extra in [[], ["--k", "3"], ["--all", "--max-hops", "4"], ["--types", "holds,post_in"]] {
            let batch = try CLI.run(["path", "--pairs", pairs.path, "--data", Self.minimal] + extra)
            let lines = try Self.lines(batch)
            #expect(lines.map { $0["line"] as? Int } == [2, 5, 6, 7, 8], "\(extra)")
            let queries = lines.map { $0["query"] as? [String] ?? [] }
            #expect(queries == [["phan-van-giang", "mod-la"], ["phan van giang", "chansamone chanyalath"],
                                ["moc-chau", "mod-vn"], ["nobody", "mod-vn"], ["vn-minister", "vn-minister"]])
            for (line, query) in zip(lines, queries) {
                try Self.expectSame(line, as: ["path"] + query + extra, data: Self.minimal)
            }
            #expect(batch.status == 1, "\(extra)")
            #expect(batch.stderr.hasSuffix("not answered (see their error lines)\n"), "\(extra)")
        }
    }

    @Test func standardInputIsReadLikeAFile() throws {
        let input = "phan-van-giang,mod-la\nmod-vn\tmod-la\n"
        let fromStdin = try CLI.run(["path", "--pairs", "-", "--data", Self.minimal], input: Data(input.utf8))
        #expect(fromStdin.status == 0 && fromStdin.stderr.isEmpty)
        let lines = try Self.lines(fromStdin)
        #expect(lines.count == 2)
        try Self.expectSame(lines[1], as: ["path", "mod-vn", "mod-la"], data: Self.minimal)
    }

    /// A malformed line is answered with its location and exit 65, and the lines after it still are.
    @Test func malformedLinesAreReportedAndTheRestAnswered() throws {
        let input = "phan-van-giang\n\"mod-vn,mod-la\n\"mod-vn\" x,mod-la\nmod-vn,mod-la\n"
        let batch = try CLI.run(["path", "--pairs", "-", "--data", Self.minimal], input: Data(input.utf8))
        let lines = try Self.lines(batch)
        #expect(lines.count == 4)
        #expect(lines.prefix(3).map { ($0["error"] as? [String: Any])?["message"] as? String } == [
            "<stdin>:1: error: expected 2 fields (source, target), found 1",
            "<stdin>:2:14: error: a quoted field does not end on its line",
            "<stdin>:3:10: error: text after a closing quote",
        ])
        #expect(lines.prefix(3).map { ($0["error"] as? [String: Any])?["exit"] as? Int } == [65, 65, 65])
        #expect(lines[3]["answer"] != nil)
        #expect(batch.status == 65)
        #expect(batch.stderr == "relgraph: error: 3 of 4 queries not answered (see their error lines)\n")
    }

    @Test func entitiesAreShownAsTheSingleQueriesShowThem() throws {
        let input = "entity\nphan van giang\nmod-la\nno such entity\n"
        for arguments in [["show"], ["neighbors"], ["neighbors", "--depth", "2", "--direction", "out"]] {
            let batch = try CLI.run(arguments + ["--entities", "-", "--data", Self.minimal], input: Data(input.utf8))
            let lines = try Self.lines(batch)
            #expect(lines.map { $0["query"] as? [String] ?? [] } == [["phan van giang"], ["mod-la"], ["no such entity"]])
            let command = Array(arguments.prefix(1)), options = Array(arguments.dropFirst())
            for line in lines {
                try Self.expectSame(line, as: command + (line["query"] as? [String] ?? []) + options, data: Self.minimal)
            }
            #expect(batch.status == 1)
        }
    }

    @Test func eitherQueriesOrTheirFileIsGiven() throws {
        for arguments in [["path", "a", "b", "--pairs", "-"], ["path", "a"], ["path"], ["show"],
                          ["show", "a", "--entities", "-"], ["neighbors", "--depth", "2"]] {
            let result = try CLI.minimal(arguments)
            #expect(result.status == 64, "\(arguments)")
        }
        let missing = try CLI.minimal(["path", "--pairs", "/nonexistent/pairs.csv"])
        #expect(missing.status == 65)
        #expect(missing.stderr == "/nonexistent/pairs.csv: error: cannot read the file\n")
    }

    /// Every pair of gen.py's queries.csv in one run on its snapshot: the lengths gen.py computed, and
    /// the first ten answers exactly the single queries'.
    @Test func theBenchmarksQueriesInOneRun() throws {
        guard let bench = ScaleCLITests.bench else { return }
        let queries = bench.csv + "/queries.csv"
        let batch = try CLI.run(["path", "--pairs", queries, "--data", bench.snapshot])
        let lines = try Self.lines(batch)
        #expect(lines.count == bench.queries.count)
        for (line, query) in zip(lines, bench.queries) {
            let hops = ((line["answer"] as? [String: Any])?["paths"] as? [[String: Any]])?.first?["hops"] as? Int
            #expect((hops ?? -1) == query[2], "\(query)")
        }
        for (line, query) in zip(lines, bench.queries).prefix(10) {
            try Self.expectSame(line, as: ["path", String(query[0]), String(query[1])], data: bench.snapshot)
        }
        #expect(batch.status == (bench.queries.contains { $0[2] < 0 } ? 1 : 0))
    }
}

/// The README's example of `--pairs`, on the bundled dataset.
@Suite struct BatchQueryReadmeTests {
    @Test func theReadmesPairsAreAnswered() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let shown = "printf 'phan van giang,luang prabang\\nsivixay,vongkham\\n' | relgraph path --pairs -"
        #expect(readme.contains(shown))
        let batch = try CLI.run(["path", "--pairs", "-"], input: Data("phan van giang,luang prabang\nsivixay,vongkham\n".utf8))
        #expect(batch.status == 0 && batch.stderr.isEmpty)
        let lines = try BatchQueryTests.lines(batch)
        #expect(lines.map { $0["query"] as? [String] ?? [] } == [["phan van giang", "luang prabang"], ["sivixay", "vongkham"]])
        let single = try CLI.run(["path", "phan van giang", "luang prabang", "--format", "json"])
        #expect(lines.first?["answer"] as? NSDictionary == (try JSONSerialization.jsonObject(with: single.stdoutBytes) as? NSDictionary))
    }
}
