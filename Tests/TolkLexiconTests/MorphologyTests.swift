import Testing
import TolkText

@testable import TolkLexicon

@Suite struct MorphologyTests {
    let danish = Morphology(language: .danish)
    let english = Morphology(language: .english)

    func lemmas(_ morphology: Morphology, _ word: String) -> [String] { morphology.analyses(of: word).map(\.lemma) }

    @Test func danishDefiniteAndGenitive() {
        #expect(lemmas(danish, "ambassaden").contains("ambassade"))
        #expect(lemmas(danish, "valget").contains("valg"))
        #expect(lemmas(danish, "Ecuadors").first == "ecuador")
        #expect(lemmas(danish, "Clintons").contains("clinton"))
        #expect(lemmas(danish, "regeringens").contains("regering"))
        #expect(danish.analyses(of: "Ecuadors").first?.features.contains(.genitive) == true)
        // område-t: the verb-form reading (-et -> -e) and the definite one (-t) are the same lemma.
        let området = danish.analyses(of: "området").first { $0.lemma == "område" }
        #expect(området?.features.contains(.definite) == true)
        #expect(danish.analyses(of: "området").filter { $0.lemma == "område" }.count == 1)
    }

    @Test func danishPluralsAndAdjectives() {
        #expect(lemmas(danish, "russiske").contains("russisk"))
        #expect(lemmas(danish, "rapporter").contains("rapport"))
        #expect(lemmas(danish, "efterretningstjenester").contains("efterretningstjeneste"))
        #expect(lemmas(danish, "overvågningsrapporterne").contains("overvågningsrapport"))
    }

    @Test func englishPossessivesAndPlurals() {
        #expect(lemmas(english, "Clinton's").first == "clinton")
        #expect(lemmas(english, "officials'").first == "officials")
        #expect(lemmas(english, "services").contains("service"))
        #expect(lemmas(english, "agencies").contains("agency"))
        #expect(lemmas(english, "hacked").contains("hack"))
        #expect(lemmas(english, "stopped").contains("stop"))
    }

    @Test func danishCompoundsSplitWithLinkingElements() {
        let known: Set<String> = ["overvågning", "rapport", "efterretning", "tjeneste", "præsident", "valg", "stifter"]
        let isKnown = { (word: String) in known.contains(word) }
        #expect(danish.splitCompound("overvågningsrapporter", isKnown: isKnown)?.parts == ["overvågnings", "rapporter"])
        #expect(danish.splitCompound("efterretningstjenester", isKnown: isKnown)?.lemmas == ["efterretning", "tjeneste"])
        #expect(danish.splitCompound("præsidentvalg", isKnown: isKnown)?.parts == ["præsident", "valg"])
        #expect(danish.splitCompound("Wikileaks-stifteren", isKnown: isKnown)?.lemmas == ["wikileaks", "stifter"])
        #expect(danish.splitCompound("ambassade", isKnown: isKnown) == nil)
        #expect(english.splitCompound("presidential", isKnown: isKnown) == nil)
    }

    @Test func runawayTokensAreNotTriedAsCompounds() {
        // A token of known parts but longer than any Danish word (a glued line, a base64 run) is not split,
        // so that its cost stays linear; a long real compound still is.
        let known: Set<String> = ["efterretning", "tjeneste"]
        var probes = 0
        let isKnown = { (word: String) in probes += 1; return known.contains(word) }
        #expect(danish.splitCompound("efterretningstjeneste", isKnown: isKnown)?.parts == ["efterretnings", "tjeneste"])
        probes = 0
        let runaway = String(repeating: "efterretnings", count: 1_000) + "tjeneste"
        #expect(danish.splitCompound(runaway, isKnown: isKnown) == nil)
        #expect(probes == 0)
    }
}
