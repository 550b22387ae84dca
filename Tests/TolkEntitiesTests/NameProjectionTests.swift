import Testing
import TolkTestSupport
import TolkText
@testable import TolkEntities

/// Names found in one document of a pair through the other document's spelling, and names as a reader sees
/// them (titles that belong to a known name, an English article, hyphenated first names). Texts written for
/// these tests.
@Suite struct NameProjectionTests {
    static func side(_ text: String, _ language: LanguageCode, mentions: [EntityMention]? = nil) throws
        -> NameProjection.Side
    {
        guard let gazetteer = Seeds.gazetteer else { throw SeedError.noGazetteer }
        let recognizer = try EntityRecognizer(language: language, gazetteer: gazetteer)
        let tokens = recognizer.tokens(of: text)
        return NameProjection.Side(mentions: mentions ?? recognizer.mentions(in: text, tokens: tokens),
                                   tokens: tokens, bytes: Array(text.utf8), language: language)
    }

    static func name(_ text: String, kind: EntityKind, at start: Int = 0, key: String? = nil) -> EntityMention {
        EntityMention(text: text, range: start..<(start + text.utf8.count), kind: kind, baseForm: text,
                      key: key ?? "name:\(NameFolding.key(text))")
    }

    static func project(_ source: NameProjection.Side, _ target: NameProjection.Side) throws -> NameProjection.Result {
        guard let gazetteer = Seeds.gazetteer else { throw SeedError.noGazetteer }
        return NameProjection.project(source: source, target: target, gazetteer: gazetteer)
    }

    @Test func aNameTheOtherTextSpellsIsFoundThere() throws {
        let target = "She became Countess of Rosenholm in 2008."
        let result = try Self.project(
            Self.side("Grevinde af Rosenholm", .danish, mentions: [Self.name("Rosenholm", kind: .person, at: 12)]),
            Self.side(target, .english, mentions: []))
        let found = try #require(result.target.first)
        #expect(found.key == "name:rosenholm" && found.kind == .person)
        #expect(Seeds.slice(target, found.range) == "Rosenholm")
        #expect(result.evidence["name:rosenholm"] == "spelled in both texts")
    }

    @Test func foldedLettersAndGenitivesFindTheName() throws {
        let source = "Koncerten i Kødbyens hal blev aflyst. Kødbyen ligger på Vesterbro."
        let result = try Self.project(
            Self.side(source, .danish, mentions: []),
            Self.side("A concert in the Kodbyen district.", .english,
                      mentions: [Self.name("Kodbyen", kind: .place, at: 17)]))
        #expect(result.source.map(\.text) == ["Kødbyens", "Kødbyen"])
        #expect(result.source.map(\.baseForm) == ["Kødbyen", "Kødbyen"])
        #expect(result.source.allSatisfy { $0.key == "name:kodbyen" })
    }

    /// Neither recognizer found the name; the Danish text writes it as one word, the English as two.
    @Test func aClosedCompoundNeitherSideFoundIsSharedWithTheOpenOne() throws {
        let source = "I weekenden åbnede Tivoliparken for publikum."
        let target = "At the weekend, Tivoli Park opened to the public."
        let result = try Self.project(Self.side(source, .danish, mentions: []), Self.side(target, .english, mentions: []))
        #expect(result.source.map(\.text) == ["Tivoliparken"] && result.target.map(\.text) == ["Tivoli Park"])
        #expect(result.source.first?.key == "name:tivoli park" && result.target.first?.key == "name:tivoli park")
        #expect(result.evidence["name:tivoli park"] == "compound spelling")
        // Opening a sentence, the word may be capitalised for its position alone: not taken.
        let opening = try Self.project(Self.side("Tivoliparken åbnede i weekenden.", .danish, mentions: []),
                                       Self.side(target, .english, mentions: []))
        #expect(opening.source.isEmpty && opening.target.isEmpty)
    }

    @Test func aClosedCompoundFindsTheOpenOne() throws {
        let target = "Thousands rode the new Metro Ring on Sunday."
        let result = try Self.project(
            Self.side("Metroringen åbnede søndag.", .danish, mentions: [Self.name("Metroringen", kind: .place)]),
            Self.side(target, .english, mentions: []))
        let found = try #require(result.target.first)
        #expect(Seeds.slice(target, found.range) == "Metro Ring" && found.key == "name:metroringen")
        #expect(result.evidence["name:metroringen"] == "compound spelling")
        // And the other way round.
        let back = try Self.project(
            Self.side("Metroringen åbnede søndag.", .danish, mentions: []),
            Self.side(target, .english, mentions: [Self.name("Metro Ring", kind: .place, at: 23)]))
        #expect(back.source.map(\.text) == ["Metroringen"])
    }

    @Test func wordsTheTextWritesInLowerCaseOrCommonWordsAreNotNames() throws {
        let result = try Self.project(
            Self.side("Omikron-varianten fylder mindre nu. Men omikron er her stadig. Store butikker holder åbent.", .danish,
                      mentions: []),
            Self.side("Omikron Store", .english,
                      mentions: [Self.name("Omikron", kind: .person), Self.name("Store", kind: .organisation, at: 8)]))
        #expect(result.source.isEmpty)
    }

    @Test func aLongerNameReplacesAnUnlinkedPartButNotALinkedOne() throws {
        let source = "Den ungarske Simone Varga vandt."
        let start = try #require(Array(source.utf8).firstRange(of: Array("Varga".utf8))).lowerBound
        let halep = Self.name("Varga", kind: .place, at: start, key: "geo:1000")
        let result = try Self.project(
            Self.side(source, .danish, mentions: [halep]),
            Self.side("Simone Varga won.", .english, mentions: [Self.name("Simone Varga", kind: .person)]))
        #expect(result.source.map(\.text) == ["Simone Varga"])
        #expect(result.source.first?.key == "name:simone varga")
        // When "Varga" already links to something on the other side, it stays as it is.
        let kept = try Self.project(
            Self.side(source, .danish, mentions: [halep]),
            Self.side("Simone Varga won. Varga", .english,
                      mentions: [Self.name("Simone Varga", kind: .person),
                                 Self.name("Varga", kind: .place, at: 18, key: "geo:1000")]))
        #expect(kept.source == [halep])
    }

    @Test func aTitleThatBelongsToAKnownNameLinksIt() throws {
        let source = try Seeds.mentions("Dronning Margrethe åbnede udstillingen i går.", .danish)
        let target = try Seeds.mentions("Queen Margrethe II opened the exhibition.", .english)
        let links = EntityLinker().links(source: source, sourceLanguage: .danish, target: target,
                                         targetLanguage: .english)
        #expect(links.count == 1 && links.first?.kind == .person)
        #expect(links.first?.sourceMentions.map(\.text) == ["Margrethe"])
        // A crown prince is not the earlier king of the same name.
        let prince = try Seeds.mentions("Senere talte kronprins Frederik med pressen om kong Frederik IX.", .danish)
        let keys = prince.filter { $0.text.hasPrefix("Frederik") }.map(\.key)
        #expect(keys.count == 2 && keys[0] != keys[1])
        let english = try Seeds.mentions("Later, Crown Prince Frederick spoke.", .english)
        #expect(english.first { $0.text.contains("Frederick") }?.key == keys.first)
    }

    @Test func anEnglishArticleBeforeAKnownNameIsNotPartOfIt() throws {
        let mentions = try Seeds.mentions("The Court of Impeachment met on Monday.", .english)
        #expect(mentions.contains { $0.key == "known:rigsretten" })
        #expect(EntityRecognizer.withoutLeadingArticle("The Court of Impeachment") == "Court of Impeachment")
        #expect(EntityRecognizer.withoutLeadingArticle("The") == nil)
        #expect(EntityRecognizer.withoutLeadingArticle("the guardians") == nil)
    }

    @Test func namesJoinedByAHyphenAreOneName() throws {
        let text = "Jens-Ole Bak-Hansen won"
        let tokens = try WordScanner(language: .english).tokens(of: text)
        let spans: [(range: Range<Int>, kind: EntityKind)] = [(0..<1, .person), (2..<(tokens.count - 1), .person)]
        let joined = TaggedNameFinder.hyphenJoined(spans, tokens: tokens)
        #expect(joined.count == 1 && joined.first?.range == 0..<(tokens.count - 1))
        let spaced = try WordScanner(language: .english).tokens(of: "Jens - Ole won")
        #expect(TaggedNameFinder.hyphenJoined([(0..<1, .person), (2..<3, .person)], tokens: spaced).count == 2)
    }

    @Test func aKnownAbbreviationInsideALongerNameIsNotThatName() throws {
        let mentions = try Seeds.mentions("- A.P. Møller - Mærsk melder om fremgang i kvartalet.", .danish)
        #expect(!mentions.contains { $0.key == "known:associated press" })
    }
}

@Suite struct SharedNameRunTests {
    @Test func aNameNeitherSideFoundButBothWriteIsLinked() throws {
        guard let gazetteer = Seeds.gazetteer else { throw SeedError.noGazetteer }
        let source = "Selskabet trækker sig fra projektet Nordlys Vind 2 i år."
        let target = "The company leaves the Nordlys Vind 2 project this year."
        let result = NameProjection.project(
            source: try NameProjectionTests.side(source, .danish, mentions: []),
            target: try NameProjectionTests.side(target, .english, mentions: []), gazetteer: gazetteer)
        #expect(result.source.map(\.text) == ["Nordlys Vind 2"] && result.target.map(\.text) == ["Nordlys Vind 2"])
        #expect(result.source.first?.key == "name:nordlys vind 2" && result.source.first?.kind == .organisation)
        #expect(result.evidence["name:nordlys vind 2"] == "spelled in both texts")
        // A run on one side only, or a run opening a sentence, is no name.
        let apart = NameProjection.project(
            source: try NameProjectionTests.side("Nordlys Vind 2 er færdigt. Vi så Søren Holm.", .danish, mentions: []),
            target: try NameProjectionTests.side("Nordlys Vind 2 is done. We saw Karen Holm.", .english, mentions: []),
            gazetteer: gazetteer)
        #expect(apart.source.isEmpty && apart.target.isEmpty)
    }
}
