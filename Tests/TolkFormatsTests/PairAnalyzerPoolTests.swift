import Foundation
import Testing
import TolkEntities
import TolkEvents
import TolkLexicon
import TolkMatch
import TolkText
@testable import TolkFormats

/// A run's analyzers are kept across the batches of a writer (``PairAnalyzerPool``): the analyses, and so the
/// JSON, are those of fresh analyzers, whichever thread and batch took which pair.
@Suite struct PairAnalyzerPoolTests {
    @Test func pooledAnalyzersAnalyseAsFreshOnes() throws {
        let source = try String(contentsOf: MatchHTMLWriterTests.repository.appendingPathComponent(
            "samples/2019-07-assange-embassy-russians.da.txt"), encoding: .utf8)
        let target = try String(contentsOf: MatchHTMLWriterTests.repository.appendingPathComponent(
            "samples/nbc-2016-10-assange-ecuador.en.txt"), encoding: .utf8)
        let one = try MatchHTMLWriterTests.pair(source: source, target: target)
        let pair = try #require(one.pairs.first)
        // The same pair five times under other ids, the second and fourth with their sides' texts cut short.
        let pairs = (0..<5).map { number in
            let cut = number % 2 == 1
            let sourceText = cut ? String(source.prefix(600)) : source
            let targetText = cut ? String(target.prefix(900)) : target
            return MatchedPair(
                pair: pair.pair,
                source: ComparableDocument(id: "a\(number).da.txt", text: sourceText, language: .danish,
                                           sentences: pair.source.sentences.filter { $0.range.upperBound <= sourceText.utf8.count }),
                target: ComparableDocument(id: "b\(number).en.txt", text: targetText, language: .english,
                                           sentences: pair.target.sentences.filter { $0.range.upperBound <= targetText.utf8.count }),
                statements: StatementMatching(matches: [], onlyInSource: [], onlyInTarget: []))
        }
        let result = ComparableMatch(pairs: pairs, unmatchedSources: [], unmatchedTargets: [])
        let gazetteer = try Gazetteer.shipped(languages: [.danish, .english])
        let lexicon = try BilingualLexicon.shippedIfPresent(LanguagePair(.danish, .english))
        let fresh = try MatchAnalyses(result, workers: 1, analyzers: { PairAnalyzer(gazetteer: gazetteer, lexicon: lexicon) })
        let expected = try MatchJSONWriter(annotate: fresh.annotate).json(result)
        let pool = PairAnalyzerPool { PairAnalyzer(gazetteer: gazetteer, lexicon: lexicon) }
        for workers in [1, 2] {
            var text = ""
            try MatchJSONWriter(annotateBatch: { batch in
                try MatchAnalyses(pairs: batch, workers: workers, pool: pool).annotate
            }).write(result, batch: 2) { text += $0 }
            #expect(text == expected)
        }
        #expect(expected.contains("Assange"))
    }
}
