import Testing
import TolkText
@testable import TolkEvents

@Suite struct EntityRecognizerTests {
    @Test func danishSeedMentionsSliceBackAndCarryTheirTypes() throws {
        let text = try Seeds.text(Seeds.danishPath)
        let mentions = try Seeds.mentions(text, .danish)
        for mention in mentions { #expect(Seeds.slice(text, mention.range) == mention.text) }
        func find(_ written: String) -> EntityMention? { mentions.first { $0.text == written } }
        #expect(find("Julian Assange")?.kind == .person)
        #expect(find("Ecuadors")?.baseForm == "Ecuador")
        #expect(find("Ecuadors")?.key == "region:EC")
        #expect(find("Sverige")?.key == "region:SE")
        #expect(find("USA")?.key == "region:US")
        #expect(find("CNN")?.kind == .organisation)
        #expect(find("russiske")?.form == .demonym)
        #expect(find("russere")?.key == "region:RU")
        #expect(find("amerikanske")?.key == "region:US")
        #expect(find("Hillary Clintons")?.key == "name:hillary clinton")
        #expect(find("Wikileaks-stifteren")?.baseForm == "Wikileaks")
        #expect(find("Assange")?.key == "name:julian assange")
        // "Det skriver CNN mandag.": a sentence-initial pronoun and a weekday are not names.
        #expect(find("Det") == nil && find("mandag") == nil && find("Han") == nil)
    }

    @Test func englishSeedHandlesPossessivesAcronymsAndTitles() throws {
        let text = try Seeds.text(Seeds.englishPath)
        let mentions = try Seeds.mentions(text, .english)
        for mention in mentions { #expect(Seeds.slice(text, mention.range) == mention.text) }
        let written = Set(mentions.map(\.text))
        #expect(!written.contains { $0.hasSuffix("’s") || $0.hasSuffix("'s") })
        #expect(mentions.contains { $0.text == "U.S." && $0.key == "region:US" })
        #expect(mentions.contains { $0.text == "Russian" && $0.form == .demonym && $0.key == "region:RU" })
        #expect(mentions.contains { $0.text == "NBC News" && $0.kind == .organisation })
        #expect(mentions.contains { $0.text == "Rubio" && $0.key == "name:marco rubio" })
        #expect(mentions.contains { $0.text == "John Kirby" && $0.kind == .person })
        #expect(!written.contains("February") && !written.contains("Sunday") && !written.contains("Tuesday"))
        #expect(!written.contains("Secretary") && !written.contains("The"))
    }

    @Test func titleIsLeftOutOfThePersonAndTypesIt() throws {
        let text = "Yesterday the committee heard Senator Kowalczyk and Mr. Obuya."
        let mentions = try Seeds.mentions(text, .english)
        #expect(mentions.map(\.text) == ["Kowalczyk", "Obuya"])
        #expect(mentions.allSatisfy { $0.kind == .person })
    }

    @Test func sentenceInitialNameNeedsEvidence() throws {
        let text = "Grønland stemte nej. Mange mente, at Grønland burde vente. Mange var uenige."
        let mentions = try Seeds.mentions(text, .danish)
        #expect(mentions.map(\.text) == ["Grønland", "Grønland"])
        #expect(mentions.allSatisfy { $0.key == "region:GL" })
    }

    @Test func sameInputGivesSameMentions() throws {
        let text = try Seeds.text(Seeds.englishPath)
        #expect(try Seeds.mentions(text, .english) == Seeds.mentions(text, .english))
    }

    @Test func emptyAndSymbolOnlyTextsHaveNoMentions() throws {
        #expect(try Seeds.mentions("", .danish).isEmpty)
        #expect(try Seeds.mentions("  -- ?? 42 \n\n", .english).isEmpty)
    }
}
