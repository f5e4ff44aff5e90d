/// Where a claim comes from: a source, the words it uses, and where in the source they stand.
public struct Citation: Hashable, Sendable, Codable {
    public var source: String
    public var quote: String
    public var locator: String?

    public init(source: String, quote: String, locator: String? = nil) {
        self.source = source
        self.quote = quote
        self.locator = locator
    }
}
