import Foundation
import RelGraphCore
import RelGraphIO
import Testing

/// Every quote of the bundled dataset that cites an article stands verbatim in the paragraph its
/// locator names, in the article's seed file (../shared/seeds, beside the clone in CI; the articles
/// themselves are not copied into the project).
@Suite struct SeedCitationTests {
    static let packageRoot = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
    static let seeds: URL = {
        if let path = ProcessInfo.processInfo.environment["RELGRAPH_SEEDS"] { return URL(fileURLWithPath: path) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()
    /// CI always has the seeds; a clone elsewhere may not, and then this suite does not run.
    static let seedsAvailable = ProcessInfo.processInfo.environment["CI"] == "true"
        || FileManager.default.fileExists(atPath: seeds.path)

    /// The article body of a seed file as paragraphs (¶1 first), following the dataset README:
    /// non-empty lines, after the title and byline and before the author line when the file has them,
    /// with the leading " date YYYY-MM " metadata removed.
    static func paragraphs(of file: String) throws -> [String] {
        let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if let byline = lines.prefix(5).firstIndex(where: { $0.hasPrefix("VTC News") }) {
            lines = Array(lines[(byline + 1)...])
            if let author = lines.firstIndex(of: "Trà Khánh") { lines = Array(lines[..<author]) }
        }
        var body = lines.filter { !$0.allSatisfy(\.isWhitespace) }
        if let first = body.first, let range = first.range(of: #"^\s*date \d{4}-\d{2}\s+"#, options: .regularExpression) {
            body[0] = String(first[range.upperBound...])
        }
        return body
    }

    @Test(.enabled(if: seedsAvailable))
    func everyArticleQuoteStandsInItsParagraph() throws {
        let result = try YAMLDatasetReader.read(folder: Self.packageRoot.appendingPathComponent("Data/vietnam-laos-defence").path)
        #expect(result.diagnostics.isEmpty)
        let articles = result.dataset.sources.filter { $0.kind == .article }
        #expect(articles.count == 2)
        var checked = 0
        for source in articles {
            let file = try #require(source.attributes["seed_file"], "source \(source.id) names no seed_file")
            let paragraphs = try Self.paragraphs(of: file)
            let citations = result.dataset.relations.flatMap { relation in
                relation.citations.map { (relation.id, $0) }
            } + result.dataset.entities.flatMap { entity in entity.citations.map { (entity.id, $0) } }
            for (owner, citation) in citations where citation.source == source.id {
                let locator = try #require(citation.locator, "\(owner) has no locator")
                let number = try #require(Int(locator.dropFirst()), "\(owner): locator \(locator) is not ¶N")
                #expect(paragraphs.indices.contains(number - 1), "\(owner): \(locator) is past the article")
                guard paragraphs.indices.contains(number - 1) else { continue }
                let paragraph = paragraphs[number - 1].precomposedStringWithCanonicalMapping
                #expect(paragraph.contains(citation.quote), "\(owner): quote not in \(source.id) \(locator): \(citation.quote)")
                checked += 1
            }
        }
        #expect(checked >= 150)
    }

    @Test(.enabled(if: seedsAvailable))
    func everyRelationCitesASource() throws {
        let result = try YAMLDatasetReader.read(folder: Self.packageRoot.appendingPathComponent("Data/vietnam-laos-defence").path)
        let background = Set(result.dataset.sources.filter { $0.kind == .background }.map(\.id))
        for relation in result.dataset.relations {
            #expect(!relation.citations.isEmpty)
            // A fact the articles only rely on is marked as background on the relation itself.
            if relation.citations.allSatisfy({ background.contains($0.source) }) {
                #expect(relation.qualifiers["background"] == "true", "\(relation.id) cites only background")
            }
        }
    }
}
