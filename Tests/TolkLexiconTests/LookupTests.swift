import Foundation
import Testing
import TolkText

@testable import TolkLexicon

@Suite struct LookupTests {
    let pair = LanguagePair(.danish, .english)

    func shipped() throws -> BilingualLexicon { try BilingualLexicon.shipped(pair) }

    func best(_ lexicon: BilingualLexicon, _ word: String, _ from: LanguageCode, _ to: LanguageCode) -> String? {
        lexicon.translations(of: word, from: from, to: to).first?.text
    }

    @Test func countryNamesFromCLDR() throws {
        let lexicon = try shipped()
        #expect(best(lexicon, "Tyskland", .danish, .english) == "Germany")
        #expect(best(lexicon, "Sverige", .danish, .english) == "Sweden")
        #expect(best(lexicon, "Germany", .english, .danish) == "Tyskland")
    }

    @Test func inflectedSampleWordsReachTheirLemma() throws {
        let lexicon = try shipped()
        #expect(best(lexicon, "russiske", .danish, .english) == "Russian")
        #expect(best(lexicon, "Ecuadors", .danish, .english) == "Ecuador")
        #expect(best(lexicon, "Ecuador's", .english, .danish) == "Ecuador")
    }

    @Test func genitiveReachesTheNameThroughMorphology() {
        var lexicon = BilingualLexicon(pair: pair)
        lexicon.add([LexiconEntry(source: "Ecuador", target: "Ecuador", origin: "cldr")], tier: .shipped)
        let translation = lexicon.translations(of: "Ecuadors", from: .danish, to: .english).first
        #expect(translation?.text == "Ecuador")
        #expect(translation?.match == .lemma("ecuador"))
        #expect(lexicon.translations(of: "Ecuador's", from: .english, to: .danish).first?.match == .lemma("ecuador"))
    }

    @Test func multiwordExpressionsAndCategories() throws {
        let lexicon = try shipped()
        let translations = lexicon.translations(of: "ingen tvivl om", from: .danish, to: .english)
        #expect(translations.first?.text == "no doubt")
        #expect(translations.first?.category == "certainty")
        #expect(best(lexicon, "according to", .english, .danish) == "ifølge")
    }

    @Test func userLexiconRanksFirst() throws {
        var lexicon = try shipped()
        try lexicon.add(contentsOf: fixture("user.tsv"), tier: .user)
        #expect(best(lexicon, "regeringen", .danish, .english) == "cabinet")
    }

    @Test func unknownWordsAndForeignLanguagesGiveNothing() throws {
        let lexicon = try shipped()
        #expect(lexicon.translations(of: "xqzzy", from: .danish, to: .english).isEmpty)
        #expect(lexicon.translations(of: "Haus", from: .german, to: .english).isEmpty)
        #expect(lexicon.translations(of: "  ", from: .danish, to: .english).isEmpty)
    }

    @Test func rankingIsStableAcrossLoads() throws {
        let first = try shipped().translations(of: "regering", from: .danish, to: .english).map(\.text)
        let second = try shipped().translations(of: "regering", from: .danish, to: .english).map(\.text)
        #expect(first == second)
        #expect(!first.isEmpty)
    }
}

@Suite struct SampleWordTests {
    let lexicon: BilingualLexicon?

    init() { lexicon = try? BilingualLexicon.shipped(LanguagePair(.danish, .english)) }

    func translations(_ word: String) -> [String] {
        lexicon?.translations(of: word, from: .danish, to: .english).map(\.text) ?? []
    }

    @Test func compoundsFromTheDanishSample() {
        #expect(translations("efterretningstjenester").contains("intelligence"))
        #expect(translations("overvågningsrapporter").first?.hasSuffix("reports") == true)
        #expect(translations("præsidentvalg").first?.hasPrefix("presiden") == true)
        #expect(translations("efterretningskilde").first == "intelligence source")
    }

    @Test func inflectedFormsFromTheDanishSample() {
        #expect(translations("ambassaden").first == "embassy")
        #expect(translations("regeringen").first == "government")
        #expect(translations("nægtet").contains("denied"))
        #expect(translations("russiske").first == "Russian")
    }
}
