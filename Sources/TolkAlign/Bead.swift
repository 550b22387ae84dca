/// One step of an alignment: consecutive source sentences that translate consecutive target sentences.
///
/// Either side may be empty (a sentence with no counterpart: 1-0 or 0-1), never both.
/// ```swift
/// let bead = Bead(source: 5..<7, target: 7..<8, confidence: 0.93)   // "5,6:7", a 2-1 bead
/// ```
public struct Bead: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Indices of the source sentences, 0-based, consecutive.
    public let source: Range<Int>
    /// Indices of the target sentences, 0-based, consecutive.
    public let target: Range<Int>
    /// How sure the aligner is of this bead, from 0 to 1: for a pair, the logistic of the evidence (length
    /// agreement and shared numbers, names, cognates, lexicon translations) against unrelated sentences; for
    /// an unpaired sentence, how much better leaving it out scores than pairing it with its neighbour.
    public let confidence: Double

    /// A bead over `source` and `target` index ranges.
    public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// True when both sides hold sentences (a translation pair, not an omission).
    public var isPair: Bool { !source.isEmpty && !target.isEmpty }

    /// The bead in the `beads` line format: source indices, a colon, target indices (`5,6:7`, `3:`, `:4`).
    public var description: String {
        source.map(String.init).joined(separator: ",") + ":" + target.map(String.init).joined(separator: ",")
    }
}
