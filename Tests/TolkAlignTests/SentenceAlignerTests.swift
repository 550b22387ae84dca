import Foundation
import Testing
import TolkTestSupport
import TolkText
@testable import TolkAlign

@Suite struct SentenceAlignerTests {
    @Test func findsEveryBeadShapeOfTheEditedFloresArticles() throws {
        let (source, target, gold) = try Fixture.flores()
        let beads = try SentenceAligner().align(source: source, target: target)
        #expect(coverageViolation(beads, sourceCount: source.count, targetCount: target.count) == nil)
        let pairs = gold.filter { !$0.hasPrefix(":") && !$0.hasSuffix(":") }.count
        let found = strictMatches(beads, gold: gold)
        // 33 gold pairs; the 1-2, 2-1 and 3-1 beads made by hand are among them.
        #expect(found >= pairs - 2, "\(found) of \(pairs) gold pairs found: \(beads.map(\.description))")
        for shape in ["4:4,5", "10,11:11", "33,34,35:33"] {
            #expect(beads.contains { $0.description == shape }, "missing \(shape)")
        }
    }

    @Test func directionDoesNotMatter() throws {
        let (source, target, _) = try Fixture.flores()
        let aligner = try SentenceAligner()
        let forward = aligner.align(source: source, target: target)
        let backward = aligner.align(source: target, target: source)
        #expect(forward.map { "\($0.source):\($0.target)" } == backward.map { "\($0.target):\($0.source)" })
        for (one, other) in zip(forward, backward) {
            #expect(abs(one.confidence - other.confidence) < 1e-9)
        }
    }

    @Test func alignsSegmentedSentences() throws {
        let (source, target, _) = try Fixture.flores()
        let rules = SegmentationRules()
        let sourceSentences = try Segmenter(language: .danish, rules: rules).sentences(in: source.joined(separator: "\n"))
        let targetSentences = try Segmenter(language: .english, rules: rules).sentences(in: target.joined(separator: "\n"))
        // One line is one sentence or more; the segmented alignment covers every segmented sentence.
        #expect(sourceSentences.count >= source.count && targetSentences.count >= target.count)
        let beads = try SentenceAligner().align(source: sourceSentences, target: targetSentences)
        #expect(coverageViolation(beads, sourceCount: sourceSentences.count, targetCount: targetSentences.count) == nil)
        #expect(beads.filter(\.isPair).count >= 30)
    }

    @Test func sameInputSameOutput() throws {
        let (source, target, _) = try Fixture.flores()
        let first = try SentenceAligner().align(source: source, target: target)
        let second = try SentenceAligner().align(source: source, target: target)
        #expect(first == second)
    }

    @Test func confidenceSeparatesPairsFromOmissions() throws {
        let (source, target, gold) = try Fixture.flores()
        let beads = try SentenceAligner().align(source: source, target: target)
        let goldSet = Set(gold)
        let right = beads.filter { $0.isPair && goldSet.contains($0.description) }.map(\.confidence)
        #expect(!right.isEmpty)
        let mean = right.reduce(0, +) / Double(right.count)
        #expect(mean > 0.9, "mean confidence of correct pairs \(mean)")
    }
}
