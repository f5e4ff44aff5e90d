/// Whether a relation was reported as fact, only proposed, or planned for the future.
public enum RelationStatus: String, CaseIterable, Sendable, Codable, Comparable {
    case reported, proposed, planned

    public static func < (a: RelationStatus, b: RelationStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A typed, dated, cited edge between two entities.
///
/// Dates are partial (`PartialDate`); an absent date is unknown, not open-ended.
public struct Relation: Hashable, Sendable, Codable {
    public var id: String
    public var type: RelationType
    public var from: String
    public var to: String
    public var fromDate: PartialDate?
    public var untilDate: PartialDate?
    public var status: RelationStatus
    public var qualifiers: [String: String]
    public var citations: [Citation]
    public var note: String?
    /// Who said it (a person or organisation id), for statements and proposals an article reports.
    public var speaker: String?

    /// The same field names as the YAML dataset format.
    enum CodingKeys: String, CodingKey {
        case id, type, from, to, status, qualifiers, note, speaker
        case fromDate = "from_date", untilDate = "until_date", citations = "sources"
    }

    public init(id: String, type: RelationType, from: String, to: String,
                fromDate: PartialDate? = nil, untilDate: PartialDate? = nil,
                status: RelationStatus = .reported, qualifiers: [String: String] = [:],
                citations: [Citation] = [], note: String? = nil, speaker: String? = nil) {
        self.id = id
        self.type = type
        self.from = from
        self.to = to
        self.fromDate = fromDate
        self.untilDate = untilDate
        self.status = status
        self.qualifiers = qualifiers
        self.citations = citations
        self.note = note
        self.speaker = speaker
    }

    /// The id a relation gets when the dataset gives none: `type:from->to`.
    public static func derivedID(type: RelationType, from: String, to: String) -> String {
        "\(type.rawValue):\(from)->\(to)"
    }

    /// Whether the relation may hold on `day`: a known bound excludes days outside it (a partial
    /// bound counts from the first day of its period to the last); an unknown bound excludes nothing.
    /// A momentary relation (a meeting, a signing) with only `fromDate` holds on that period alone.
    public func mayHold(on day: PartialDate) -> Bool {
        let until = untilDate ?? (type.spec?.isMomentary == true ? fromDate : nil)
        if let fromDate, fromDate.firstDay > day.lastDay { return false }
        if let until, until.lastDay < day.firstDay { return false }
        return true
    }

    /// "2024-10-22", "2020 – 2024", "from 2021", "until 2024", or nil when undated.
    public var dateText: String? {
        switch (fromDate, untilDate) {
        case let (from?, until?) where from == until: return from.description
        case let (from?, until?): return "\(from) – \(until)"
        case let (from?, nil): return type.spec?.isMomentary == true ? from.description : "from \(from)"
        case let (nil, until?): return "until \(until)"
        case (nil, nil): return nil
        }
    }
}
