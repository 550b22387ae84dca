import Foundation
import TolkAlign

/// A document as a sparse vector of cross-language keys (names, numbers, cognate spellings, lexicon
/// translations) with log-scaled counts, the unit of document pairing.
package struct DocumentProfile: Sendable {
    /// Distinct keys, ascending.
    let keys: [UInt64]
    /// 1 + ln(count) per key, times the key kind's weight.
    let weights: [Float]

    /// Weight of each evidence kind at document level: names and numbers are copied between languages and
    /// rarely shared by chance, translations through the lexicon are less specific, and four-letter cognate
    /// prefixes least (they meet by accident most often). Punctuation says nothing about the story.
    static func kindWeight(_ kind: EvidenceKind) -> Float {
        switch kind {
        case .name, .number: return 1
        case .translation: return 0.6
        case .cognate: return 0.3
        case .punctuation: return 0
        }
    }

    /// The profile of sentences' evidence.
    /// - Complexity: O(k log k) in the number of keys.
    init(evidence: [SentenceEvidence]) {
        var all: [UInt64] = []
        for sentence in evidence {
            for key in sentence.keys where Self.kindWeight(EvidenceKind.of(key)) > 0 { all.append(key) }
        }
        all.sort()
        var keys: [UInt64] = []
        var weights: [Float] = []
        keys.reserveCapacity(all.count / 2)
        var index = 0
        while index < all.count {
            var end = index + 1
            while end < all.count && all[end] == all[index] { end += 1 }
            keys.append(all[index])
            weights.append((1 + logf(Float(end - index))) * Self.kindWeight(EvidenceKind.of(all[index])))
            index = end
        }
        self.keys = keys
        self.weights = weights
    }

    /// The profile of a document given as the sentences holding each key (each key once per sentence, as in
    /// its evidence): the same profile as ``init(evidence:)``.
    /// - Complexity: O(k log k) in the number of distinct keys.
    init(counts: [UInt64: Int]) {
        let kept = counts.filter { Self.kindWeight(EvidenceKind.of($0.key)) > 0 }.sorted { $0.key < $1.key }
        keys = kept.map(\.key)
        weights = kept.map { (1 + logf(Float($0.value))) * Self.kindWeight(EvidenceKind.of($0.key)) }
    }
}

/// Document frequencies of keys on both sides, and the inverse-document-frequency weight they give.
struct KeyStatistics: Sendable {
    private(set) var sourceFrequency: [UInt64: Int32] = [:]
    private(set) var targetFrequency: [UInt64: Int32] = [:]
    let sourceCount: Int
    let targetCount: Int

    /// Counts the distinct keys of each document once (`source` and `target` give each document's distinct
    /// keys, one document at a time).
    /// - Complexity: O(k) in the total number of keys.
    init<Source: Sequence<[UInt64]>, Target: Sequence<[UInt64]>>(source: Source, sourceCount: Int,
                                                                target: Target, targetCount: Int) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        for keys in source { for key in keys { sourceFrequency[key, default: 0] += 1 } }
        for keys in target { for key in keys { targetFrequency[key, default: 0] += 1 } }
    }

    /// ln(1 + documents / documents holding the key), over both sides: 0 for a key no document holds.
    @inline(__always)
    func inverseFrequency(_ key: UInt64) -> Float {
        let frequency = Int(sourceFrequency[key] ?? 0) + Int(targetFrequency[key] ?? 0)
        guard frequency > 0 else { return 0 }
        return logf(1 + Float(sourceCount + targetCount) / Float(frequency))
    }
}

/// Profiles weighted by inverse document frequency and scaled to unit length, ready for cosines.
struct WeightedProfile: Sendable {
    let keys: [UInt64]
    let weights: [Float]

    /// `profile` with each weight multiplied by its key's inverse frequency, then normalised; keys the other
    /// side never holds are dropped after normalisation (they still lengthen the vector, so a document with
    /// much the other lacks scores lower).
    init(_ profile: DocumentProfile, statistics: KeyStatistics, otherSide: [UInt64: Int32]) {
        var weights = [Float](repeating: 0, count: profile.keys.count)
        var norm: Float = 0
        for index in profile.keys.indices {
            let weight = profile.weights[index] * statistics.inverseFrequency(profile.keys[index])
            weights[index] = weight
            norm += weight * weight
        }
        norm = norm > 0 ? norm.squareRoot() : 1
        var keptKeys: [UInt64] = []
        var keptWeights: [Float] = []
        for index in profile.keys.indices where otherSide[profile.keys[index]] != nil {
            keptKeys.append(profile.keys[index])
            keptWeights.append(weights[index] / norm)
        }
        keys = keptKeys
        self.weights = keptWeights
    }

    /// The cosine of two unit profiles (the dot product over shared keys).
    /// - Complexity: O(a + b) in the two key counts.
    func cosine(_ other: WeightedProfile) -> Double {
        var i = 0, j = 0
        var total: Float = 0
        while i < keys.count && j < other.keys.count {
            if keys[i] == other.keys[j] {
                total += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if keys[i] < other.keys[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(total)
    }
}
