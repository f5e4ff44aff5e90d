import Foundation
import RelGraphTestSupport
import RelGraphCore
import RelGraphIO
import Testing

/// The readers on small real files: the benchmark and Neo4j CSV headers, foreign GraphML and
/// node-link JSON, and every kind of bad input as one diagnostic at its line and column.
@Suite struct ImportTests {
    /// Writes `files` into a new temporary folder and returns its path.
    static func folder(_ files: [String: String]) throws -> String {
        let url = try TestFiles.temporaryFolder("relgraph-import")
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    /// What a read reports: the diagnostics it returns, or the error it throws, as lines.
    static func problems(_ read: () throws -> LoadedDataset) -> [String] {
        do {
            return try read().diagnostics.map(\.description)
        } catch let error as InputError {
            switch error {
            case let .malformed(diagnostic): return [diagnostic.description]
            case let .invalid(diagnostics): return diagnostics.map(\.description)
            default: return [error.description]
            }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func benchmarkCSVWithQuotedFieldsAndRepeatedTriples() throws {
        let path = try Self.folder([
            "nodes.csv": "id,kind,name\r\n0,unit,\"Sư đoàn, 1\"\r\n1,official,\"Ông \"\"A\"\"\nB\"\r\n\r\n2,event,\n",
            "edges.csv": "source,target,type\n0,1,heads\n1,2,participates_in\n0,1,heads",
        ])
        let result = try CSVGraphReader.read(folder: path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.entities == [
            Entity(id: "0", kind: EntityKind("unit"), names: [Name(text: "Sư đoàn, 1")]),
            Entity(id: "1", kind: EntityKind("official"), names: [Name(text: "Ông \"A\"\nB")]),
            Entity(id: "2", kind: EntityKind("event"), names: [Name(text: "2")]),
        ])
        #expect(result.dataset.relations.map(\.id) == ["heads:0->1", "participates_in:1->2", "heads:0->1~2"])
        #expect(result.dataset.relations.map(\.type.rawValue) == ["heads", "participates_in", "heads"])
    }

    @Test func csvErrorsNameLineAndColumn() throws {
        let path = try Self.folder([
            "nodes.csv": "id,kind,name\n0,unit,\"two\nlines\"\n1,unit,x\n0,unit,again\n",
            "edges.csv": "source,target,type\n0,1,heads\n1,7,heads\n,1,heads\n",
        ])
        let result = try CSVGraphReader.read(folder: path)
        #expect(result.diagnostics.map(\.description) == [
            "\(path)/nodes.csv:5:1: error: duplicate node id '0' (first on line 2)",
            "\(path)/edges.csv:3:3: error: unknown node '7'",
            "\(path)/edges.csv:4:1: error: the row has no source",
        ])
    }

    @Test func csvWithoutRequiredColumnIsMalformed() throws {
        let path = try Self.folder(["nodes.csv": "name,kind\nx,unit\n", "edges.csv": "source,target\n"])
        #expect(Self.problems { try CSVGraphReader.read(folder: path) }
            == ["\(path)/nodes.csv:1:1: error: the header of the node table has no id column"])
    }

    @Test func neo4jHeadersAndExtraColumns() throws {
        let path = try Self.folder([
            "nodes.csv": "id:ID(Org),:LABEL,name:string,budget:int\nmod,organization;Entity,Bộ Quốc phòng,12\n",
            "edges.csv": ":START_ID,:END_ID,:TYPE,weight:float\nmod,mod,part_of,0.5\n",
        ])
        let result = try CSVGraphReader.read(folder: path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.entities == [Entity(id: "mod", kind: .organization, names: [Name(text: "Bộ Quốc phòng")],
                                                   attributes: ["budget": "12"])])
        #expect(result.dataset.relations == [Relation(id: "part_of:mod->mod", type: RelationType("part_of"),
                                                      from: "mod", to: "mod", qualifiers: ["weight": "0.5"])])
    }

    @Test func loneEdgeListMakesItsEnds() throws {
        let path = try Self.folder(["links.csv": "source,target\nHà Nội,Huế\n"])
        let result = try CSVGraphReader.read(file: path + "/links.csv")
        #expect(result.dataset.entities.map(\.id) == ["Hà Nội", "Huế"])
        #expect(result.dataset.entities.map(\.kind.rawValue) == ["unspecified", "unspecified"])
        #expect(result.dataset.relations.map(\.id) == ["unspecified:Hà Nội->Huế"])
    }

    /// Records cross the scanner's 1 MiB chunks: none is cut or lost.
    @Test func csvRecordsAcrossChunkBoundaries() throws {
        var nodes = "id,kind,name\n"
        for i in 0..<40_000 { nodes += "\(i),unit,\"Đồn Biên phòng, \"\"số\"\" \(i)\"\n" }
        let path = try Self.folder(["nodes.csv": nodes, "edges.csv": "source,target,type\n"])
        #expect(nodes.utf8.count > 1 << 20)
        let result = try CSVGraphReader.read(folder: path)
        #expect(result.dataset.entities.count == 40_000)
        #expect(result.dataset.entities.allSatisfy { $0.names[0].text == "Đồn Biên phòng, \"số\" \($0.id)" })
    }

    @Test func foreignGraphMLWithDefaultsAndNestedGraphs() throws {
        let path = try Self.folder(["g.graphml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d0" for="node" attr.name="color" attr.type="string"><default>yellow</default></key>
              <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
              <key id="d2" for="node" yfiles.type="nodegraphics"/>
              <graph id="G" edgedefault="undirected">
                <node id="n0"><data key="d0">green</data><data key="d2"><y:ShapeNode><y:NodeLabel>drawn</y:NodeLabel></y:ShapeNode></data></node>
                <node id="group">
                  <graph id="group:"><node id="group::n1"/></graph>
                </node>
                <edge id="e0" source="n0" target="group::n1"><data key="d1">1.0</data></edge>
              </graph>
            </graphml>
            """])
        let result = try GraphMLReader.read(path: path + "/g.graphml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.entities.map(\.id) == ["n0", "group", "group::n1"])
        #expect(result.dataset.entities.map { $0.attributes["color"] } == ["green", "yellow", "yellow"])
        #expect(result.dataset.relations == [Relation(id: "e0", type: RelationType("unspecified"), from: "n0",
                                                      to: "group::n1", qualifiers: ["weight": "1.0"])])
    }

    @Test(arguments: [
        ("<graphml><graph><node id=\"a\"></graph></graphml>", "1:38: error: not well-formed XML: an end tag does not match its start tag"),
        ("<graphml><graph><node/></graph></graphml>", "1:22: error: <node> has no id"),
        ("<graphml><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/></graph></graphml>",
         "2:28: error: edge a -> b refers to unknown node 'b'"),
    ])
    func graphMLErrors(text: String, expected: String) throws {
        let path = try Self.folder(["bad.graphml": text]) + "/bad.graphml"
        #expect(Self.problems { try GraphMLReader.read(path: path) } == ["\(path):\(expected)"])
    }

    @Test func foreignNodeLinkJSON() throws {
        let path = try Self.folder(["g.json": """
            {"directed": false, "multigraph": false, "graph": {"name": "karate"},
             "nodes": [{"id": 0, "club": "Mr. Hi", "size": 1.5}, {"id": 1, "tags": ["a", "b"]}],
             "links": [{"source": 0, "target": 1, "weight": 4}]}
            """]) + "/g.json"
        let result = try NodeLinkJSONReader.read(path: path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.entities == [
            Entity(id: "0", kind: EntityKind("unspecified"), names: [Name(text: "0")], attributes: ["club": "Mr. Hi", "size": "1.5"]),
            Entity(id: "1", kind: EntityKind("unspecified"), names: [Name(text: "1")], attributes: ["tags": #"["a","b"]"#]),
        ])
        #expect(result.dataset.relations.map(\.qualifiers) == [["weight": "4"]])
    }

    @Test func jsonSyntaxErrorAtLineAndColumn() throws {
        let path = try Self.folder(["g.json": "{\"nodes\": [{\"id\": 1}\n  \"x\"], \"edges\": []}"]) + "/g.json"
        #expect(Self.problems { try NodeLinkJSONReader.read(path: path) }
            == ["\(path):2:3: error: not valid JSON: Invalid value"])
    }

    @Test func importedIDsBecomeSlugs() {
        let dataset = Dataset(entities: [
            Entity(id: "Hà Nội", kind: .place, names: [Name(text: "Hà Nội")]),
            Entity(id: "ha-noi", kind: .place, names: [Name(text: "x")]),
            Entity(id: "HÀ NỘI!", kind: .place, names: [Name(text: "y")]),
            Entity(id: "ຫຼວງພະບາງ", kind: .place, names: [Name(text: "z")]),
        ], relations: [Relation(id: "e 1", type: RelationType("located_in"), from: "Hà Nội", to: "ຫຼວງພະບາງ")])
        let slugged = ImportedIDs.slugged(dataset)
        #expect(slugged.entities.map(\.id) == ["ha-noi-2", "ha-noi", "ha-noi-3", "entity-4"])
        #expect(slugged.entities[0].attributes == ["original_id": "Hà Nội"])
        #expect(slugged.relations.map { "\($0.id) \($0.from) \($0.to)" } == ["located_in:ha-noi-2->entity-4 ha-noi-2 entity-4"])
    }
}

/// The column reader of the benchmark's CSV agrees with the record reader, and reports the same errors.
@Suite struct CSVColumnReaderTests {
    @Test func columnsAndRecordsGiveTheSameGraph() throws {
        let path = try ImportTests.folder([
            "nodes.csv": "id,kind,name\n0,unit,\"Sư đoàn, 1\"\n1,official,Ông A\n2,event,\n",
            "edges.csv": "source,target,type\n0,1,heads\n1,2,participates_in\n0,1,heads\n",
        ])
        let network = try #require(try CSVGraphReader.network(path: path))
        #expect(!network.hasRecords)
        let records = try CSVGraphReader.read(folder: path).dataset
        #expect(network.dataset.entities.map(\.id) == records.entities.map(\.id))
        #expect(network.dataset.entities.map(\.kind) == records.entities.map(\.kind))
        #expect(network.dataset.entities.map(\.displayName) == records.entities.map(\.displayName))
        #expect(network.dataset.relations.map { "\($0.from) \($0.type) \($0.to)" }
            == records.relations.map { "\($0.from) \($0.type) \($0.to)" })
        #expect(network.graph.node(id: "2") == 2)
    }

    @Test func nonNumericIdsAndErrors() throws {
        let path = try ImportTests.folder([
            "nodes.csv": "id,kind,name\nhanoi,place,Hà Nội\nhue,place,Huế\nhanoi,place,again\n",
            "edges.csv": "source,target,type\nhue,hanoi,located_in\nhue,nowhere,located_in\n",
        ])
        #expect(ImportTests.problems {
            _ = try CSVGraphReader.network(path: path)
            return try CSVGraphReader.read(folder: path)
        } == [
            "\(path)/nodes.csv:4:1: error: duplicate node id 'hanoi' (first on line 2)",
            "\(path)/edges.csv:3:5: error: unknown node 'nowhere'",
        ])
    }

    @Test func extraColumnsTakeTheRecordPath() throws {
        let path = try ImportTests.folder(["nodes.csv": "id,kind,name,rank\n0,official,A,1\n", "edges.csv": "source,target\n"])
        #expect(try CSVGraphReader.network(path: path) == nil)
    }
}
