import TolkAlign

/// One aligned bead with its texts: the unit every alignment output format writes.
public struct TranslationUnit: Sendable, Equatable, Codable {
    /// Source sentence indices (0-based).
    public let source: [Int]
    /// Target sentence indices (0-based).
    public let target: [Int]
    /// The source sentences joined by a space (empty for a target sentence without counterpart).
    public let sourceText: String
    /// The target sentences joined by a space (empty for a source sentence without counterpart).
    public let targetText: String
    /// The bead's confidence, 0...1.
    public let confidence: Double

    /// The unit of `bead`, with texts taken from `source` and `target` sentences.
    /// Indices outside the arrays contribute no text.
    public init(bead: Bead, source sourceSentences: [String], target targetSentences: [String]) {
        source = Array(bead.source)
        target = Array(bead.target)
        sourceText = bead.source.compactMap { sourceSentences.indices.contains($0) ? sourceSentences[$0] : nil }
            .joined(separator: " ")
        targetText = bead.target.compactMap { targetSentences.indices.contains($0) ? targetSentences[$0] : nil }
            .joined(separator: " ")
        confidence = bead.confidence
    }

    /// The unit of `bead` with the texts of its own sentences (as a streaming alignment hands them over).
    public init<SourceTexts: Sequence<String>, TargetTexts: Sequence<String>>(
        bead: Bead, sourceTexts: SourceTexts, targetTexts: TargetTexts
    ) {
        source = Array(bead.source)
        target = Array(bead.target)
        sourceText = sourceTexts.joined(separator: " ")
        targetText = targetTexts.joined(separator: " ")
        confidence = bead.confidence
    }

    /// True when both sides hold text indices (a translation pair).
    public var isPair: Bool { !source.isEmpty && !target.isEmpty }
}
