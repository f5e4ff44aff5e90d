import RelGraphCore

/// The dataset's events by what is known of them — where and when they were held and who took part —
/// so that an event an article introduces without a name ("the talks in Sơn La on October 22") is
/// proposed as the dataset's event when the dataset has it already (another article reported it),
/// instead of as a new one. Names cannot do this: the dataset names such events with analysts'
/// descriptions ("Talks of … (Sơn La, 22 October 2024)") the article never writes.
struct KnownEvents {
    struct Facts {
        var places: Set<String> = []
        var dates: [PartialDate] = []
        var people: Set<String> = []
        /// Its names, folded, each between spaces.
        var names: [String] = []
    }

    let facts: [String: Facts]

    init(dataset: Dataset) {
        let events = Set(dataset.entities.filter { $0.kind == .event }.map(\.id))
        var facts: [String: Facts] = [:]
        for relation in dataset.relations {
            switch relation.type {
            case .heldAt where events.contains(relation.from):
                facts[relation.from, default: Facts()].places.insert(relation.to)
                if let date = relation.fromDate { facts[relation.from, default: Facts()].dates.append(date) }
            case .participatedIn, .coChairs, .heads where events.contains(relation.to):
                facts[relation.to, default: Facts()].people.insert(relation.from)
                if let date = relation.fromDate { facts[relation.to, default: Facts()].dates.append(date) }
            default: break
            }
        }
        for entity in dataset.entities where facts[entity.id] != nil {
            facts[entity.id]!.names = entity.names.map { " " + NameFolding.tokens($0.text).joined(separator: " ") + " " }
        }
        self.facts = facts
    }

    /// The one dataset event held at one of `places` on `date` (to the day, when both give it) with
    /// at least one of `people` taking part, or held there on that day; nil when none or several fit.
    /// Several fit when the talks were held during an exchange, at its place on its day, by its people:
    /// then the one whose name holds the article's noun (`noun`, folded: "talks") is the one.
    func event(places: Set<String>, date: PartialDate?, people: Set<String>, noun: String) -> String? {
        guard let date else { return nil }
        let fitting = facts.filter { _, known in
            let sameDay = known.dates.contains { Self.same($0, date) }
            let samePlace = !known.places.isDisjoint(with: places)
            let shared = known.people.intersection(people).count
            return sameDay && (samePlace || shared >= 2) && (shared >= 1 || samePlace && date.day != nil)
        }
        if fitting.count == 1 { return fitting.first!.key }
        let named = fitting.filter { $0.value.names.contains { $0.contains(" " + noun + " ") } }
        return named.count == 1 ? named.first!.key : nil
    }

    /// Two dates that agree as far as both go, and at least to the month.
    static func same(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.year == b.year, let m = a.month, m == b.month else { return false }
        if let d = a.day, let e = b.day { return d == e }
        return true
    }

    /// Whether the dataset dates the event, and only in years before `date`'s.
    func past(_ id: String?, before date: PartialDate?) -> Bool {
        guard let id, let date, let dates = facts[id]?.dates, !dates.isEmpty else { return false }
        return dates.allSatisfy { $0.year < date.year }
    }
}
