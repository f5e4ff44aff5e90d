/// Who heads a unit U — the rule, in order:
/// 1. a person with `heads → U`;
/// 2. a post with `heads → U`: each person who `holds` it (or the post alone when nobody is known to);
/// 3. a *head-like* post with `post_in → U` (and no `heads → U` of its own): each holder, or the post.
/// A post is head-like when its classification names the top of a unit — `head`, `chief`, `minister`,
/// `commander`, `director`, `chair`, `chairman`, `president`, `prime-minister`, `secretary`,
/// `general-secretary`, `secretary-general`, `governor`, `mayor`, or anything ending in `-head` or
/// `-chief` or starting `chief-` / `head-` — and does not start with `deputy-`, `vice-` or `assistant-`
/// (a deputy minister's post is in the ministry but does not head it). Only relations the tree's
/// predicate allows count, so `--at` asks who headed a unit on a date.
extension OrganisationTree {
    /// Someone (or some post) heading a unit, and the relations that say so, from the person out.
    public struct Head: Sendable, Equatable {
        public var person: Graph.Node?
        public var post: Graph.Node?
        public var relations: [Graph.Edge]
    }

    /// Who heads `unit`, by the rule above; persons before bare posts, each group in dataset order.
    /// `network` gives the posts' classifications.
    /// - Complexity: O(degree of unit + degrees of its posts).
    public func heads(of unit: Graph.Node, in network: Network) -> [Head] {
        var heads: [Head] = []
        var postsWithHeads: Set<Graph.Node> = []
        for edge in graph.incoming(unit) where allows(edge) && graph.type(of: edge) == .heads {
            let x = graph.edgeSource[Int(edge)]
            if graph.kind(of: x) == .post {
                postsWithHeads.insert(x)
                heads += holders(of: x, then: edge)
            } else {
                heads.append(Head(person: x, post: nil, relations: [edge]))
            }
        }
        for edge in graph.incoming(unit) where allows(edge) && graph.type(of: edge) == .postIn {
            let post = graph.edgeSource[Int(edge)]
            guard !postsWithHeads.contains(post), Self.isHeadLike(network.entity(post).classification) else { continue }
            heads += holders(of: post, then: edge)
        }
        return heads.sorted { a, b in
            (a.person == nil) != (b.person == nil) ? a.person != nil : a.relations.lexicographicallyPrecedes(b.relations)
        }
    }

    private func holders(of post: Graph.Node, then edge: Graph.Edge) -> [Head] {
        let holds = graph.incoming(post).filter { allows($0) && graph.type(of: $0) == .holds }
        guard !holds.isEmpty else { return [Head(person: nil, post: post, relations: [edge])] }
        return holds.map { Head(person: graph.edgeSource[Int($0)], post: post, relations: [$0, edge]) }
    }

    static let headClassifications: Set<String> = [
        "head", "chief", "minister", "commander", "director", "chair", "chairman", "president", "prime-minister",
        "secretary", "general-secretary", "secretary-general", "governor", "mayor",
    ]

    /// Whether a post of this classification heads the unit it is in (see the rule above).
    public static func isHeadLike(_ classification: String?) -> Bool {
        guard let c = classification?.lowercased() else { return false }
        if ["deputy-", "vice-", "assistant-"].contains(where: c.hasPrefix) { return false }
        return headClassifications.contains(c) || c.hasSuffix("-head") || c.hasSuffix("-chief")
            || c.hasPrefix("chief-") || c.hasPrefix("head-")
    }
}
