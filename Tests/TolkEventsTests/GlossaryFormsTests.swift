import Testing
import TolkLexicon
import TolkText
@testable import TolkEvents

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
        ("kommer", "come", "komme", "come"),
        ("pubber", "pub", "pub", "pub"),
        // A Danish suffixed article has no counterpart in the English word: it goes.
        ("området", "area", "område", "area"),
        ("beskyldningerne", "allegations", "beskyldninger", "allegations"),
    ]

    @Test func sameInflectionOnBothSides() throws {
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        let names = try Gazetteer.shipped(languages: [.danish, .english])
        let forms = DictionaryForms(lexicon: lexicon, source: try TermSide(language: .danish, gazetteer: names),
                                    target: try TermSide(language: .english, gazetteer: names))
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
