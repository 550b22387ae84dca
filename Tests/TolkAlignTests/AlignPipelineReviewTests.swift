import Foundation
import Testing
import TolkText
@testable import TolkAlign

@Suite struct AlignPipelineReviewTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The edited FLORES fixture, presegmented, aligned without a lexicon (fast), as `tolk align` prepares it.
    func prepared() throws -> PreparedAlignment {
        var request = AlignmentRequest(source: Self.fixtures.appendingPathComponent("flores-devtest-1-40-edited.da").path,
                                       target: Self.fixtures.appendingPathComponent("flores-devtest-1-40-edited.en").path)
        request.presegmented = true
        request.sourceLanguage = "dan"
        request.targetLanguage = .english
        request.usesLexicon = false
        return try AlignPipeline.prepare(request) { _ in }
    }

    @Test func withoutAMinimumEveryBeadIsHandedOutAsTheAlignerGivesIt() throws {
        let alignment = try prepared()
        #expect(alignment.sourceLanguage == .danish)
        var plain: [Bead] = []
        try alignment.run { bead, _, _ in plain.append(bead) }
        var reviewed: [Bead] = []
        let review = try alignment.run(minimumConfidence: nil) { bead, _, _ in reviewed.append(bead) }
        #expect(reviewed == plain)
        #expect(review.leftOut.pairs == 0)
        #expect(review.looksTranslated)
    }

    @Test func pairsUnderTheMinimumBecomeUnalignedSentencesWithTheirOwnTexts() throws {
        let alignment = try prepared()
        var plain: [(Bead, [String], [String])] = []
        try alignment.run { bead, source, target in plain.append((bead, Array(source), Array(target))) }
        let threshold = plain.map(\.0.confidence).filter { $0 < 1 }.max() ?? 0.5
        var reviewed: [(Bead, [String], [String])] = []
        let review = try alignment.run(minimumConfidence: threshold) { bead, source, target in
            reviewed.append((bead, Array(source), Array(target)))
        }
        let split = plain.filter { $0.0.isPair && $0.0.confidence < threshold }
        #expect(!split.isEmpty)
        #expect(review.leftOut.pairs == split.count)
        // No pair under the minimum is left, and no sentence is lost: every sentence once, in order, with its text.
        #expect(reviewed.allSatisfy { !$0.0.isPair || $0.0.confidence >= threshold })
        let sourceCount = plain.last.map { $0.0.source.upperBound } ?? 0
        let targetCount = plain.last.map { $0.0.target.upperBound } ?? 0
        #expect(coverageViolation(reviewed.map(\.0), sourceCount: sourceCount, targetCount: targetCount) == nil)
        let sourceTexts = Dictionary(uniqueKeysWithValues: plain.flatMap { zip($0.0.source, $0.1) })
        for (bead, source, target) in reviewed where !bead.isPair {
            #expect(source == bead.source.compactMap { sourceTexts[$0] })
            #expect(target.count == bead.target.count)
        }
    }
}
