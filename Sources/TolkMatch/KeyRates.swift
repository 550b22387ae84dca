import TolkAlign
/// How often each key occurs in the sentences of one side of a collection: the chance that an unrelated
/// sentence holds it, the background against which a shared key counts as evidence.
///
/// Built from every document of a side, it keeps a key that is common in the language (a frequent cognate
/// prefix, a common translation) from counting as much as a rare name, even inside a short document pair whose
/// own counts say little.
public struct KeyRates: Sendable {
    private var counts: [UInt64: Int32] = [:]
    /// Number of sentences counted.
    public private(set) var sentences = 0
    /// Characters (Unicode scalars) in the counted sentences: with the other side's, the collection's length
    /// ratio, which the length model needs and which one comparable pair's own totals estimate badly (each side
    /// keeps its own share of the story).
    public private(set) var characters = 0.0

    /// No sentences yet.
    public init() {}

    /// Counts the keys of one document's sentences (each key once per sentence).
    /// - Complexity: O(k) in the number of keys.
    mutating func add(_ evidence: [SentenceEvidence]) {
        // Room for every key at once when this is the first call (a pair counted as its own background).
        if counts.isEmpty { counts.reserveCapacity(evidence.reduce(0) { $0 + $1.keys.count }) }
        for sentence in evidence {
            for key in sentence.keys { counts[key, default: 0] += 1 }
            characters += sentence.length
        }
        sentences += evidence.count
    }

    /// Counts one document's keys given as the sentences holding each key (``KeyCounts``), and its sentences'
    /// `lengths` in reading order: the same rates as adding its evidence.
    mutating func add(_ keys: KeyCounts, lengths: [Double]) {
        for (key, count) in keys.counts { counts[key, default: 0] += Int32(truncatingIfNeeded: count) }
        for length in lengths { characters += length }
        sentences += keys.sentences
    }

    /// Share of the counted sentences holding `key` (0 when none were counted).
    @inline(__always)
    func rate(_ key: UInt64) -> Double {
        guard sentences > 0, let count = counts[key] else { return 0 }
        return Double(count) / Double(sentences)
    }

    /// Target characters per source character of a collection whose sides' rates are `source` and `target`;
    /// `nil` when a side counted no character.
    static func lengthRatio(source: KeyRates, target: KeyRates) -> Double? {
        source.characters > 0 && target.characters > 0 ? target.characters / source.characters : nil
    }
}
