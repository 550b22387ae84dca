import Foundation
import Testing
@testable import TolkMatch

/// The coverage test of a shared translation: FLORES translations (Fixtures/) explain most of each other's content
/// words, the next sentence of the same article does not.
@Suite struct TranslationCoverageTests {
    @Test func translationsAreCoveredAndTheNextSentenceIsNot() throws {
        let (source, target, pairs) = try TranslationAgreementTests.floresTranslations()
        let matcher = try ComparableMatchingTests.matcher()
        let sourceEvidence = matcher.statementMatcher.sourceEvidence(source)
        let targetEvidence = matcher.statementMatcher.targetEvidence(target)
        var covered = 0
        var neighbourCovered = 0
        for (s, t) in pairs {
            let coverage = TranslationCoverage.of(source: sourceEvidence[s...s], target: targetEvidence[t...t])
            #expect((0...1).contains(coverage))
            if coverage >= TranslationCoverage.floor { covered += 1 }
            let other = (t + 1) % target.count
            if TranslationCoverage.of(source: sourceEvidence[s...s], target: targetEvidence[other...other])
                >= TranslationCoverage.floor { neighbourCovered += 1 }
        }
        #expect(pairs.count >= 30)
        #expect(Double(covered) >= 0.85 * Double(pairs.count), "\(covered) of \(pairs.count) translations covered")
        #expect(Double(neighbourCovered) <= 0.1 * Double(pairs.count),
                "\(neighbourCovered) of \(pairs.count) next sentences covered")
    }

    @Test func aSentenceCoversItselfAndNothingCoversAnEmptySide() throws {
        let matcher = try ComparableMatchingTests.matcher()
        let sentence = ["Julian Assange søgte tilflugt på ambassaden i 2012."]
        let evidence = matcher.statementMatcher.sourceEvidence(sentence)
        #expect(TranslationCoverage.of(source: evidence[0...0], target: evidence[0...0]) == 1)
        let empty = matcher.statementMatcher.targetEvidence(["..."])
        #expect(TranslationCoverage.of(source: evidence[0...0], target: empty[0...0]) == 0)
        #expect(TranslationCoverage.logRatio(TranslationCoverage.floor) == 0)
    }

    @Test func theLengthRatioIsTheCollectionsWhenThereIsOne() throws {
        let matcher = try ComparableMatchingTests.matcher()
        let source = matcher.statementMatcher.sourceEvidence(["Der blev muligvis også affyret en armbrøst."])
        let target = matcher.statementMatcher.targetEvidence(["A crossbow may also have been fired.",
                                                              "Three men have been arrested after a car was rammed into a house."])
        let own = StatementScorer.lengthRatio(source: source, target: target, background: nil)
        #expect(abs(own - target.reduce(0) { $0 + $1.length } / source[0].length) < 1e-9)
        var sourceRates = KeyRates()
        var targetRates = KeyRates()
        sourceRates.add(source + source)
        targetRates.add(Array(target.prefix(1)) + Array(target.prefix(1)))
        #expect(sourceRates.characters == 2 * source[0].length)
        let collection = StatementScorer.lengthRatio(source: source, target: target,
                                                     background: (sourceRates, targetRates))
        #expect(abs(collection - target[0].length / source[0].length) < 1e-9)
    }

    /// A pair scored as its own background (no rates given) scores every candidate exactly as with the key rates
    /// of its two documents given as the background.
    @Test func theOwnBackgroundIsTheDocumentsKeyRates() throws {
        let matcher = try ComparableMatchingTests.matcher()
        let source = matcher.statementMatcher.sourceEvidence([
            "Tre mænd er anholdt, efter at en bil blev kørt ind i et hus i Ilfracombe.",
            "Politiet i Devon siger, at en armbrøst muligvis også blev affyret.", "Ingen kom alvorligt til skade.",
        ])
        let target = matcher.statementMatcher.targetEvidence([
            "Three men have been arrested after a car was rammed into a house in Ilfracombe.",
            "Devon police say a crossbow may also have been fired.", "Nobody was seriously hurt.",
            "The men are aged 40, 41 and 19.",
        ])
        var sourceRates = KeyRates()
        var targetRates = KeyRates()
        sourceRates.add(source)
        targetRates.add(target)
        let own = StatementScorer(source: source, target: target, background: nil, lengthWeight: 1)
        let given = StatementScorer(source: source, target: target, background: (sourceRates, targetRates),
                                    lengthWeight: 1)
        var compared = 0
        for s in 0..<source.count {
            for t in 0..<target.count {
                for (sourceRange, targetRange) in [(s..<(s + 1), t..<(t + 1)), (s..<min(s + 2, source.count), t..<(t + 1))] {
                    #expect(own.logOdds(source: sourceRange, target: targetRange)
                        == given.logOdds(source: sourceRange, target: targetRange))
                    compared += 1
                }
            }
        }
        #expect(compared == 24)
        #expect(own.sharingPairs().map(\.0) == given.sharingPairs().map(\.0))
    }
}
