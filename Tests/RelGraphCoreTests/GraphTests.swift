import RelGraphCore
import Testing

@Suite struct GraphTests {
    /// a→b (holds), a→b (signed, parallel), c—a (cooperates_with, symmetric), b→c (part_of).
    static let network: Network = {
        let entities = ["a", "b", "c"].map { Entity(id: $0, kind: .organization, names: [Name(text: $0.uppercased())]) }
        let relations = [
            Relation(id: "r0", type: RelationType("holds"), from: "a", to: "b"),
            Relation(id: "r1", type: RelationType("signed"), from: "a", to: "b"),
            Relation(id: "r2", type: RelationType("cooperates_with"), from: "c", to: "a"),
            Relation(id: "r3", type: RelationType("part_of"), from: "b", to: "c"),
        ]
        return Network(Dataset(entities: entities, relations: relations))
    }()

    func incident(_ id: String, _ direction: Direction) -> [String] {
        let graph = Self.network.graph
        var seen: [String] = []
        graph.forEachIncident(of: graph.node(id: id)!, direction: direction) { edge, neighbor in
            seen.append("\(Self.network.relation(edge).id)>\(graph.nodeIDs[Int(neighbor)])")
        }
        return seen
    }

    @Test func parallelRelationsStayDistinct() {
        #expect(Self.network.graph.edgeCount == 4)
        #expect(incident("a", .out) == ["r0>b", "r1>b", "r2>c"])
    }

    @Test func symmetricTypesAreTraversedBothWays() {
        #expect(incident("c", .out) == ["r2>a"])
        #expect(incident("a", .in) == ["r2>c"])
        #expect(incident("c", .in) == ["r2>a", "r3>b"])
        #expect(incident("b", .both) == ["r3>c", "r0>a", "r1>a"])
    }

    @Test func typesAndKindsAreInterned() {
        let graph = Self.network.graph
        #expect(graph.kinds == [.organization])
        #expect(graph.types.map(\.rawValue) == ["holds", "signed", "cooperates_with", "part_of"])
        #expect(graph.outDegree(graph.node(id: "a")!) == 2)
        #expect(graph.inDegree(graph.node(id: "a")!) == 1)
    }

    @Test func relationsToUnknownEntitiesGetNoEdge() {
        let dataset = Dataset(entities: [Entity(id: "a", kind: .person, names: [])],
                              relations: [Relation(id: "x", type: RelationType("holds"), from: "a", to: "ghost")])
        #expect(Network(dataset).graph.edgeCount == 0)
    }

    @Test func hopsReadAlongAndAgainstTheirDirection() {
        let network = Self.network
        let a = network.graph.node(id: "a")!, b = network.graph.node(id: "b")!
        #expect(network.hop(0, from: a) == "A —holds→ B")
        #expect(network.hop(0, from: b) == "B ←holds— A")
        #expect(network.hop(2, from: a) == "A —cooperates_with— C")
        #expect(network.phrase(of: 0, from: b) == "is held by")
    }
}
