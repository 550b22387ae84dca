import Testing
@testable import TolkText

/// The sentence rules the issue names: abbreviations and numbers that must not end a sentence, headlines,
/// quotes, and the generic rules (no space after the stop, punctuation that cannot open a sentence).
/// The example sentences were written for these tests in the style of Danish and English news copy.
@Suite struct SentenceRulesTests {
    /// The sentences of `text` by a fresh segmenter for `language` (a segmenter is not shared between tests,
    /// which run in parallel).
    func sentences(_ text: String, _ language: LanguageCode) throws -> [String] {
        try Segmenter(language: language).segment(text, keepBoilerplate: true).sentences.map(\.text)
    }

    @Test(arguments: [
        "Regeringen vil bl.a. hæve afgiften på tobak.",
        "Partier som f.eks. Venstre stemte imod.",
        "Der kom ca. 300 mennesker til mødet.",
        "Budgettet er på 12 mio. kr. i år.",
        "Billetten koster 200 kr. for voksne.",
        "Han bor i nr. 14 på Vesterbrogade.",
        "Sagen er jf. loven en sag for byretten.",
        "Mødet er i morgen, dvs. den 5. januar i Aarhus.",
        "Demonstrationen blev holdt den 1. maj på Fælledparken.",
        "Martin Luther King Jr. holdt talen i Washington.",
        "Aktierne i Apple Inc. steg efter regnskabet.",
    ])
    func danishAbbreviationsAndOrdinalsStayInside(_ sentence: String) throws {
        #expect(try sentences(sentence, .danish) == [sentence])
    }

    @Test(arguments: [
        "The U.S. Senate voted on the bill late on Tuesday.",
        "Mr. Assange met Dr. Jones at the embassy.",
        "The parade on St. Patrick's Day starts at 9 a.m. in the city centre.",
        "He lives at No. 10 with his family.",
        "See http://www.theadvocate.com/sports/story.asp?StoryID=16473 for the story.",
        "The men were Zakaria Amara, 20, Mississauga, Ont.; Asad Ansari, 21, Mississauga.",
        "They sold apples, pears, etc. and other fruit at the market.",
    ])
    func englishAbbreviationsAndTokensStayInside(_ sentence: String) throws {
        #expect(try sentences(sentence, .english) == [sentence])
    }

    @Test func etceteraBeforeACapitalEndsTheSentence() throws {
        let text = "Avoid the markets, the stations, etc. Be firm when you say no."
        #expect(try sentences(text, .english)
            == ["Avoid the markets, the stations, etc.", "Be firm when you say no."])
        let danish = "De solgte æbler, pærer osv. Det var en god dag."
        #expect(try sentences(danish, .danish) == ["De solgte æbler, pærer osv.", "Det var en god dag."])
        let junior = "Talen blev holdt af Martin Luther King Jr. Det var i 1963."
        #expect(try sentences(junior, .danish) == ["Talen blev holdt af Martin Luther King Jr.", "Det var i 1963."])
    }

    @Test func headlinesQuotesAndParenthesesStayWithTheirSentence() throws {
        let text = """
            Assange anholdt i London
            Han sagde: "Vi kommer ikke tilbage." Så gik han (uden at svare på spørgsmål). Det var i april.
            """
        #expect(try sentences(text, .danish) == [
            "Assange anholdt i London",
            "Han sagde: \"Vi kommer ikke tilbage.\"",
            "Så gik han (uden at svare på spørgsmål).",
            "Det var i april.",
        ])
    }

    @Test func aBoundaryAfterAStopStillSplitsRealSentences() throws {
        let text = "According to the latest bulletin, a tsunami was generated. There was some definite tsunami activity."
        #expect(try sentences(text, .english).count == 2)
    }
}
