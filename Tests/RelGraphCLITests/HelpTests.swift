import Foundation
import Testing

/// The root command's help is the table of contents of the tool: a change to it is a change to the interface.
@Suite struct HelpTests {
    @Test func rootHelpListsEveryCommand() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .newlines) == """
            OVERVIEW: Analyse and draw relationship graphs of organisations: typed, dated,
            cited relations.

            Without --data, every command works on the bundled Vietnam–Laos defence
            cooperation dataset.
            Exit codes: 0 ok, 1 not found or no result, 64 usage, 65 bad data, 70 internal
            or Graphviz failure.

            USAGE: relgraph <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              validate                Check a dataset and list every problem as
                                      file:line:column: severity: message.
              stats                   Count entities by kind, relations by type and status,
                                      and sources.
              search                  Find entities by any of their names, ignoring case,
                                      diacritics and punctuation.
              show                    Show one entity: names, attributes, and every
                                      relation in and out with dates and citations.
              snapshot                Save the data as a binary snapshot (.rgs) that opens
                                      in a fraction of the time.
              path                    Find how two entities are connected: the shortest
                                      paths, each hop with its date and source.
              links                   Explain how two entities are connected: direct
                                      relations, what they share, then longer paths.
              neighbors               List the entities within N hops of one entity, level
                                      by level, with the relations that reach them.
              hierarchy               Show the part_of tree and who heads each unit; with
                                      an entity, its ancestors, heads and parts.
              centrality              Rank entities by degree, betweenness, PageRank or
                                      closeness centrality.
              structure               Show connected components, bridges, articulation
                                      points and communities.
              brokers                 Find who connects groups (by default countries):
                                      Gould–Fernandez brokerage roles.
              timeline                List events and documents in date order, with the
                                      mechanism each is a round of and what it follows.
              conflicts               List where sources disagree: each side's value with
                                      its sources and quotes.
              add-source              Add a source from a corpus file: articles/<id>.yaml
                                      with its header, texts/<id>.txt with its text.
              cite                    Cite an existing entity or relation from a source,
                                      with a quote: an extend item in the source's article
                                      file.
              alias                   Add a name to an entity as a source writes it: an
                                      extend item in the source's article file.
              add-relation            Add a relation that a source states, with a quote, to
                                      the source's article file.
              xref                    Find entities that are probably one: pairs with their
                                      score and the evidence for and against.
              merge                   Merge entity B into entity A: A keeps its id and
                                      takes B's names, citations and relations.
              split                   Undo `relgraph merge A B`: remove its judgement,
                                      giving B its own record again.
              judge                   Record that two entities are different, so that xref
                                      never proposes them again.
              diff                    Show what changed between two datasets: records
                                      added, removed, changed and merged.
              extract                 Propose the entities and relations an article states,
                                      each with its quote, for review.
              merge-proposals         Apply the accepted proposals of a review file to the
                                      source's article file.
              export                  Write the dataset for other tools: DOT, GraphML,
                                      GEXF, node-link JSON, Neo4j CSV, Cypher or Spark.
              import                  Turn a DOT, CSV, node-link JSON or GraphML graph into
                                      a dataset folder of YAML files.
              import-results          Read back what Spark/relgraph_spark.py computed on a
                                      Spark export folder.
              render                  Draw a diagram through Graphviz: the org chart, the
                                      network, an entity's neighbourhood, or paths.
              report                  Write one self-contained HTML page to explore the
                                      network in a browser: search, click, paths, dates.
              serve                   Serve the report's page and a JSON API (search, show,
                                      neighbors, path) on this machine.

              See 'relgraph help <subcommand>' for detailed help.
            """)
    }
}

/// Every subcommand's help, exactly: the options, their order, their wording and the wrapping, as
/// swift-argument-parser's own example tests pin them. The expected texts live in
/// Tests/Fixtures/help/COMMAND.txt (`make help-texts` rewrites them from the built binary after a
/// deliberate change; the diff is then the review of the interface change).
@Suite struct SubcommandHelpTests {
    /// The subcommands the root help lists, so a new command without a help text fails here.
    static let subcommands: [String] = {
        guard let root = try? CLI.run(["--help"]).stdout,
              let start = root.range(of: "SUBCOMMANDS:\n") else { return [] }
        // The list ends at its first blank line (the "See 'relgraph help …'" line follows).
        let list = root[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
        return list.compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }()

    @Test func everySubcommandHasAHelpText() throws {
        let texts = try FileManager.default.contentsOfDirectory(atPath: CLI.fixture("help"))
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        #expect(Self.subcommands.count >= 16)
        #expect(texts == Self.subcommands.sorted())
    }

    @Test(arguments: subcommands) func helpIsExactly(_ command: String) throws {
        let result = try CLI.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let expected = try String(contentsOfFile: CLI.fixture("help/\(command).txt"), encoding: .utf8)
        #expect(result.stdout == expected)
    }
}
