import RelGraphCore
import Testing

@Suite struct NameFoldingTests {
    @Test(arguments: ["Điện Biên", "dien bien", "DIEN  BIEN", " điện-biên ", "Ðiện Biên", "Die\u{0323}\u{0302}n Bie\u{0302}n"])
    func foldsToTheSameKey(text: String) {
        #expect(NameFolding.key(text) == "dien bien")
    }

    @Test func keepsDigitsAndSplitsOnPunctuation() {
        #expect(NameFolding.tokens("Nghị định thư 2025-2029 (QĐND)") == ["nghi", "dinh", "thu", "2025", "2029", "qdnd"])
    }

    @Test func foldsLaoAndEnglishToo() {
        #expect(NameFolding.key("Lao People's Army") == "lao people s army")
        #expect(NameFolding.key("ຫຼວງພະບາງ").isEmpty == false)
    }
}

@Suite struct PartialDateTests {
    @Test(arguments: ["2024", "2024-10", "2024-10-22", "2024-02-29", "0001-01-01"])
    func parsesValidDates(text: String) throws {
        #expect(try #require(PartialDate(text)).description == text)
    }

    @Test(arguments: ["2024-13", "2024-02-30", "2023-02-29", "24-10-22", "2024-1-5", "2024/10/22", "", "2024-10-22T10", "２０２４",
                      "0000", "202", "20245", "2024-", "2024-00", "2024-10-", "2024-10-00", "2024-04-31", "1900-02-29",
                      " 2024", "2024 ", "+024", "-024", "2024-+1", "20a4", "٢٠٢٤", "2024-1٠", "2024-10/22"])
    func rejectsMalformedAndImpossibleDates(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func partialDatesSpanTheirPeriod() throws {
        let october = try #require(PartialDate("2024-10"))
        #expect(october.firstDay == 2024_10_01)
        #expect(october.lastDay == 2024_10_31)
        #expect(try #require(PartialDate("2024")).lastDay == 2024_12_31)
        #expect(try #require(PartialDate("2024-02")).lastDay == 2024_02_29)
    }

    @Test func ordersByFirstDayThenPrecision() throws {
        let dates = try ["2024-10-22", "2024", "2024-10", "2023-12-31"].map { try #require(PartialDate($0)) }
        #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024", "2024-10", "2024-10-22"])
    }
}

@Suite struct RelationDateTests {
    func relation(_ type: String, from: String?, until: String?) -> Relation {
        Relation(id: "r", type: RelationType(type), from: "a", to: "b",
                 fromDate: from.flatMap(PartialDate.init), untilDate: until.flatMap(PartialDate.init))
    }

    @Test func unknownBoundsExcludeNothing() throws {
        let day = try #require(PartialDate("1990-01-01"))
        #expect(relation("holds", from: nil, until: nil).mayHold(on: day))
        #expect(relation("holds", from: nil, until: "2024").mayHold(on: day))
        #expect(!relation("holds", from: "2021", until: nil).mayHold(on: day))
    }

    @Test func periodsIncludeTheirWholeFirstAndLastPeriod() throws {
        let holding = relation("party_to", from: "2020", until: "2024")
        #expect(holding.mayHold(on: try #require(PartialDate("2024-12-31"))))
        #expect(holding.mayHold(on: try #require(PartialDate("2020-01-01"))))
        #expect(!holding.mayHold(on: try #require(PartialDate("2025-01-01"))))
    }

    @Test func momentaryRelationsHoldOnlyOnTheirDate() throws {
        let meeting = relation("co_chairs", from: "2025-03-28", until: nil)
        #expect(meeting.mayHold(on: try #require(PartialDate("2025-03-28"))))
        #expect(!meeting.mayHold(on: try #require(PartialDate("2025-03-29"))))
        #expect(meeting.dateText == "2025-03-28")
        #expect(relation("holds", from: "2021", until: nil).dateText == "from 2021")
    }
}
