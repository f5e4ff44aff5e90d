import Foundation
import Testing

/// The edit commands change one article's file (and its text), keep every other byte, validate first and
/// refuse what `validate` would refuse (docs/data-format.md, "Per-article files").
@Suite struct EditCommandTests {
    static let corpusFile = """
        title: Talks in Son La (title inferred)
        publisher: The C Times
        date: 2024-10-23 (from the URL)
        url: https://c.example/talks
        language: en
        truncation: TRUNCATED - excerpt only
        ---
        General Phan Van Giang, Defence Minister of Vietnam, met Chansamone Chanyalath in Moc Chau.

        The ministers agreed to expand training.

        """

    /// A copy of the claims fixture, and a corpus file beside it.
    static func workspace() throws -> (folder: URL, data: String, corpus: String) {
        let folder = try CLI.temporaryFolder()
        let data = folder.appendingPathComponent("claims")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.fixture("datasets/claims")), to: data)
        let corpus = folder.appendingPathComponent("C01.txt")
        try corpusFile.write(to: corpus, atomically: true, encoding: .utf8)
        return (folder, data.path, corpus.path)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func addingOneArticle() throws {
        let (folder, data, corpus) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let others = try ["sources.yaml", "entities.yaml", "relations.yaml", "articles/b-2025.yaml"].map {
            try Self.read("\(data)/\($0)")
        }
        let steps: [([String], String)] = [
            (["add-source", corpus, "--data", data],
             "added source c01-c-2024-10-23: articles/c01-c-2024-10-23.yaml, texts/c01-c-2024-10-23.txt"),
            (["cite", "giang-holds-minister", "--source", "c01-c-2024-10-23", "--quote", "Defence Minister of Vietnam",
              "--locator", "¶1", "--data", data], "cited relation giang-holds-minister in articles/c01-c-2024-10-23.yaml"),
            (["alias", "phan van giang", "General Phan Van Giang", "--lang", "en", "--source", "c01-c-2024-10-23",
              "--data", data], "added the name 'General Phan Van Giang' to giang in articles/c01-c-2024-10-23.yaml"),
            (["add-relation", "covers", "talks", "training", "--source", "c01-c-2024-10-23", "--quote",
              "agreed to expand training", "--locator", "¶2", "--data", data],
             "added relation talks-covers-training in articles/c01-c-2024-10-23.yaml"),
        ]
        for (arguments, output) in steps {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout == output + "\n")
        }
        #expect(try Self.read("\(data)/texts/c01-c-2024-10-23.txt") == """
            General Phan Van Giang, Defence Minister of Vietnam, met Chansamone Chanyalath in Moc Chau.

            The ministers agreed to expand training.

            """)
        #expect(try Self.read("\(data)/articles/c01-c-2024-10-23.yaml") == """
            # C01.txt: Talks in Son La

            sources:
              - id: "c01-c-2024-10-23"
                kind: article
                title: "Talks in Son La"
                publisher: "The C Times"
                date: 2024-10-23
                language: "en"
                url: "https://c.example/talks"
                attributes:
                  corpus_file: "C01.txt"
                  date_note: "from the URL"
                  excerpt: "true"
                  title_note: "title inferred"

            extend:
              - relation: "giang-holds-minister"
                sources:
                  - {source: "c01-c-2024-10-23", quote: "Defence Minister of Vietnam", locator: "¶1"}
              - entity: "giang"
                names:
                  - {text: "General Phan Van Giang", lang: "en", kind: official, source: "c01-c-2024-10-23"}

            relations:
              - id: "talks-covers-training"
                type: covers
                from: "talks"
                to: "training"
                sources:
                  - {source: "c01-c-2024-10-23", quote: "agreed to expand training", locator: "¶2"}

            """)
        #expect(try ["sources.yaml", "entities.yaml", "relations.yaml", "articles/b-2025.yaml"].map {
            try Self.read("\(data)/\($0)")
        } == others)
        let validate = try CLI.run(["validate", "--data", data])
        #expect(validate.stdout.hasSuffix("10 entities, 13 relations, 3 sources: 0 errors, 3 warnings\n"))
    }

    /// An item goes at the end of its section, in the section's own indentation; comments stay.
    @Test func citingFromAnExistingArticleAppendsToItsExtendSection() throws {
        let (folder, data, _) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.read("\(data)/articles/b-2025.yaml")
        let result = try CLI.run(["cite", "giang-met-chansamone", "--source", "b-2025", "--quote", "held talks",
                                  "--locator", "¶1", "--as-of", "2024-10-21", "--data", data])
        #expect(result.status == 0)
        #expect(try Self.read("\(data)/articles/b-2025.yaml") == before + """
              - relation: "giang-met-chansamone"
                sources:
                  - {source: "b-2025", quote: "held talks", locator: "¶1", as_of: 2024-10-21}

            """)
    }

    @Test func whatValidateRefusesIsNotWritten() throws {
        let (folder, data, corpus) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.read("\(data)/articles/b-2025.yaml")
        let wrong = try CLI.run(["cite", "talks", "--source", "b-2025", "--quote", "not in the text", "--locator", "¶1",
                                 "--data", data])
        #expect(wrong.status == 65)
        #expect(wrong.stderr == "\(data)/articles/b-2025.yaml:61:35: error: entity 'talks' quotes words that are not in \(data)/texts/b-2025.txt: \"not in the text\"\n")
        let unknown = try CLI.run(["alias", "nobody", "X", "--source", "b-2025", "--data", data])
        #expect(unknown.status == 1)
        let noSource = try CLI.run(["cite", "talks", "--source", "c-2026", "--quote", "x", "--data", data])
        #expect(noSource.status == 1)
        #expect(noSource.stderr == "relgraph: error: unknown source 'c-2026' (add it first with `relgraph add-source`)\n")
        let type = try CLI.run(["add-relation", "likes", "giang", "chansamone", "--source", "b-2025", "--quote", "held talks",
                                "--data", data])
        #expect(type.status == 65)
        #expect(try Self.read("\(data)/articles/b-2025.yaml") == before)
        #expect(try CLI.run(["add-source", corpus, "--data", data]).status == 0)
        let again = try CLI.run(["add-source", corpus, "--data", data])
        #expect(again.status == 64)
        #expect(again.stderr == "relgraph: error: \(data)/articles/c01-c-2024-10-23.yaml exists already: the source 'c01-c-2024-10-23' was added before\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "\(data)/articles").filter { $0.hasPrefix(".") }
        #expect(leftovers == [])
    }

    @Test func help() throws {
        #expect(try CLI.run(["add-source", "--help"]).stdout.trimmingCharacters(in: .newlines) == """
            OVERVIEW: Add a source from a corpus file: articles/<id>.yaml with its header,
            texts/<id>.txt with its text.

            USAGE: relgraph add-source <corpus-file> --data <folder> [--id <id>]

            ARGUMENTS:
              <corpus-file>           A corpus file: a header (title, publisher, date, url,
                                      language, truncation), '---', the text.

            OPTIONS:
              --data <folder>         The dataset folder to change.
              --id <id>               The source's id (default: file name, publisher, date:
                                      u05-vietnamplus-2024-03-20).
              --version               Show the version.
              -h, --help              Show help information.
            """)
        #expect(try CLI.run(["cite", "--help"]).stdout.trimmingCharacters(in: .newlines) == """
            OVERVIEW: Cite an existing entity or relation from a source, with a quote: an
            extend item in the source's article file.

            USAGE: relgraph cite <target> --data <folder> --source <source> --quote <quote> [--locator <locator>] [--as-of <as-of>]

            ARGUMENTS:
              <target>                A relation id, or an entity id or name.

            OPTIONS:
              --data <folder>         The dataset folder to change.
              --source <source>       The source that states it (a source id); the change
                                      goes to articles/<source>.yaml.
              --quote <quote>         The words of the source, verbatim.
              --locator <locator>     Where in the source: ¶N.
              --as-of <as-of>         When the source says it held (default: the source's
                                      date).
              --version               Show the version.
              -h, --help              Show help information.
            """)
        #expect(try CLI.run(["alias", "--help"]).stdout.trimmingCharacters(in: .newlines) == """
            OVERVIEW: Add a name to an entity as a source writes it: an extend item in the
            source's article file.

            USAGE: relgraph alias <entity> <name> --data <folder> --source <source> [--lang <lang>] [--kind <kind>]

            ARGUMENTS:
              <entity>                An entity id or name.
              <name>                  The new name, as the source writes it.

            OPTIONS:
              --data <folder>         The dataset folder to change.
              --source <source>       The source that states it (a source id); the change
                                      goes to articles/<source>.yaml.
              --lang <lang>           The name's language (ISO 639-1: vi, en, lo, fr …).
              --kind <kind>           official, short, transliteration, abbreviation or
                                      former. (default: official)
              --version               Show the version.
              -h, --help              Show help information.
            """)
        #expect(try CLI.run(["add-relation", "--help"]).stdout.trimmingCharacters(in: .newlines) == """
            OVERVIEW: Add a relation that a source states, with a quote, to the source's
            article file.

            USAGE: relgraph add-relation <type> <from> <to> --data <folder> --source <source> --quote <quote> [--locator <locator>] [--status <status>] [--speaker <speaker>] [--from-date <from-date>] [--as-of <as-of>]

            ARGUMENTS:
              <type>                  The relation type (holds, co_chairs, held_at …).
              <from>                  The entity it goes from (id or name).
              <to>                    The entity it goes to (id or name).

            OPTIONS:
              --data <folder>         The dataset folder to change.
              --source <source>       The source that states it (a source id); the change
                                      goes to articles/<source>.yaml.
              --quote <quote>         The words of the source, verbatim.
              --locator <locator>     Where in the source: ¶N.
              --status <status>       reported (default), proposed or planned. (default:
                                      reported)
              --speaker <speaker>     Who said it (a person or organisation, id or name).
              --from-date <from-date> When it began or happened (YYYY, YYYY-MM or
                                      YYYY-MM-DD).
              --as-of <as-of>         When the source says it held (default: the source's
                                      date).
              --version               Show the version.
              -h, --help              Show help information.
            """)
    }
}
