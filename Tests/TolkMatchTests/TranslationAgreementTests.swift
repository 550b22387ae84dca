import Foundation
import Testing
import TolkTestSupport
import TolkText
@testable import TolkAlign
@testable import TolkMatch

/// The translation test that verifies document pairs: real translations (FLORES devtest, Fixtures/) pass it,
/// sentences of two different articles about the same story (the samples/ seed articles) do not.
@Suite struct TranslationAgreementTests {
    static func extractors() throws -> (source: EvidenceExtractor, target: EvidenceExtractor) {
        let lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        return (EvidenceExtractor(side: .source, lexicon: lexicon), EvidenceExtractor(side: .target, lexicon: lexicon))
    }

    /// One-to-one gold beads of the FLORES fixture as (source line, target line).
    static func floresTranslations() throws -> (source: [String], target: [String], pairs: [(Int, Int)]) {
        let flores = try Fixture.flores()
        let pairs: [(Int, Int)] = flores.gold.compactMap { line in
            let sides = line.split(separator: ":", omittingEmptySubsequences: false)
            guard sides.count == 2, let s = Int(sides[0]), let t = Int(sides[1]) else { return nil }
            return (s, t)
        }
        return (flores.source, flores.target, pairs)
    }

    @Test func translationsAgreeAndNeighboursDoNot() throws {
        let (source, target, pairs) = try Self.floresTranslations()
        let extractors = try Self.extractors()
        let sourceEvidence = source.map(extractors.source.evidence(for:))
        let targetEvidence = target.map(extractors.target.evidence(for:))
        var sourceRates = KeyRates()
        var targetRates = KeyRates()
        sourceRates.add(sourceEvidence)
        targetRates.add(targetEvidence)
        let agreement = TranslationAgreement(
            sourceRates: sourceRates, targetRates: targetRates,
            ratio: KeyRates.lengthRatio(source: sourceRates, target: targetRates) ?? 1)
        var agreeing = 0
        var aboveNeighbour = 0
        for (s, t) in pairs {
            let translation = agreement.logOdds(source: sourceEvidence[s...s], target: targetEvidence[t...t])
            if translation > 0 { agreeing += 1 }
            // The next sentence of the same article: same topic, another statement.
            let other = (t + 1) % target.count
            if translation > agreement.logOdds(source: sourceEvidence[s...s], target: targetEvidence[other...other]) {
                aboveNeighbour += 1
            }
        }
        #expect(pairs.count >= 30)
        #expect(Double(agreeing) >= 0.8 * Double(pairs.count), "\(agreeing) of \(pairs.count) translations agree")
        #expect(Double(aboveNeighbour) >= 0.95 * Double(pairs.count),
                "\(aboveNeighbour) of \(pairs.count) translations beat the next sentence")
    }

    @Test func theSeedArticlesShareNoTranslatedStatement() throws {
        // The 2019 Danish article and the 2016 NBC article tell one story (Assange, the embassy, Russia) in their
        // own words: the statement matcher pairs some sentences, but not even one of them is expected to be a
        // translation.
        let seeds = try ComparableMatchingTests.seeds()
        let matcher = try ComparableMatchingTests.matcher()
        let source = matcher.statementMatcher.sourceEvidence(seeds.source.sentences.map(\.text))
        let target = matcher.statementMatcher.targetEvidence(seeds.target.sentences.map(\.text))
        let found = matcher.statementMatcher.match(sourceEvidence: source, targetEvidence: target, rates: nil)
        #expect(!found.matches.isEmpty)
        var sourceRates = KeyRates()
        var targetRates = KeyRates()
        sourceRates.add(source)
        targetRates.add(target)
        let agreement = TranslationAgreement(sourceRates: sourceRates, targetRates: targetRates,
                                             ratio: KeyRates.lengthRatio(source: sourceRates, target: targetRates) ?? 1)
        let shared = ComparableMatcher.sharedTranslations(found.matches, source: source, target: target,
                                                          agreement: agreement)
        #expect(shared < 1, "expected shared translations \(shared)")
    }
}
