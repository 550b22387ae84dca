import TolkAlign
import TolkText

/// The evidence of one document's sentences as comparable matching reads it (``ComparableMatcher``): held, or
/// made again part by part whenever a part of it is matched.
///
/// A sentence's evidence (its keys and content words) takes many times the bytes of its text (about 13 bytes per
/// byte of text on news). A document within one part (``MatchOptions/maximumPartSentences``) holds its evidence
/// while its side's budget (``MatchOptions/heldEvidenceSentences``) lasts; any other document holds only what
/// pairing and the chance levels need (its key counts and sentence lengths), and the evidence of a part is made
/// when that part is matched and dropped after it. Evidence depends on the sentence alone, so both ways give the
/// same evidence, and the same result.
///
/// ```swift
/// let plans = DocumentEvidence.holding(documents.map(\.sentences.count), limit: 500, budget: 16_000)
/// // plans[i]: whether document i holds its evidence
/// ```
struct DocumentEvidence: Sendable {
    /// Sentences in the document.
    let count: Int
    /// The evidence of every sentence, when held.
    private let held: [SentenceEvidence]?
    /// For evidence not held: the sentences holding each key, and each sentence's length.
    private let summary: (counts: KeyCounts, lengths: [Double])?
    /// Makes the evidence of a range of sentences (for evidence not held).
    private let make: @Sendable (Range<Int>) -> [SentenceEvidence]

    /// Evidence that is held.
    init(held evidence: [SentenceEvidence]) {
        count = evidence.count
        held = evidence
        summary = nil
        make = { _ in [] }
    }

    /// Evidence made by `make` for `count` sentences whenever a part is matched; its summary is made now, `chunk`
    /// sentences at a time, from `keys` (the same evidence without the content words' keys, which the summary
    /// does not read and which cost the most to make).
    init(count: Int, chunk: Int, keys: (Range<Int>) -> [SentenceEvidence],
         make: @escaping @Sendable (Range<Int>) -> [SentenceEvidence]) {
        self.count = count
        held = nil
        self.make = make
        var counts: [UInt64: Int] = [:]
        var lengths: [Double] = []
        lengths.reserveCapacity(count)
        var start = 0
        while start < count {
            let end = min(start + max(chunk, 1), count)
            for sentence in keys(start..<end) {
                for key in sentence.keys { counts[key, default: 0] += 1 }
                lengths.append(sentence.length)
            }
            start = end
        }
        summary = (KeyCounts(counts: counts, sentences: count), lengths)
    }

    /// Which documents (given by their sentence counts, in input order) hold their evidence: those of at most
    /// `limit` sentences, in input order while they add up to at most `budget` sentences.
    static func holding(_ counts: [Int], limit: Int, budget: Int) -> [Bool] {
        var used = 0
        return counts.map { count in
            guard count <= limit, used + count <= budget else { return false }
            used += count
            return true
        }
    }

    /// The evidence of the sentences in `range`.
    func evidence(_ range: Range<Int>) -> [SentenceEvidence] {
        guard let held else { return make(range) }
        return range == held.indices ? held : Array(held[range])
    }

    /// The sentences holding each key.
    func keyCounts() -> KeyCounts {
        if let summary { return summary.counts }
        return KeyCounts(held ?? [])
    }

    /// Adds the document's keys and lengths to a side's key rates, sentence by sentence in reading order.
    func add(to rates: inout KeyRates) {
        if let held { rates.add(held) } else if let summary { rates.add(summary.counts, lengths: summary.lengths) }
    }

    /// The document's pairing profile.
    func profile() -> DocumentProfile {
        if let summary { return DocumentProfile(counts: summary.counts.counts) }
        return DocumentProfile(evidence: held ?? [])
    }
}
