import Testing
import TolkLexicon
import TolkText
@testable import TolkEntities
@testable import TolkGlossary

/// How linked word pairs are shown: the same inflection on both sides, as the shipped lexicon's curated
/// sources (FreeDict, CLDR, the reporting table) list lemmas.
@Suite struct GlossaryFormsTests {
    /// Linked pair -> how it is shown.
    static let cases: [(String, String, String, String)] = [
        // Inflected alike on both sides: shown as linked.
        ("sagde", "said", "sagde", "said"),
        ("måneder", "months", "måneder", "months"),
        ("dele", "parts", "dele", "parts"),
        // Both lemmas: shown as linked, even when the Danish infinitive looks like a plural ("brug" is a noun).
        ("bruge", "use", "bruge", "use"),
        ("egen", "own", "egen", "own"),
        ("karriere", "career", "karriere", "career"),
        // Only one side inflected: both as lemmas.
        ("sociale", "social", "social", "social"),
        ("politiske", "political", "politisk", "political"),
        ("valg", "elections", "valg", "election"),
        ("interesse", "interests", "interesse", "interest"),
        ("sagde", "say", "sige", "say"),
        // A Danish present is the English base form outside the third person; numbers keep "million" singular.
        ("kommer", "come", "kommer", "come"),
        ("tror", "think", "tror", "think"),
        ("kommer", "comes", "kommer", "comes"),
        ("millioner", "million", "millioner", "million"),
        ("kvinder", "woman", "kvinde", "woman"),
        // Inflected, but not alike: a Danish infinitive against an English gerund.
        ("bruge", "using", "bruge", "use"),
        ("pubber", "pub", "pub", "pub"),
        // A Danish suffixed article has no counterpart in the English word: it goes.
        ("området", "area", "område", "area"),
        ("beskyldningerne", "allegations", "beskyldninger", "allegations"),
    ]

    @Test func sameInflectionOnBothSides() throws {
        let (lexicon, source, target) = try GlossaryNameTests.sides()
        let forms = DictionaryForms(lexicon: lexicon, source: source, target: target)
        for (linkedSource, linkedTarget, source, target) in Self.cases {
            let shown = forms.pair(linkedSource, linkedTarget)
            #expect(shown.source == source && shown.target == target,
                    "\(linkedSource) / \(linkedTarget) -> \(shown.source) / \(shown.target)")
        }
    }

    @Test func withoutALexiconWordsStayAsLinked() throws {
        let names = try Gazetteer.shipped(languages: [.danish, .english])
        let forms = DictionaryForms(lexicon: nil, source: try TermSide(language: .danish, gazetteer: names),
                                    target: try TermSide(language: .english, gazetteer: names))
        let shown = forms.pair("sociale", "social")
        #expect(shown.source == "sociale" && shown.target == "social")
    }

    @Test func capitalsSurviveTheLemma() {
        #expect(GlossaryExtractor.capitalised("welsh", like: "Welsh") == "Welsh")
        #expect(GlossaryExtractor.capitalised("u.s.", like: "U.S.") == "U.S.")
        #expect(GlossaryExtractor.capitalised("democrat", like: "Democrats") == "Democrat")
        #expect(GlossaryExtractor.capitalised("social", like: "sociale") == "social")
    }
}

/// Names in a glossary: genitives removed, one name holding another counted as the same, names found by their
/// capitals on both sides.
@Suite struct GlossaryNameTests {
    /// The shipped Danish-English lexicon and the two term sides over the shipped gazetteer.
    static func sides() throws -> (BilingualLexicon, TermSide, TermSide) {
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        let names = try Gazetteer.shipped(languages: [.danish, .english])
        return (lexicon, try TermSide(language: .danish, gazetteer: names),
                try TermSide(language: .english, gazetteer: names))
    }

    @Test func genitivesGoWhenTheNamesThenAgree() throws {
        let (lexicon, source, target) = try Self.sides()
        let forms = DictionaryForms(lexicon: lexicon, source: source, target: target)
        #expect(forms.namesWithoutGenitive("Erdogans", "Erdogan's") == ("Erdogan", "Erdogan"))
        #expect(forms.namesWithoutGenitive("Muellers", "Mueller") == ("Mueller", "Mueller"))
        #expect(forms.namesWithoutGenitive("Makedoniens", "Macedonia") == ("Makedonien", "Macedonia"))
        #expect(forms.namesWithoutGenitive("Robert Muellers", "Robert Mueller") == ("Robert Mueller", "Robert Mueller"))
        // A name that ends in 's on both sides keeps it; a name ending in -s is not cut for nothing.
        #expect(forms.namesWithoutGenitive("Sainsbury's", "Sainsbury's") == ("Sainsbury's", "Sainsbury's"))
        #expect(forms.namesWithoutGenitive("Paris", "Paris") == ("Paris", "Paris"))
        #expect(forms.namesWithoutGenitive("Davis", "Davis") == ("Davis", "Davis"))
    }

    @Test func aNameHoldingTheOtherIsTheSameName() {
        #expect(GlossaryExtractor.isSameName("Giselle Maurice", "Maurice"))
        #expect(GlossaryExtractor.isSameName("Citizen", "Global Citizen"))
        #expect(GlossaryExtractor.isSameName("trump", "Trump"))
        #expect(!GlossaryExtractor.isSameName("USA", "U.S."))
        #expect(!GlossaryExtractor.isSameName("Det Hvide Hus", "White House"))
        #expect(!GlossaryExtractor.isSameName("Maurice Giselle", "Giselle Maurice"))
    }

    @Test func theLexiconPriorHoldsEachWordsBestTranslation() throws {
        let (lexicon, source, target) = try Self.sides()
        var sourceVocabulary = TermVocabulary(), targetVocabulary = TermVocabulary()
        let sourceWords = source.words(of: "Ministeren sagde, at regeringen vil sænke skatten.",
                                       vocabulary: &sourceVocabulary)
        let targetWords = target.words(of: "The minister said that the government will lower taxes.",
                                       vocabulary: &targetVocabulary)
        func id(_ words: [UnitWord], _ surface: String) throws -> Int32 {
            try #require(words.first { $0.surface.lowercased() == surface }).id
        }
        let prior = LexiconPrior(lexicon: lexicon, translationsPerWord: 1, source: source, target: target,
                                 sourceVocabulary: sourceVocabulary, targetVocabulary: targetVocabulary)
        #expect(prior.contains(try id(sourceWords, "sagde"), try id(targetWords, "said")))
        #expect(prior.contains(try id(sourceWords, "regeringen"), try id(targetWords, "government")))
        #expect(!prior.contains(try id(sourceWords, "sagde"), try id(targetWords, "government")))
        let none = LexiconPrior(lexicon: lexicon, translationsPerWord: 0, source: source, target: target,
                                sourceVocabulary: sourceVocabulary, targetVocabulary: targetVocabulary)
        #expect(none.count == 0)
    }

    @Test func capitalisedOnBothSidesIsANameAndIdenticalNamesNeedNoEntry() throws {
        // "Moualem" is in no gazetteer; written with a capital on both sides it is a name, and as it is written
        // the same it needs no translation unless identical names are asked for.
        let pairs = [
            ("Udenrigsminister Walid al-Moualem talte i FN.", "Foreign Minister Walid al-Moualem spoke at the UN."),
            ("Ifølge Moualem er krigen næsten slut.", "According to Moualem, the war is almost over."),
            ("Også Moualem nævnte flygtningene.", "Moualem also mentioned the refugees."),
            ("Derefter kritiserede Moualem koalitionen.", "Then Moualem criticised the coalition."),
            ("Flygtningene bør vende hjem, sagde han.", "The refugees should return home, he said."),
            ("Krigen har varet i syv år.", "The war has lasted for seven years."),
        ]
        let units = GlossaryTests.units(pairs)
        let plain = try GlossaryTests.extract(units)
        #expect(!plain.entries.contains { $0.source == "Moualem" || $0.source == "moualem" })
        let all = try GlossaryTests.extract(units) { $0.includesIdenticalNames = true }
        let moualem = try #require(all.entries.first { $0.source.hasSuffix("Moualem") })
        #expect(moualem.category == .namedEntity)
        #expect(moualem.target.hasSuffix("Moualem"))
    }
}

/// Fixed phrases ("i stedet", "at least") are one term in a glossary.
@Suite struct GlossaryPhraseTests {
    @Test func aFixedPhraseIsOneWord() throws {
        let (_, danish, english) = try GlossaryNameTests.sides()
        var vocabulary = TermVocabulary()
        let words = danish.words(of: "I dag tog han bussen i stedet for toget.", vocabulary: &vocabulary)
        #expect(words.map(\.surface) == ["i dag", "tog", "han", "bussen", "i stedet for", "toget"])
        #expect(words.filter(\.isPhrase).count == 2)
        var englishVocabulary = TermVocabulary()
        let englishWords = english.words(of: "At least ten people, according to the police.",
                                         vocabulary: &englishVocabulary)
        #expect(englishWords.map(\.surface) == ["at least", "ten", "people", "according to", "the", "police"])
        // Words apart (a comma between them) are no phrase.
        let apart = english.words(of: "He was at, least of all, home.", vocabulary: &englishVocabulary)
        #expect(apart.allSatisfy { !$0.isPhrase })
    }
}
