import Foundation
import Testing
import TolkAlign
import TolkText
@testable import TolkMatch

/// Partial statements (``StatementMatching/partial``): sentences of independently written reports that share one
/// fact while each mainly says something else, on a ferry strike story the team wrote for these tests, with the
/// statement model's judgments set by hand so that each rule is tested apart from the model's weights.
@Suite struct PartialStatementTests: HandJudged {
    /// A made-up Danish report of a ferry strike. Sentence 2 tells the island's population and that its people
    /// live off tourists.
    static let danish = [
        "Færgestrejke lammer trafikken til Bornholm",
        "Ansatte på Bornholmslinjen nedlagde tirsdag arbejdet i protest mod nye vagtplaner.",
        "Øen har 40.000 indbyggere, og mange af dem lever af turisterne om sommeren.",
        "Forhandlingerne genoptages onsdag i København.",
        "Trafikstyrelsen følger sagen tæt.",
    ]

    /// A made-up English report of the same strike. Sentence 2 shares the population (one fact) and mainly tells
    /// of a vote for an airport.
    static let english = [
        "Strike halts Bornholm island ferries",
        "Ferry workers on the Bornholm route walked out on Tuesday over new rosters.",
        "The island's 40,000 residents voted last year for a new airport to cut travel times.",
        "Talks will resume on Wednesday in Copenhagen.",
        "Denmark's transport agency is monitoring the situation.",
    ]

    /// The strike and the talks are the same statements on both sides.
    static let kept = [single(1, 1), single(3, 3)]

    static func partial(_ matcher: StatementMatcher, _ judged: StatementMatcher.Judgments,
                        source: [String] = danish, target: [String] = english) -> [[Int]] {
        matcher.partialStatements(kept, judged: judged, source: matcher.sourceEvidence(source),
                                  target: matcher.targetEvidence(target))
            .map { [$0.source.lowerBound, $0.target.lowerBound] }
    }

    @Test func sentencesSharingANumberAtTheSamePlaceAreAPartialStatement() throws {
        let matcher = try Self.lexiconMatcher()
        // (2, 2): unsure for a statement (0.25), but each other's best counterpart, at the same place, and both
        // state the 40,000. (1, 3) and (3, 1): both sentences are in statements already. (4, 4): no shared
        // number, and they are no headlines.
        let judged = Self.judged([(1, 1, 0.9), (1, 3, 0.4), (2, 2, 0.25), (3, 1, 0.3), (3, 3, 0.9), (4, 4, 0.3)])
        #expect(Self.partial(matcher, judged) == [[2, 2]])
    }

    @Test func theTwoHeadlinesOfOneEventShareItsFact() throws {
        let matcher = try Self.lexiconMatcher()
        #expect(Self.partial(matcher, Self.judged([(0, 0, 0.2), (1, 1, 0.9), (3, 3, 0.9)])) == [[0, 0]])
    }

    @Test func aPartialStatementNeedsProbabilityABestRivalAndTheSamePlace() throws {
        let matcher = try Self.lexiconMatcher()
        // Below minimumPartialProbability (0.05).
        #expect(Self.partial(matcher, Self.judged([(2, 2, 0.03)])).isEmpty)
        // The best of one of its open sentences is enough: Danish 4 is the English sentence's best rival, but
        // (2, 2) is the Danish sentence's best.
        #expect(Self.partial(matcher, Self.judged([(2, 2, 0.25), (4, 2, 0.3)])) == [[2, 2]])
        // More probable rivals on both sides (which share no number with the other sentence).
        #expect(Self.partial(matcher, Self.judged([(2, 2, 0.25), (4, 2, 0.3), (2, 4, 0.3)])).isEmpty)
        // Far apart: the Danish sentence moved to the end of a longer report.
        let longer = Array(Self.danish.prefix(2)) + Self.danish.suffix(2) + [
            "Rederiet venter at kunne sejle igen i weekenden.",
            "Fagforeningen vil holde møde med medlemmerne torsdag.",
            Self.danish[2],
        ]
        #expect(Self.partial(matcher, Self.judged([(6, 2, 0.25)]), source: longer).isEmpty)
        // A document of two sentences has none.
        #expect(Self.partial(matcher, Self.judged([(0, 0, 0.2)]), target: Array(Self.english.prefix(2))).isEmpty)
        // The settings move the decision.
        let lenient = try Self.lexiconMatcher { $0.minimumPartialProbability = 0.02 }
        #expect(Self.partial(lenient, Self.judged([(2, 2, 0.03)])) == [[2, 2]])
    }

    @Test func aSharedNumberMustHaveTheSameValueInDigits() throws {
        let matcher = try Self.lexiconMatcher()
        func exact(_ source: String, _ target: String) -> Bool {
            StatementMatcher.exactNumber(matcher.sourceEvidence([source])[0].content,
                                         matcher.targetEvidence([target])[0].content)
        }
        #expect(exact("Øen har 40.000 indbyggere.", "The island has 40,000 residents."))
        #expect(exact("Broen åbnede i 1997 efter fire års arbejde.", "The bridge opened in 1997."))
        // 1997 and 2022 meet only rounded to two significant digits; "to" and "two" are number words.
        #expect(!exact("Broen åbnede i 1997 efter fire års arbejde.", "The bridge was repaired in 2022."))
        #expect(!exact("To mænd blev anholdt.", "Police arrested two men."))
    }

    @Test func thePartialSettingsAreChecked() {
        var options = MatchOptions()
        options.minimumPartialProbability = 0
        #expect(throws: AlignmentError.self) { try options.validate() }
        options = MatchOptions()
        options.maximumPartialPositionGap = 1.5
        #expect(throws: AlignmentError.self) { try options.validate() }
        options = MatchOptions()
        options.minimumPartialDocumentSentences = 0
        #expect(throws: AlignmentError.self) { try options.validate() }
    }

    @Test func aSentenceOnlyInPartialStatementsIsNoLongerOneSidedButStaysUnmatched() {
        let partial = StatementMatch(sourceSentences: [2], targetSentences: [2], score: 0.25, logOdds: 0,
                                     isParaphrase: true, sourceRange: 0..<1, targetRange: 0..<1)
        let other = StatementMatch(sourceSentences: [1], targetSentences: [4], score: 0.2, logOdds: 0,
                                   isParaphrase: true, sourceRange: 0..<1, targetRange: 0..<1)
        let same = StatementMatch(sourceSentences: [1], targetSentences: [1], score: 0.9, logOdds: 2,
                                  sourceRange: 0..<1, targetRange: 0..<1)
        let matching = StatementMatching(matches: [same], onlyInSource: [0, 3], onlyInTarget: [0, 3],
                                         partial: [partial, other])
        // What reads the matches alone (event grouping) sees every sentence in no match, as before.
        #expect(matching.unmatchedSource == [0, 2, 3])
        #expect(matching.unmatchedTarget == [0, 2, 3, 4])
        #expect(StatementMatching(matches: [same], onlyInSource: [0], onlyInTarget: [2]).unmatchedTarget == [2])
    }
}
