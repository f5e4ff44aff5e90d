/// One name of an entity in one language: the official form, a short form, a transliteration,
/// an abbreviation or a former name, optionally dated.
public struct Name: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case official, short, transliteration, abbreviation, former
    }

    public var text: String
    public var lang: String?
    public var kind: Kind
    public var from: PartialDate?
    public var until: PartialDate?
    /// The source that writes the name this way, if one is named.
    public var source: String?

    public init(text: String, lang: String? = nil, kind: Kind = .official,
                from: PartialDate? = nil, until: PartialDate? = nil, source: String? = nil) {
        self.text = text
        self.lang = lang
        self.kind = kind
        self.from = from
        self.until = until
        self.source = source
    }
}
