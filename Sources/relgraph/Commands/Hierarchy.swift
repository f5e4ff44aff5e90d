import ArgumentParser
import RelGraphAlgorithms
import RelGraphCore

struct HierarchyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hierarchy",
        abstract: "Show the part_of tree and who heads each unit; with an entity, its ancestors, heads and parts.",
        discussion: """
            A unit's head is a person who heads it; or who holds a post that heads it; or who holds a head-like \
            post in it (classification head, chief, minister, commander, director, chair, chairman, president, \
            prime-minister, secretary, general-secretary, secretary-general, governor, mayor, or *-head, *-chief, \
            chief-*, head-*; never deputy-*, vice-* or assistant-*). A post nobody is known to hold is shown on \
            its own. With --at, only relations that may hold on that date count.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An entity id or name (default: every tree).")
    var entity: String?

    @OptionGroup var relations: RelationFilterOptions

    struct Report: Encodable {
        struct Head: Encodable {
            var person: EntitySummary?
            var post: EntitySummary?
            var relations: [Relation]
        }
        struct Unit: Encodable {
            var entity: EntitySummary
            var partOf: Relation?
            var heads: [Head]
            var parts: [Unit]
            enum CodingKeys: String, CodingKey { case entity, heads, parts, partOf = "part_of" }
        }
        struct Ancestor: Encodable {
            var entity: EntitySummary
            var child: EntitySummary
            var relation: Relation
        }
        var entity: EntitySummary?
        var ancestors: [Ancestor]?
        var heads: [Head]?
        var trees: [Unit]
    }

    func run() throws {
        let network = try options.network()
        let filter = TraversalFilter(network, TraversalCriteria(relations: try relations.criteria(in: network)))
        let hierarchy = OrganisationTree(network.graph, allows: filter.allows)
        let printer = HierarchyPrinter(network: network, hierarchy: hierarchy)
        guard let entity else {
            let roots = hierarchy.roots
            guard !roots.isEmpty else { throw CommandFailure(.notFound, "no part_of relations in this dataset") }
            switch options.format {
            case .json: try Output.json(Report(trees: roots.map { printer.unit($0, via: nil) }))
            case .text: for root in roots { printer.printTree(root) }
            }
            return
        }
        let node = try network.resolve(entity)
        let ancestors = hierarchy.ancestors(of: node)
        let heads = hierarchy.heads(of: node, in: network)
        switch options.format {
        case .json:
            try Output.json(Report(
                entity: network.summary(node),
                ancestors: ancestors.map { .init(entity: network.summary($0.link.node), child: network.summary($0.child),
                                                 relation: network.relation($0.link.edge)) },
                heads: heads.map(printer.head), trees: [printer.unit(node, via: nil)]))
        case .text:
            Output.line(network.summary(node).label)
            Output.line(ancestors.isEmpty ? "part of: nothing" : "part of:")
            for (link, child) in ancestors { Output.line("  \(network.explainedHop(link.edge, from: child))") }
            Output.line(heads.isEmpty ? "headed by: nobody known" : "headed by:")
            for head in heads {
                Output.line("  \(printer.describe(head))")
                var from = head.person ?? head.post!
                for edge in head.relations {
                    Output.line("    \(network.explainedHop(edge, from: from))")
                    from = network.graph.otherEnd(of: edge, from: from)
                }
            }
            let parts = hierarchy.descendantCount(of: node)
            Output.line("parts: \(parts == 0 ? "none" : String(parts))")
            if parts > 0 { printer.printTree(node) }
        }
    }
}

/// Renders part_of trees as indented text and as nested JSON units.
struct HierarchyPrinter {
    let network: Network
    let hierarchy: OrganisationTree

    /// `Name [id]  — head: Person (Post)`, then the parts below with box-drawing branches. A unit
    /// reached twice (several parents) is expanded once; a cycle is cut where it closes.
    func printTree(_ root: Graph.Node) {
        var expanded: Set<Graph.Node> = []
        func visit(_ node: Graph.Node, prefix: String, branch: String, onPath: Set<Graph.Node>) {
            let repeated = !expanded.insert(node).inserted
            let note = repeated ? " (see above)" : headsNote(node)
            Output.line(prefix + branch + network.summary(node).label + note)
            guard !repeated else { return }
            let children = hierarchy.children(of: node).filter { !onPath.contains($0.node) }
            let childPrefix = prefix + (branch == "├─ " ? "│  " : branch.isEmpty ? "" : "   ")
            for (i, link) in children.enumerated() {
                visit(link.node, prefix: childPrefix, branch: i == children.count - 1 ? "└─ " : "├─ ",
                      onPath: onPath.union([node]))
            }
        }
        visit(root, prefix: "", branch: "", onPath: [])
    }

    private func headsNote(_ node: Graph.Node) -> String {
        let heads = hierarchy.heads(of: node, in: network)
        guard !heads.isEmpty else { return "" }
        return "  — head: " + heads.map(describe).joined(separator: "; ")
    }

    /// `Person, as Post`, `Person`, or `Post (holder not recorded)`.
    func describe(_ head: OrganisationTree.Head) -> String {
        let post = head.post.map { network.entity($0).displayName }
        guard let person = head.person else { return "\(post!) (holder not recorded)" }
        return network.entity(person).displayName + (post.map { ", as \($0)" } ?? "")
    }

    func head(_ head: OrganisationTree.Head) -> HierarchyCommand.Report.Head {
        .init(person: head.person.map(network.summary), post: head.post.map(network.summary),
              relations: head.relations.map(network.relation))
    }

    func unit(_ node: Graph.Node, via edge: Graph.Edge?, onPath: Set<Graph.Node> = []) -> HierarchyCommand.Report.Unit {
        let children = hierarchy.children(of: node).filter { !onPath.contains($0.node) && $0.node != node }
        return .init(entity: network.summary(node), partOf: edge.map(network.relation),
                     heads: hierarchy.heads(of: node, in: network).map(head),
                     parts: children.map { unit($0.node, via: $0.edge, onPath: onPath.union([node])) })
    }
}
