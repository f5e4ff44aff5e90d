/// Where a claim comes from: a source, the words it uses, and where in the source they stand.
public struct Citation: Hashable, Sendable, Codable {
    public var source: String
    public var quote: String
    public var locator: String?
    /// When the source says the claim held; nil means the source's own date (see `Dataset.asOf`).
    public var asOf: PartialDate?

    /// The same field names as the YAML dataset format.
    enum CodingKeys: String, CodingKey {
        case source, quote, locator, asOf = "as_of"
    }

    public init(source: String, quote: String, locator: String? = nil, asOf: PartialDate? = nil) {
        self.source = source
        self.quote = quote
        self.locator = locator
        self.asOf = asOf
    }
}
