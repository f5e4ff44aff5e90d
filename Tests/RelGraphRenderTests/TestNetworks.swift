import RelGraphCore

/// Small networks built in Swift for the view tests.
enum TestNetworks {
    static let source = Source(id: "article", title: "Hội đàm", date: PartialDate("2024-10-22"), language: "vi",
                               url: "https://example.org/news?id=1&lang=vi")

    /// Two ministries and the Vietnamese one's tree: a department, a post and its holder, a talk
    /// both ministries took part in, a protocol and a proposed cooperation.
    ///
    ///     state-vn ← mod-vn ← dept-vn        (part_of)
    ///     minister → mod-vn (post_in); giang → minister (holds)
    ///     giang, mod-la → talks (participated_in, 2024-10); mod-vn → protocol (party_to, 2025 – 2029)
    ///     mod-vn — mod-la (cooperates_with, proposed)
    static let ministries: Network = {
        func cite(_ quote: String, _ paragraph: Int) -> [Citation] {
            [Citation(source: "article", quote: quote, locator: "¶\(paragraph)")]
        }
        let entities = [
            Entity(id: "vietnam", kind: .place, names: [Name(text: "Việt Nam", lang: "vi"), Name(text: "Vietnam", lang: "en")],
                   classification: "country", country: "VN"),
            Entity(id: "state-vn", kind: .organization, names: [Name(text: "Nhà nước Việt Nam", lang: "vi")],
                   classification: "state", country: "VN"),
            Entity(id: "mod-vn", kind: .organization,
                   names: [Name(text: "Bộ Quốc phòng Việt Nam", lang: "vi"),
                           Name(text: "Ministry of National Defence of Vietnam", lang: "en")],
                   classification: "ministry", country: "VN"),
            Entity(id: "dept-vn", kind: .organization,
                   names: [Name(text: "Cục Đối ngoại", lang: "vi"), Name(text: "Foreign Relations Department", lang: "en")],
                   country: "VN"),
            Entity(id: "minister", kind: .post,
                   names: [Name(text: "Bộ trưởng Bộ Quốc phòng", lang: "vi"), Name(text: "Minister of Defence", lang: "en")],
                   country: "VN"),
            Entity(id: "giang", kind: .person,
                   names: [Name(text: "Phan Văn Giang", lang: "vi"),
                           Name(text: "Phan Van Giang", lang: "en", kind: .transliteration)],
                   country: "VN", attributes: ["rank": "Đại tướng", "rank_en": "General"]),
            Entity(id: "mod-la", kind: .organization,
                   names: [Name(text: "Bộ Quốc phòng Lào", lang: "vi"), Name(text: "Ministry of Defence of Laos", lang: "en")],
                   country: "LA"),
            Entity(id: "talks", kind: .event, names: [Name(text: "Hội đàm", lang: "vi"), Name(text: "Talks", lang: "en")]),
            Entity(id: "protocol", kind: .document,
                   names: [Name(text: "Nghị định thư 2025–2029", lang: "vi"), Name(text: "Protocol 2025–2029", lang: "en")]),
        ]
        let relations = [
            Relation(id: "mod-in-state", type: RelationType("part_of"), from: "mod-vn", to: "state-vn",
                     citations: cite("Bộ Quốc phòng", 1)),
            Relation(id: "dept-in-mod", type: RelationType("part_of"), from: "dept-vn", to: "mod-vn",
                     citations: cite("Cục Đối ngoại", 2)),
            Relation(id: "minister-in-mod", type: RelationType("post_in"), from: "minister", to: "mod-vn",
                     citations: cite("Bộ trưởng Bộ Quốc phòng", 1)),
            Relation(id: "giang-holds", type: RelationType("holds"), from: "giang", to: "minister",
                     qualifiers: ["as_of": "2024-10-22"], citations: cite("Đại tướng Phan Văn Giang, Bộ trưởng", 1)),
            Relation(id: "giang-at-talks", type: RelationType("participated_in"), from: "giang", to: "talks",
                     fromDate: PartialDate("2024-10"), citations: cite("hội đàm", 3)),
            Relation(id: "mod-la-at-talks", type: RelationType("participated_in"), from: "mod-la", to: "talks",
                     fromDate: PartialDate("2024-10"), citations: cite("hội đàm", 3)),
            Relation(id: "mod-vn-party", type: RelationType("party_to"), from: "mod-vn", to: "protocol",
                     fromDate: PartialDate("2025"), untilDate: PartialDate("2029"), citations: cite("Nghị định thư", 4)),
            Relation(id: "mod-cooperates", type: RelationType("cooperates_with"), from: "mod-vn", to: "mod-la",
                     status: .proposed, citations: cite("hợp tác", 5)),
        ]
        return Network(Dataset(title: "Test", sources: [source], entities: entities, relations: relations))
    }()

    /// The node of entity `id` in `network`.
    static func node(_ id: String, in network: Network = ministries) -> Graph.Node {
        network.graph.node(id: id)!
    }

    /// A network whose every name, quote, locator, note, attribute and URL is `text`.
    static func hostile(_ text: String) -> Network {
        let source = Source(id: "s", title: text, url: "https://example.org/?q=\(text)")
        let citation = [Citation(source: "s", quote: text, locator: text)]
        let entities = [
            Entity(id: "org", kind: .organization, names: [Name(text: text, lang: "vi"), Name(text: text + " en", lang: "en")],
                   classification: text, country: "VN", description: text, attributes: [text: text], citations: citation),
            Entity(id: "post", kind: .post, names: [Name(text: text)], country: "VN"),
            Entity(id: "person", kind: .person, names: [Name(text: text)], country: "VN", attributes: ["rank": text]),
        ]
        let relations = [
            Relation(id: "post-in-org", type: RelationType("post_in"), from: "post", to: "org", qualifiers: [text: text],
                     citations: citation, note: text),
            Relation(id: "person-holds-post", type: RelationType("holds"), from: "person", to: "post",
                     fromDate: PartialDate("2024-10"), status: .planned, citations: citation),
        ]
        return Network(Dataset(title: text, sources: [source], entities: entities, relations: relations))
    }
}
