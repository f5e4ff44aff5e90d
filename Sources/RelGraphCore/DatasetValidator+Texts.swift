/// Quotes against the texts kept beside the data (docs/data-format.md, "Texts"): a quote must stand
/// verbatim in its source's text, and a `¶N` locator must name a paragraph that holds it. Sources
/// without a text are not checked.
extension DatasetValidator {
    /// - Complexity: O(citations × length of the cited text) at worst.
    public static func checkQuotes(_ dataset: Dataset, texts: [SourceText],
                                   locations: DatasetLocations = .init()) -> [Diagnostic] {
        guard !texts.isEmpty else { return [] }
        var problems: [Diagnostic] = []
        let sourceIDs = Set(dataset.sources.map(\.id))
        var textOf: [String: SourceText] = [:]
        for text in texts {
            textOf[text.sourceID] = text
            if !sourceIDs.contains(text.sourceID) {
                problems.append(.warning("text of unknown source '\(text.sourceID)'",
                                         at: SourceLocation(file: text.file, line: 1, column: 1)))
            }
        }
        func check(_ citation: Citation, of owner: String, at place: (String) -> SourceLocation?) {
            guard let text = textOf[citation.source], !citation.quote.isEmpty else { return }
            let holding = text.paragraphs(containing: citation.quote)
            guard text.text.contains(citation.quote) else {
                problems.append(.error("\(owner) quotes words that are not in \(text.file): \"\(citation.quote)\"",
                                       at: place("quote")))
                return
            }
            guard let locator = citation.locator, let named = SourceText.paragraphs(named: locator) else { return }
            if !holding.contains(where: named.contains) {
                let actual = holding.isEmpty ? "it spans paragraphs" : "it stands in " + holding.map { "¶\($0)" }
                    .joined(separator: ", ")
                problems.append(.error("\(owner) locates its quote at \(locator) of '\(citation.source)', but \(actual)",
                                       at: place("locator")))
            }
        }
        for (i, entity) in dataset.entities.enumerated() {
            let record = locations.entity(i)
            for (c, citation) in entity.citations.enumerated() {
                check(citation, of: "entity '\(entity.id)'") { record.citation(c, $0) }
            }
            for (s, statement) in entity.statements.enumerated() {
                check(statement.citation, of: "statement of entity '\(entity.id)'") { record.statement(s, $0) }
            }
        }
        for (i, relation) in dataset.relations.enumerated() {
            let record = locations.relation(i)
            for (c, citation) in relation.citations.enumerated() {
                check(citation, of: "relation '\(relation.id)'") { record.citation(c, $0) }
            }
        }
        return problems
    }
}
