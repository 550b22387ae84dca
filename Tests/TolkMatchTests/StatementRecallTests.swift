import Foundation
import Testing
import TolkText
@testable import TolkAlign
@testable import TolkMatch

/// Statement matching inside short documents (the FLORES articles of Fixtures/comparable-flores keep two to
/// five sentences a side): a document of a few sentences must not make every shared key look like chance.
@Suite struct StatementRecallTests {
    /// Gold statements of the fixture's pairs found by the statement matcher given the right document pair,
    /// and the matches that are not gold statements.
    static func recall() throws -> (found: Int, gold: Int, wrong: [String]) {
        let source = try ComparableMatchingTests.documents("source.jsonl", language: .danish)
        let target = try ComparableMatchingTests.documents("target.jsonl", language: .english)
        let gold = try ComparableMatchingTests.gold()
        let matcher = try ComparableMatchingTests.matcher().statementMatcher
        var found = 0
        var total = 0
        var wrong: [String] = []
        for key in gold.pairs.sorted() {
            let ids = key.split(separator: " ").map(String.init)
            guard ids.count == 2, let sourceDocument = source.first(where: { $0.id == ids[0] }),
                  let targetDocument = target.first(where: { $0.id == ids[1] }) else { continue }
            let expected = gold.statements[key] ?? []
            total += expected.count
            for match in matcher.match(source: sourceDocument, target: targetDocument).matches {
                let sourceText = match.sourceSentences.map { sourceDocument.sentences[$0].text }.joined(separator: " ")
                let targetText = match.targetSentences.map { targetDocument.sentences[$0].text }.joined(separator: " ")
                if expected.contains(where: { sourceText.contains($0.0.trimmingCharacters(in: .whitespaces))
                        && targetText.contains($0.1.trimmingCharacters(in: .whitespaces)) }) {
                    found += 1
                } else {
                    wrong.append("\(sourceText) | \(targetText)")
                }
            }
        }
        return (found, total, wrong)
    }

    /// 12 of the 15 gold statements, none wrong (Laplace's rule of succession over the few other sentences,
    /// used before, found 11 and one wrong).
    @Test func shortDocumentsKeepTheirStatements() throws {
        let result = try Self.recall()
        #expect(result.gold > 0)
        #expect(result.wrong.isEmpty, "matched wrongly: \(result.wrong)")
        #expect(result.found >= 12, "found \(result.found) of \(result.gold) gold statements")
    }

    @Test func aKeyChanceShrinksTowardsThePriorInAShortDocument() {
        // One key, shared by source sentence 0 and target sentence 0 only, in documents of three sentences.
        let key = EvidenceKind.number.tag(832)
        let other = EvidenceKind.name.tag(7)
        let source = [SentenceEvidence(length: 40, keys: [key]), SentenceEvidence(length: 40, keys: [other]),
                      SentenceEvidence(length: 40, keys: [])]
        let target = [SentenceEvidence(length: 40, keys: [key]), SentenceEvidence(length: 40, keys: [other]),
                      SentenceEvidence(length: 40, keys: [])]
        let scorer = StatementScorer(source: source, target: target, background: (KeyRates(), KeyRates()),
                                     lengthWeight: 1)
        // Chance of the number elsewhere: (0 + 4 x 0.2) / (2 + 4) = 0.133, so finding it scores
        // ln(0.85 / 0.133) = 1.85 each way; the length terms are 0 for equal lengths.
        let matched = scorer.logOdds(source: 0..<1, target: 0..<1)
        #expect(abs(matched - log(0.85 / (0.8 / 6))) < 1e-9, "log-odds \(matched)")
        // Unrelated sentences: the number is missing in one direction and the other.
        #expect(scorer.logOdds(source: 0..<1, target: 1..<2) < 0)
    }

    /// A document's keys are sorted by merging its sentences' ascending lists: the same as sorting them, for
    /// runs of any length, repeated keys, and lists that are not ascending.
    @Test func mergingTheSentencesListsSortsTheKeys() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        for trial in 0..<200 {
            var values: [UInt64] = []
            for _ in 0..<Int(next(12)) {
                var run = (0..<Int(next(9))).map { _ in next(trial % 2 == 0 ? 40 : 1 << 40) }
                if next(4) != 0 { run.sort() }
                values += run
            }
            #expect(StatementScorer.mergingRuns(values) == values.sorted(), "\(values)")
        }
        let sentences = [SentenceEvidence(length: 10, keys: [3, 9, 12]), SentenceEvidence(length: 10, keys: [1, 9]),
                         SentenceEvidence(length: 10, keys: []), SentenceEvidence(length: 10, keys: [9, 40])]
        let counts = StatementScorer.sortedCounts(sentences)
        #expect(counts.keys == [1, 3, 9, 12, 40])
        #expect(counts.counts == [1, 1, 3, 1, 1])
    }
}
