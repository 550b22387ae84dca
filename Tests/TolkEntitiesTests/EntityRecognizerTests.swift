import Foundation
import Testing
import TolkTestSupport
import TolkText
@testable import TolkEntities

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

@Suite struct EntityNamesAsReadTests {
    @Test func titlesAreSplitOffAndKeptAsTheRole() throws {
        let english = try Seeds.mentions("Yesterday the committee heard Senator Kowalczyk and Mr. Obuya.", .english)
        #expect(english.map(\.role) == ["Senator", "Mr."])
        let danish = try Seeds.mentions("I går sagde statsminister Mette Frederiksen, at hun var glad.", .danish)
        let person = try #require(danish.first { $0.kind == .person })
        #expect(person.text == "Mette Frederiksen" && person.role == "statsminister")
    }

    /// A title the tagger took into a person's name at a sentence start is left out of it (UNER never marks
    /// it), and a company form is left out of the base form.
    @Test func aTitleOpeningANameIsLeftOutOfIt() throws {
        let gazetteer = try #require(Seeds.gazetteer)
        let scanner = try WordScanner(language: .danish)
        let tokens = scanner.tokens(of: "Kronprins Frederik kom.")
        var tags: [EntityTag] = [.beginPerson, .insidePerson, .outside, .outside]
        TaggedNameFinder.leaveOutTitles(&tags, tokens: tokens, language: .danish, gazetteer: gazetteer)
        #expect(tags == [.outside, .beginPerson, .outside, .outside])
        var acronym: [EntityTag] = [.beginPerson, .insidePerson, .outside, .outside]
        TaggedNameFinder.leaveOutTitles(&acronym, tokens: scanner.tokens(of: "DR Jensen kom."), language: .danish,
                                        gazetteer: gazetteer)
        #expect(acronym == [.beginPerson, .insidePerson, .outside, .outside])
        let company = try Seeds.mentions("Aktierne i Royal Copenhagen A/S steg i går.", .danish)
        let name = try #require(company.first { $0.text.hasPrefix("Royal") })
        #expect(name.text == "Royal Copenhagen A/S" && name.baseForm == "Royal Copenhagen")
    }

    @Test func aNationalityWordInsideANameIsNotACountry() throws {
        let mentions = try Seeds.mentions("She gave money to the American Heart Association in Dallas.", .english)
        #expect(!mentions.contains { $0.form == .demonym })
    }

    @Test func nordicNamesShareOneKeyAcrossLanguages() throws {
        let danish = try Seeds.mentions("Broen over Storebælt forbinder Fyn og Sjælland, og Venstre er glad.", .danish)
        let english = try Seeds.mentions("The bridge links Funen and Zealand, and the Liberal Party is pleased.", .english)
        let keys = Set(english.map(\.key))
        for name in ["Fyn", "Sjælland", "Venstre"] {
            let mention = try #require(danish.first { $0.text == name })
            #expect(keys.contains(mention.key), "\(name): \(mention.key)")
        }
    }

    @Test func aCityKeepsOneKeyAcrossItsVariantNames() throws {
        let gazetteer = try #require(Seeds.gazetteer)
        let german = gazetteer.place(named: "Kopenhagen", in: .english)?.key
        #expect(german != nil && german == gazetteer.place(named: "Copenhagen", in: .english)?.key)
    }

    /// Issue 16: one very long capitalised word and one very long run of capitalised words are read in time
    /// linear in their length (were 7.7 s and 16 s): four times the input must not take sixteen times as long.
    @Test func longCapitalisedInputsTakeLinearTime() throws {
        let word = "A" + String(repeating: "b", count: 10_000)
        #expect(try Seeds.mentions("Han så \(word) i går.", .danish).count <= 1)
        #expect(try Seeds.mentions(Array(repeating: "Abc", count: 5_000).joined(separator: " ") + ".", .english).count == 1)
        func seconds(_ words: Int) -> Double {
            let name = Array(repeating: "Abc", count: words).joined(separator: " ")
            let mention = EntityMention(text: name, range: 0..<name.utf8.count, kind: .person, baseForm: name,
                                        key: "name:x")
            let lone = EntityMention(text: "Abc", range: 0..<3, kind: .person, baseForm: "Abc", key: "name:abc")
            var best = Double.infinity
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = PartialNameResolver.resolve([mention, lone])
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return best
        }
        let small = seconds(10_000), large = seconds(40_000)
        #expect(large < small * 10, "10,000 words \(small) s, 40,000 words \(large) s")
        let gazetteer = try #require(Seeds.gazetteer)
        func cueSeconds(_ letters: Int) -> Double {
            let long = "A" + String(repeating: "b", count: letters)
            var best = Double.infinity
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = gazetteer.headCues(of: long, in: .danish)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return best
        }
        let shortWord = cueSeconds(10_000), longWord = cueSeconds(40_000)
        #expect(longWord < shortWord * 10 + 0.005, "10,000 letters \(shortWord) s, 40,000 letters \(longWord) s")
    }
}
