import Foundation
import RelGraphCore
import RelGraphIO
import Testing

/// Each exporter's exact bytes for a three-entity dataset (goldens in Fixtures/interop/expected,
/// reviewed by hand), the filters, and the escapes that keep hostile text data.
@Suite struct ExportTests {
    static func tiny() throws -> Dataset {
        let result = try YAMLDatasetReader.read(folder: Fixtures.path("interop/tiny"))
        #expect(!result.hasErrors)
        return result.dataset
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOfFile: Fixtures.path("interop/expected/\(name)"), encoding: .utf8)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func graphML() throws {
        #expect(Self.text(GraphMLExporter.export(try Self.tiny())) == (try Self.expected("tiny.graphml")))
    }

    @Test func gexfWithRelationDatesAsStartAndEnd() throws {
        let gexf = Self.text(GEXFExporter.export(try Self.tiny()))
        #expect(gexf == (try Self.expected("tiny.gexf")))
        // A signing in October 2024 lasts that month; membership from 2021 has an open end.
        #expect(gexf.contains(#"label="signed" start="2024-10-01" end="2024-10-31">"#))
        #expect(gexf.contains(#"label="member_of" start="2021-01-01">"#))
    }

    @Test func nodeLinkJSON() throws {
        #expect(Self.text(NodeLinkJSONExporter.export(try Self.tiny())) == (try Self.expected("tiny.json")))
    }

    @Test func dot() throws {
        #expect(Self.text(DOTExporter.export(try Self.tiny())) == (try Self.expected("tiny.dot")))
    }

    @Test func cypher() throws {
        #expect(Self.text(CypherExporter.export(try Self.tiny())) == (try Self.expected("tiny.cypher")))
    }

    @Test func neo4jCSV() throws {
        let files = CSVExporter.export(try Self.tiny())
        #expect(files.map(\.name) == ["nodes.csv", "edges.csv", "sources.csv"])
        for file in files {
            #expect(Self.text(file.bytes) == (try Self.expected("tiny-csv/\(file.name)")))
        }
    }

    @Test func selectionKeepsKindsTypesAndDay() throws {
        let dataset = try Self.tiny()
        let people = ExportSelection(kinds: [.person, .organization]).apply(to: dataset)
        #expect(people.entities.map(\.id) == ["giang", "mod-vn"])
        #expect(people.relations.map(\.type.rawValue) == ["member_of"])
        let signed = ExportSelection(types: [RelationType("signed")]).apply(to: dataset)
        #expect(signed.entities.count == 3)
        #expect(signed.relations.map(\.id) == ["giang-signed"])
        // The signing (momentary) held in October 2024 only; the membership from 2021 may still hold.
        let day = ExportSelection(at: PartialDate("2025-01-15")).apply(to: dataset)
        #expect(day.relations.map(\.type.rawValue) == ["member_of"])
        #expect(ExportSelection(at: PartialDate("2024-10-22")).apply(to: dataset).relations.count == 2)
        #expect(day.sources == dataset.sources)
        let reported = ExportSelection(excludedTypes: [RelationType("signed")], statuses: [.reported]).apply(to: dataset)
        #expect(reported.relations.isEmpty)
    }

    @Test func dotQuotingFollowsGraphvizScanner() {
        #expect(DOTExporter.quote(#"a "b" \ c\"#) == #""a \"b\" \\ c\\""#)
        #expect(DOTExporter.quote("line\nbreak") == "\"line\nbreak\"")
    }

    @Test func cypherLiteralsCannotEscape() throws {
        let dataset = Dataset(entities: [Entity(id: "x", kind: .person, names: [Name(text: "'}) DETACH DELETE n // \\ \n")])])
        let script = Self.text(CypherExporter.export(dataset))
        #expect(script.contains(#"`label`: '\'}) DETACH DELETE n // \\ \n'"#))
        let odd = Dataset(entities: [Entity(id: "x", kind: EntityKind("we`ird"), names: [Name(text: "x")])])
        #expect(Self.text(CypherExporter.export(odd)).contains("n:`we``ird`;"))
    }

    @Test func xmlEscapesMarkupAndLineBreaks() throws {
        let dataset = Dataset(entities: [Entity(id: "x", kind: .person, names: [Name(text: "<a> & \"b\"\n\tc\u{1}")])])
        let graphML = Self.text(GraphMLExporter.export(dataset))
        #expect(graphML.contains("<data key=\"n_label\">&lt;a&gt; &amp; &quot;b&quot;&#10;&#9;c\u{FFFD}</data>"))
    }
}
