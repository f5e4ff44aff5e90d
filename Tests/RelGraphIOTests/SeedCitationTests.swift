import Foundation
import RelGraphCore
import RelGraphIO
import Testing

/// Every relation of the bundled dataset cites a source, and one citing only background says so.
/// (Quotes and locators of all 26 articles, the seeds included, are checked byte for byte against
/// ../shared by DatasetQuoteTests, with the blank-line paragraph rule of the dataset's README.)
@Suite struct SeedCitationTests {
    static let packageRoot = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyRelationCitesASource() throws {
        let result = try YAMLDatasetReader.read(folder: Self.packageRoot.appendingPathComponent("Data/vietnam-laos-defence").path)
        #expect(!result.hasErrors)
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
