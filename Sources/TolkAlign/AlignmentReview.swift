/// Reviews an alignment bead by bead, as it is written: which beads go into formats that hold translation
/// pairs only (TMX, TSV) under a minimum confidence, and whether the two texts look like translations of each
/// other at all.
///
/// Two texts are taken for translations when at least ``minimumPairedShare`` of their sentences are in pairs
/// with a confidence of at least ``confidentPair``: on two translated NTREX-128 articles (100 sentences) 0.99 of
/// the sentences are; on the two sample articles, which report the same story independently, 0.26.
///
/// ```swift
/// var review = AlignmentReview(minimumConfidence: 0.5)
/// for bead in beads where review.add(bead) { writeAsPair(bead) }
/// review.notes(command: "align")   // what was left out, and a warning when the texts are no translations
/// ```
public struct AlignmentReview: Sendable {
    /// The confidence from which a pair counts as a confident one.
    public static let confidentPair = 0.5
    /// The share of sentences in confident pairs below which the texts do not look like translations.
    public static let minimumPairedShare = 0.5

    /// Pairs under this confidence are left out of pair-only formats (nil: none is).
    public let minimumConfidence: Double?
    /// Sentences of both sides seen so far.
    public private(set) var sentences = 0
    /// Sentences of both sides in pairs of at least ``confidentPair``.
    public private(set) var confidentlyPaired = 0
    /// Pairs left out for their confidence, and their source and target sentences.
    public private(set) var leftOut = (pairs: 0, sourceSentences: 0, targetSentences: 0)

    /// A review; pairs under `minimumConfidence` (0...1) are not to be written as pairs.
    public init(minimumConfidence: Double? = nil) {
        self.minimumConfidence = minimumConfidence
    }

    /// `bead` as the unaligned beads of its sentences: one 1-0 bead per source sentence, then one 0-1 bead per
    /// target sentence, each with `bead`'s confidence.
    public static func unaligned(_ bead: Bead) -> [Bead] {
        bead.source.map { Bead(source: $0..<($0 + 1), target: bead.target.lowerBound..<bead.target.lowerBound,
                               confidence: bead.confidence) }
            + bead.target.map { Bead(source: bead.source.upperBound..<bead.source.upperBound, target: $0..<($0 + 1),
                                     confidence: bead.confidence) }
    }

    /// Counts `bead`.
    /// - Returns: whether it is written as a pair: a pair at or above the minimum confidence. A pair below it
    ///   is to be reported as unaligned sentences.
    public mutating func add(_ bead: Bead) -> Bool {
        sentences += bead.source.count + bead.target.count
        guard bead.isPair else { return false }
        if bead.confidence >= Self.confidentPair { confidentlyPaired += bead.source.count + bead.target.count }
        if let minimumConfidence, bead.confidence < minimumConfidence {
            leftOut.pairs += 1
            leftOut.sourceSentences += bead.source.count
            leftOut.targetSentences += bead.target.count
            return false
        }
        return true
    }

    /// The share of sentences in confident pairs (1 for no sentences).
    public var pairedShare: Double { sentences == 0 ? 1 : Double(confidentlyPaired) / Double(sentences) }

    /// Whether the texts look like translations of each other (see ``minimumPairedShare``).
    public var looksTranslated: Bool { pairedShare >= Self.minimumPairedShare }

    /// Lines for standard error, each starting with `tolk COMMAND: `: the pairs left out by the minimum
    /// confidence, and a warning when the texts do not look like translations.
    public func notes(command: String) -> [String] {
        var notes: [String] = []
        if let minimumConfidence, leftOut.pairs > 0 {
            notes.append("tolk \(command): \(leftOut.pairs) pairs (\(leftOut.sourceSentences) source, "
                + "\(leftOut.targetSentences) target sentences) under --min-confidence \(minimumConfidence) are "
                + "written as unaligned sentences (left out of TMX)")
        }
        if !looksTranslated {
            let percent = Int((pairedShare * 100).rounded())
            notes.append("tolk \(command): these texts do not look like translations of each other: only "
                + "\(percent)% of their \(sentences) sentences are in pairs of confidence \(Self.confidentPair) or "
                + "more (a translation has most of them); the beads are the best guess, not an alignment")
        }
        return notes
    }
}
