import Foundation
import TolkText

/// Aligns the sentences of a document with those of its translation.
///
/// The search is a dynamic programme over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3, 3-1) inside a band that
/// follows the best path, run chunk by chunk: each chunk's path is kept up to a confident 1-1 bead (an anchor)
/// nine tenths of the way in, and the next chunk starts there. Time grows linearly with the number of
/// sentences and memory with the chunk length, not the input length.
///
/// ```swift
/// let aligner = try SentenceAligner()
/// let beads = aligner.align(source: danishSentences, target: englishSentences)
/// for bead in beads { print(bead) }   // "0:0", "1,2:1", "3:", ...
/// ```
/// Every source and every target sentence appears in exactly one bead, in order.
public struct SentenceAligner: Sendable {
    /// The settings in use.
    public let options: AlignmentOptions
    let sourceExtractor: EvidenceExtractor
    let targetExtractor: EvidenceExtractor

    /// An aligner with `options`.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when a setting is out of range.
    public init(options: AlignmentOptions = AlignmentOptions()) throws(AlignmentError) {
        try options.validate()
        self.options = options
        sourceExtractor = EvidenceExtractor(side: .source, lexicon: options.lexicon,
                                            translationsPerWord: options.translationsPerWord)
        targetExtractor = EvidenceExtractor(side: .target, lexicon: options.lexicon,
                                            translationsPerWord: options.translationsPerWord)
    }

    /// Aligns source sentences with target sentences.
    /// - Parameters:
    ///   - source: the source document's sentences, in order.
    ///   - target: the target document's sentences, in order.
    /// - Returns: the beads, in order; together they cover every index of both sides exactly once.
    /// - Complexity: O((n + m) x bandRadius) time for n source and m target sentences.
    public func align(source: [String], target: [String]) -> [Bead] {
        var beads: [Bead] = []
        beads.reserveCapacity(max(source.count, target.count))
        align(source: source, target: target) { beads.append($0) }
        return beads
    }

    /// Aligns segmented sentences (from TolkText's `Segmenter`); the beads index into `source` and `target`.
    /// - Complexity: O((n + m) x bandRadius).
    public func align(source: [Sentence], target: [Sentence]) -> [Bead] {
        align(source: source.map(\.text), target: target.map(\.text))
    }

    /// Aligns source with target sentences and hands each bead to `emit` as soon as it is final, so that
    /// the caller can write a very long alignment without holding it.
    /// - Complexity: O((n + m) x bandRadius) time; memory O(chunkLength x bandRadius) beyond the input.
    public func align(source: [String], target: [String], emit: (Bead) -> Void) {
        let ratio = Self.characterRatio(source: source, target: target)
        align(source: source, target: target, characterRatio: ratio) { bead, _, _ in emit(bead) }
    }

    /// How many beads of a non-final chunk's path to keep: up to the last confident 1-1 bead that ends
    /// within the first nine tenths of the chunk's source rows (the far end of a chunk is less certain).
    static func commitCount(_ path: [(source: Range<Int>, target: Range<Int>)], rows: Int,
                                    scorer: inout BeadScorer) -> Int {
        let limit = rows * 9 / 10
        var lastWithin = 0
        for (index, step) in path.enumerated() where step.source.upperBound <= limit { lastWithin = index + 1 }
        var index = lastWithin
        while index > lastWithin / 2 {
            let step = path[index - 1]
            if step.source.count == 1 && step.target.count == 1
                && scorer.pairLogOdds(source: step.source, target: step.target) > 2 {
                return index
            }
            index -= 1
        }
        // No anchor: keep the first nine tenths anyway; the path there is still the best one found.
        return max(lastWithin, 1)
    }

    /// A bead's confidence: for a pair the logistic of its log-odds; for an unpaired sentence, that of the
    /// log-odds against pairing it with the neighbouring sentence on the other side.
    static func confidence(of step: (source: Range<Int>, target: Range<Int>), at position: Int,
                                   in path: [(source: Range<Int>, target: Range<Int>)], scorer: inout BeadScorer) -> Double {
        if !step.source.isEmpty && !step.target.isEmpty {
            return logistic(scorer.pairLogOdds(source: step.source, target: step.target))
        }
        var best = -Double.infinity
        if !step.source.isEmpty {
            let column = step.target.lowerBound
            for candidate in [column - 1, column] where candidate >= 0 && candidate < scorer.targetLength.count {
                best = max(best, scorer.pairLogOdds(source: step.source, target: candidate..<(candidate + 1)))
            }
        } else {
            let row = step.source.lowerBound
            for candidate in [row - 1, row] where candidate >= 0 && candidate < scorer.sourceLength.count {
                best = max(best, scorer.pairLogOdds(source: candidate..<(candidate + 1), target: step.target))
            }
        }
        return best == -Double.infinity ? 1 : logistic(-best)
    }

    private static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// Target characters per source character over the whole input (1 when either side is empty).
    public static func characterRatio<Source: Sequence<String>, Target: Sequence<String>>(
        source: Source, target: Target
    ) -> Double {
        var sourceTotal = 0
        for sentence in source { sourceTotal += sentence.unicodeScalars.count }
        var targetTotal = 0
        for sentence in target { targetTotal += sentence.unicodeScalars.count }
        guard sourceTotal > 0, targetTotal > 0 else { return 1 }
        return Double(targetTotal) / Double(sourceTotal)
    }
}
