import RelGraphCore
import Testing

/// Paragraphs and locators of a source's text (docs/data-format.md, "Texts").
@Suite struct SourceTextTests {
    @Test func paragraphsAreSeparatedByBlankLines() {
        let text = SourceText(sourceID: "s", file: "texts/s.txt",
                              text: "Title\n\nFirst line\nsame paragraph\n \n\n\nLast\n")
        #expect(text.paragraphs == ["Title", "First line\nsame paragraph", "Last"])
        #expect(text.paragraphs(containing: "same") == [2])
        #expect(text.paragraphs(containing: "line\nsame") == [2])
        #expect(text.paragraphs(containing: "Last") == [3])
    }

    @Test func textIsComparedInNFC() {
        let decomposed = "Vie\u{0302}\u{0323}t Nam"  // Việt written with combining marks
        let text = SourceText(sourceID: "s", file: "s.txt", text: decomposed)
        #expect(text.text.unicodeScalars.count == "Việt Nam".unicodeScalars.count)
        #expect(text.paragraphs(containing: "Việt") == [1])
    }

    @Test func locatorsNameParagraphs() {
        #expect(SourceText.paragraphs(named: "¶3") == 3...3)
        #expect(SourceText.paragraphs(named: "¶3-4") == 3...4)
        #expect(SourceText.paragraphs(named: "¶3–5") == 3...5)
        #expect(SourceText.paragraphs(named: "¶0") == nil)
        #expect(SourceText.paragraphs(named: "¶4-3") == nil)
        #expect(SourceText.paragraphs(named: "general knowledge") == nil)
        #expect(SourceText.paragraphs(named: "p. 3") == nil)
    }
}
