import Testing
import TolkTestSupport
import TolkText
@testable import TolkEvents
@testable import TolkMatch

/// Story threads and the card's who and where, on two short articles written for this test: a Danish one of
/// May 2024 that retells, as background, what an English one of February 2021 reported as news.
@Suite struct StoryThreadTests {
    static let later = """
        date 2024-05-14 Havnebadet i Vejle åbner igen i dag efter tre års ombygning.

        Byrådet i Vejle lukkede badet i februar 2021, da der blev fundet bakterier i vandet.

        Ombygningen har kostet 40 millioner kroner, oplyser borgmester Jens Ole Hansen.

        Foto: Karen Holm/Ritzau Scanpix
        """

    static let earlier = """
        date 2021-02-10 The council in the Danish town of Vejle closed its harbour bath on Tuesday after bacteria were found in the water.

        Mayor Jens Ole Hansen said the bath would stay closed until the water was clean.

        Swimmers from Fredericia and from Germany had used the bath all winter.
        """

    /// The analysis of the two articles with statements matched by hand (sentence indices).
    static func analysis(_ source: String, _ target: String, matches: [(Int, Int)]) throws -> PairAnalysis {
        let sourceDocument = ComparableDocument(id: "da", text: source, language: .danish,
                                                sentences: try Segmenter(language: .danish).segment(source).sentences)
        let targetDocument = ComparableDocument(id: "en", text: target, language: .english,
                                                sentences: try Segmenter(language: .english).segment(target).sentences)
        let statements = matches.map { s, t in
            StatementMatch(sourceSentences: [s], targetSentences: [t], score: 0.9, logOdds: 2,
                           sourceRange: sourceDocument.sentences[s].range, targetRange: targetDocument.sentences[t].range)
        }
        let usedSource = Set(matches.map(\.0)), usedTarget = Set(matches.map(\.1))
        let pair = MatchedPair(
            pair: DocumentPair(source: 0, target: 0, score: 0.5), source: sourceDocument, target: targetDocument,
            statements: StatementMatching(
                matches: statements, onlyInSource: sourceDocument.sentences.indices.filter { !usedSource.contains($0) },
                onlyInTarget: targetDocument.sentences.indices.filter { !usedTarget.contains($0) },
                sourceFurniture: [3: "photo-credit"]))
        guard let gazetteer = Seeds.gazetteer else { throw SeedError.noGazetteer }
        return try PairAnalyzer(gazetteer: gazetteer).analyze(pair)
    }

    @Test func theLaterArticleRetellsTheEarlierAsBackground() throws {
        // Matched: the Danish background sentence with the English lead, and the mayor's lines.
        let card = try Self.analysis(Self.later, Self.earlier, matches: [(1, 0), (2, 1)]).card
        #expect(card.sourceStory.date == "2024-05-14")
        #expect(card.targetStory.date == "2021-02-09")
        let thread = try #require(card.thread)
        #expect(thread.later == .source)
        #expect(thread.daysApart == 1190)
        #expect(thread.background.map(\.source.sentences) == [[1], [2]])
        #expect(thread.background.first?.date == "2021-02")
        #expect(thread.background.last?.date == nil)
    }

    @Test func theLaterLeadIsNoBackground() throws {
        let card = try Self.analysis(Self.later, Self.earlier, matches: [(0, 0), (1, 1)]).card
        let thread = try #require(card.thread)
        #expect(thread.background.map(\.source.sentences) == [[1]])
    }

    @Test func oneMomentIsNoThread() throws {
        let sameWeek = Self.earlier.replacingOccurrences(of: "date 2021-02-10", with: "date 2024-05-14")
        let card = try Self.analysis(Self.later, sameWeek, matches: [(1, 0)]).card
        #expect(card.thread == nil)
    }

    @Test func whoAndWhereAreCleanNames() throws {
        let card = try Self.analysis(Self.later, Self.earlier, matches: [(1, 0), (2, 1)]).card
        let who = card.who.shared + card.who.onlySource + card.who.onlyTarget
        let places = card.places.shared + card.places.onlySource + card.places.onlyTarget
        // The photo credit's name is no one of the story; the mayor is named once, without his title.
        #expect(!who.contains { $0.contains("Karen Holm") }, "\(who)")
        #expect(!who.contains { $0.hasPrefix("Mayor") }, "\(who)")
        #expect(who.filter { $0.contains("Jens Ole Hansen") }.count == 1, "\(who)")
        #expect(places.contains { $0.contains("Vejle") }, "\(places)")
        // "Danish" (a nationality word) is no place of the event; names start with a capital.
        #expect(!places.contains("Danish"), "\(places)")
        for name in who + places { #expect(name.first?.isUppercase == true, "\(name)") }
    }

    @Test func aDatelineNamesNoOneOfTheStory() throws {
        let wired = Self.earlier.replacingOccurrences(
            of: "date 2021-02-10 The council", with: "date 2021-02-10 AARHUS (Reuters) - The council")
        let card = try Self.analysis(Self.later, wired, matches: [(1, 0), (2, 1)]).card
        let names = card.who.onlyTarget + card.places.onlyTarget
        // Where the story was filed and by whom is no name of the event; the names of its prose stay.
        #expect(!names.contains { $0.contains("AARHUS") || $0.contains("Reuters") }, "\(names)")
        #expect(names.contains { $0.contains("Fredericia") }, "\(names)")
        #expect(CardNames.datelineLength("COPENHAGEN (Reuters) - Police said") == "COPENHAGEN (Reuters) -".utf8.count)
        #expect(CardNames.datelineLength("Police in Copenhagen said - on Monday") == 0)
    }

    @Test func partsOfLongerNames() {
        #expect(CardNames.isPart("Rubio", of: "Marco Rubio"))
        #expect(CardNames.isPart("NBC", of: "NBC News"))
        #expect(CardNames.isPart("Stoejberg", of: "Inger Stoejberg"))
        #expect(!CardNames.isPart("Rubio", of: "Marco Rubio Jr"))
        #expect(!CardNames.isPart("Marco Rubio", of: "Marco Rubio"))
        #expect(!CardNames.isPart("Poul", of: "Poul-Erik Høyer"))
    }
}
