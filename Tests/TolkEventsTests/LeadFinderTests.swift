import Foundation
import Testing
import TolkAlign
import TolkText
@testable import TolkEvents
@testable import TolkMatch

/// The dateline that marks a wire-copy lead, on lines written for this test.
@Suite struct LeadFinderTests {
    func opensWithDateline(_ text: String) throws -> Bool {
        let pattern = try #require(LeadFinder.dateline)
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test func datelines() throws {
        #expect(try opensWithDateline("AARHUS, March 3 — The city council voted to close the harbour bath."))
        #expect(try opensWithDateline("ODENSE (Ritzau) - Byrådet lukker havnebadet."))
        #expect(try opensWithDateline("OSLO/STOCKHOLM, Jan 9 (Reuters) - Two ministers met on Monday."))
        #expect(try opensWithDateline("DANMARK: Byrådet har stemt for at lukke havnebadet."))
        #expect(try opensWithDateline("BERLIN • The parliament passed the law on Friday."))
        #expect(try !opensWithDateline("U.S. officials urged the council to close the harbour bath."))
        #expect(try !opensWithDateline("The council said: we close the harbour bath."))
        #expect(try !opensWithDateline("EU-landene blev enige om aftalen i nat."))
    }
}

/// The lead rules on short articles written for this test: the article starts at its headline, and lines
/// without a sentence end, quotations, pronoun or connective openers and lines introducing a quote are no lead.
@Suite struct LeadRuleTests {
    static func document(_ text: String, _ language: LanguageCode) throws -> ComparableDocument {
        ComparableDocument(id: language.rawValue, text: text, language: language,
                           sentences: try Segmenter(language: language).segment(text).sentences)
    }

    /// The lead sentences' text of a pair of `source` and `target` whose statements `matches` pairs (sentence
    /// indices).
    static func leads(_ source: String, _ target: String, matches: [(Int, Int)] = []) throws -> (String, String) {
        try leads(source, target, scored: matches.map { ($0.0, $0.1, 0.9) })
    }

    /// ``leads(_:_:matches:)`` with each statement's score.
    static func leads(_ source: String, _ target: String, scored matches: [(Int, Int, Double)]) throws
        -> (String, String)
    {
        let sourceDocument = try document(source, .danish), targetDocument = try document(target, .english)
        let statements = matches.map { s, t, score in
            StatementMatch(sourceSentences: [s], targetSentences: [t], score: score, logOdds: 2,
                           sourceRange: sourceDocument.sentences[s].range, targetRange: targetDocument.sentences[t].range)
        }
        let pair = MatchedPair(
            pair: DocumentPair(source: 0, target: 0, score: 0.5), source: sourceDocument, target: targetDocument,
            statements: StatementMatching(matches: statements, onlyInSource: [], onlyInTarget: []))
        let finder = LeadFinder(pair: pair, sourceOpeners: try LeadOpeners.shipped(language: .danish),
                                targetOpeners: try LeadOpeners.shipped(language: .english))
        let found = finder.leads()
        func text(_ indices: [Int], _ document: ComparableDocument) -> String {
            indices.map { document.sentences[$0].text }.joined(separator: " ")
        }
        return (text(found.source, sourceDocument), text(found.target, targetDocument))
    }

    static let danish = """
        Hvis planen holder, kan badet åbne igen til sommer. Det mener borgmesteren.

        Byrådet i Vejle lukker havnebadet efter fund af bakterier

        Han siger, at beslutningen var svær for hele byrådet.

        Byrådet i Vejle har tirsdag besluttet at lukke havnebadet resten af sæsonen.

        - Vi tager ingen chancer med børnenes helbred, siger borgmesteren.
        """

    static let english = """
        Vejle closes its harbour bath after bacteria found

        By a staff writer

        It came after three weeks of tests in the harbour water.

        However, the council said the bath may open again next summer.

        The council in the Danish town of Vejle voted on Tuesday to close its harbour bath for the season.
        """

    @Test func leadIsTheFirstBodySentenceAfterTheHeadline() throws {
        let (source, target) = try Self.leads(Self.danish, Self.english)
        #expect(source == "Byrådet i Vejle har tirsdag besluttet at lukke havnebadet resten af sæsonen.")
        #expect(target == "The council in the Danish town of Vejle voted on Tuesday to close its harbour bath for the season.")
    }

    @Test func aQuoteIntroductionIsNoLead() throws {
        let text = """
            Statsministeren holdt pressemøde i aften og sagde blandt andet det her om planen:

            Regeringen lukker alle skoler i to uger fra på mandag for at bremse smitten.
            """
        let (source, _) = try Self.leads(text, Self.english)
        #expect(source == "Regeringen lukker alle skoler i to uger fra på mandag for at bremse smitten.")
    }

    @Test func bothSidesStatingTheSameEventWins() throws {
        // The English side's first candidate is not what the Danish lead states; its second is, so it leads.
        let target = """
            Vejle closes its harbour bath after bacteria found

            Swimmers in the town had complained about the water for weeks before the tests were made.

            The council in the Danish town of Vejle voted on Tuesday to close its harbour bath for the season.
            """
        let sourceDocument = try Self.document(Self.danish, .danish), targetDocument = try Self.document(target, .english)
        let s = try #require(sourceDocument.sentences.firstIndex { $0.text.hasPrefix("Byrådet i Vejle har") })
        let t = try #require(targetDocument.sentences.firstIndex { $0.text.hasPrefix("The council") })
        let (_, unmatched) = try Self.leads(Self.danish, target)
        #expect(unmatched.hasPrefix("Swimmers in the town"))
        let (_, matched) = try Self.leads(Self.danish, target, matches: [(s, t)])
        #expect(matched.hasPrefix("The council in the Danish town"))
    }

    @Test func onlyASureStatementOfTheLeadMovesTheOtherSidesLead() throws {
        // As above, but the statement joining the Danish lead to the English second candidate is unsure, or the
        // Danish lead's strongest counterpart is another English sentence (here one after the candidates):
        // position decides, as without it.
        let target = """
            Vejle closes its harbour bath after bacteria found

            Swimmers in the town had complained about the water for weeks before the tests were made.

            The council in the Danish town of Vejle voted on Tuesday to close its harbour bath for the season.

            Tests showed high levels of bacteria in the water last week.

            The council in Vejle decided on Tuesday that the harbour bath stays closed for the rest of the season.
            """
        let sourceDocument = try Self.document(Self.danish, .danish), targetDocument = try Self.document(target, .english)
        let s = try #require(sourceDocument.sentences.firstIndex { $0.text.hasPrefix("Byrådet i Vejle har") })
        let t = try #require(targetDocument.sentences.firstIndex { $0.text.hasPrefix("The council in the Danish") })
        let later = try #require(targetDocument.sentences.firstIndex { $0.text.hasPrefix("The council in Vejle") })
        let (_, unsure) = try Self.leads(Self.danish, target, scored: [(s, t, 0.6)])
        #expect(unsure.hasPrefix("Swimmers in the town"))
        let (_, elsewhere) = try Self.leads(Self.danish, target, scored: [(s, t, 0.92), (s, later, 0.99)])
        #expect(elsewhere.hasPrefix("Swimmers in the town"))
        let (_, sure) = try Self.leads(Self.danish, target, scored: [(s, t, 0.95), (s, later, 0.6)])
        #expect(sure.hasPrefix("The council in the Danish town"))
    }

    @Test func aDatelineLeadStays() throws {
        let target = """
            VEJLE, June 3 (Reuters) - Swimmers in the Danish town had complained about the water for weeks.

            The council in the Danish town of Vejle voted on Tuesday to close its harbour bath for the season.
            """
        let sourceDocument = try Self.document(Self.danish, .danish), targetDocument = try Self.document(target, .english)
        let s = try #require(sourceDocument.sentences.firstIndex { $0.text.hasPrefix("Byrådet i Vejle har") })
        let t = try #require(targetDocument.sentences.firstIndex { $0.text.hasPrefix("The council") })
        let (source, lead) = try Self.leads(Self.danish, target, matches: [(s, t)])
        #expect(lead.hasPrefix("VEJLE, June 3"))
        // The source moves instead only when it has a candidate the target's lead matches: here it keeps its own.
        #expect(source.hasPrefix("Byrådet i Vejle har"))
    }

    @Test func openersAreReadFromTheTable() throws {
        let danish = try LeadOpeners.shipped(language: .danish), english = try LeadOpeners.shipped(language: .english)
        #expect(danish.opens("Sådan indleder statsministeren pressemødet."))
        #expect(danish.opens("Men byrådet er uenigt."))
        #expect(!danish.opens("Den danske regering har besluttet at lukke skolerne."))
        #expect(english.opens("However, the council disagreed."))
        #expect(english.opens("They voted against the plan."))
        #expect(!english.opens("The council voted against the plan."))
    }
}

/// A lead cut in two by a name's abbreviation read as a sentence end is reported whole.
@Suite struct LeadFragmentTests {
    @Test func aFragmentLeadKeepsItsStart() throws {
        let text = """
            Det gamle filmselskab har fået en ny ejer

            Warner Bros. er tirsdag blevet solgt til en ny ejer for et beløb, som ingen af parterne vil oplyse.
            """
        // The segmenter reads "Bros." before "er" as a sentence end (a plain word and a full stop, and "Bros." is
        // no Danish abbreviation): the lead's second half opens in lower case.
        let sentences = try LeadRuleTests.document(text, .danish).sentences.map(\.text)
        #expect(sentences.contains { $0.hasPrefix("er tirsdag") }, "\(sentences)")
        let (source, _) = try LeadRuleTests.leads(text, LeadRuleTests.english)
        #expect(source == "Warner Bros. er tirsdag blevet solgt til en ny ejer for et beløb, som ingen af parterne vil oplyse.",
                "\(source)")
    }
}
