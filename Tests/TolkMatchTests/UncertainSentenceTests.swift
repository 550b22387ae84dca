import Foundation
import Testing
import TolkAlign
@testable import TolkMatch

/// Uncertain sentences (``StatementMatching/uncertainSource``): sentences in no statement whose most probable
/// counterpart is likely but below the statement thresholds, listed apart from the one-sided ones. On a harbour
/// fire story the team wrote for these tests, with the statement model's judgments set by hand so that the rule is
/// tested apart from the model's weights.
@Suite struct UncertainSentenceTests: HandJudged {
    /// A made-up Danish report of a harbour fire.
    static let danish = [
        "Brand i pakhus på Aarhus Havn",
        "Et pakhus på Aarhus Havn brød i brand natten til fredag.",
        "Ifølge beredskabet var der ingen mennesker i bygningen.",
        "Havnen var lukket for skibstrafik i fire timer.",
        "Politiet efterforsker brandens årsag.",
        "Pakhuset blev bygget i 1920.",
    ]

    /// A made-up English report of the same fire.
    static let english = [
        "Warehouse fire at Aarhus port",
        "A warehouse at the port of Aarhus caught fire early on Friday.",
        "Firefighters said nobody was inside.",
        "Ships could not enter the harbour for four hours.",
        "The cause of the fire is not yet known.",
        "The city plans new flats on the quay.",
    ]

    static func uncertain(_ matcher: StatementMatcher, _ judged: StatementMatcher.Judgments?,
                          onlySource: [Int] = [2, 3, 4, 5], onlyTarget: [Int] = [2, 3, 4, 5],
                          source: [String] = danish, target: [String] = english)
        -> (source: [UncertainSentence], target: [UncertainSentence])
    {
        matcher.uncertain(onlySource: onlySource, onlyTarget: onlyTarget, judged: judged,
                          source: matcher.sourceEvidence(source), target: matcher.targetEvidence(target))
    }

    @Test func aSentenceWithALikelyCounterpartIsUncertainWithThatCounterpart() throws {
        let matcher = try Self.lexiconMatcher()
        // (2, 2) and (3, 3) are likely (0.45, 0.5) but below the statement thresholds; (4, 4) is not likely
        // enough (0.2 < minimumUncertainProbability 0.4); 5 has no candidate on either side.
        let judged = Self.judged([(1, 1, 0.95), (2, 2, 0.45), (3, 3, 0.5), (4, 4, 0.2)])
        let found = Self.uncertain(matcher, judged)
        #expect(found.source.map(\.sentence) == [2, 3])
        #expect(found.source.map(\.counterpart) == [2, 3])
        #expect(zip(found.source.map(\.probability), [0.45, 0.5]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(found.target.map(\.sentence) == [2, 3])
        #expect(found.target.map(\.counterpart) == [2, 3])
    }

    @Test func theMostProbableCounterpartIsTakenAndTiesGoToTheFirst() throws {
        let matcher = try Self.lexiconMatcher()
        // Source 2's candidates: target 2 (0.45) and target 3 (0.5), the more probable; a counterpart that is in a
        // statement already (target 1) counts too, as a sentence may have several counterparts.
        let found = Self.uncertain(matcher, Self.judged([(2, 1, 0.48), (2, 2, 0.45), (2, 3, 0.5)]))
        #expect(found.source.map(\.counterpart) == [3])
        // Target 1 is in a statement: it is not listed, whatever its candidates.
        #expect(found.target.map(\.sentence) == [2, 3])
        // Equally probable: the first by position.
        let tied = Self.uncertain(matcher, Self.judged([(2, 3, 0.5), (2, 4, 0.5)]))
        #expect(tied.source.map(\.counterpart) == [3])
    }

    @Test func anUnsureCounterpartMustStandAtTheSamePlace() throws {
        let matcher = try Self.lexiconMatcher()
        // A Danish sentence at the end of a longer report against the English sentence 2: source 8 of 9 and target
        // 2 of 6 stand far apart (0.89 against 0.33), so 0.5 is not enough; 0.8 (at least confidentProbability,
        // 0.7) is.
        let longer = Self.danish + [
            "Rederierne venter forsinkelser i weekenden.",
            "Borgmesteren takker brandfolkene.",
            Self.danish[3],
        ]
        let far = Self.uncertain(matcher, Self.judged([(8, 2, 0.5)]), onlySource: [8], source: longer)
        #expect(far.source.isEmpty && far.target.isEmpty)
        let sure = Self.uncertain(matcher, Self.judged([(8, 2, 0.8)]), onlySource: [8], source: longer)
        #expect(sure.source.map(\.sentence) == [8])
        #expect(sure.target.map(\.counterpart) == [8])
    }

    @Test func theSettingDecidesAndOneListsNone() throws {
        let judged = Self.judged([(4, 4, 0.2)])
        #expect(Self.uncertain(try Self.lexiconMatcher(), judged).source.isEmpty)
        let lenient = try Self.lexiconMatcher { $0.minimumUncertainProbability = 0.1 }
        #expect(Self.uncertain(lenient, judged).source.map(\.sentence) == [4])
        let none = try Self.lexiconMatcher { $0.minimumUncertainProbability = 1 }
        #expect(Self.uncertain(none, Self.judged([(2, 2, 0.99)])).source.isEmpty)
        // No judgments (a translated pair): none.
        #expect(Self.uncertain(lenient, nil).source.isEmpty)
        var options = MatchOptions()
        options.minimumUncertainProbability = 0
        #expect(throws: AlignmentError.self) { try options.validate() }
        options.minimumUncertainProbability = 1.5
        #expect(throws: AlignmentError.self) { try options.validate() }
    }

    @Test func anUncertainSentenceIsInNoOtherListButStaysUnmatched() {
        let same = StatementMatch(sourceSentences: [1], targetSentences: [1], score: 0.95, logOdds: 2,
                                  isParaphrase: true, sourceRange: 0..<1, targetRange: 0..<1)
        let matching = StatementMatching(
            matches: [same], onlyInSource: [0, 4], onlyInTarget: [0, 5],
            uncertainSource: [UncertainSentence(sentence: 2, counterpart: 2, probability: 0.45)],
            uncertainTarget: [UncertainSentence(sentence: 2, counterpart: 2, probability: 0.45),
                              UncertainSentence(sentence: 3, counterpart: 1, probability: 0.5)])
        // What reads the matches alone (event grouping) sees every sentence in no match.
        #expect(matching.unmatchedSource == [0, 2, 4])
        #expect(matching.unmatchedTarget == [0, 2, 3, 5])
    }

    @Test func translatedPairsListNoUncertainSentence() throws {
        // The FLORES fixture's pairs are translations with sentences left out on either side: a left-out sentence
        // is one side's own, whatever its best candidate, even at the lowest setting.
        let matcher = try Self.lexiconMatcher { $0.minimumUncertainProbability = 0.001 }
        let sources = try ComparableMatchingTests.documents("source.jsonl", language: .danish)
        let targets = try ComparableMatchingTests.documents("target.jsonl", language: .english)
        var translatedWithOneSided = 0
        for key in try ComparableMatchingTests.gold().pairs.sorted() {
            let ids = key.split(separator: " ").map(String.init)
            guard ids.count == 2, let source = sources.first(where: { $0.id == ids[0] }),
                  let target = targets.first(where: { $0.id == ids[1] }) else { continue }
            let matching = matcher.match(source: source, target: target)
            guard !matching.isIndependentlyWritten else { continue }
            #expect(matching.uncertainSource.isEmpty && matching.uncertainTarget.isEmpty, "\(key)")
            if !matching.onlyInSource.isEmpty || !matching.onlyInTarget.isEmpty { translatedWithOneSided += 1 }
        }
        #expect(translatedWithOneSided > 0)
    }
}
