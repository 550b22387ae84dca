import Foundation

/// The second pass of statement matching, for comparable (not translated) documents: sentences that say the
/// same thing in other words share content (names, numbers, translated and cognate words) without the length
/// and word-for-word agreement that the translation model asks for.
///
/// Each sentence becomes a vector of its cross-language keys weighted by rarity (the kind's weight times
/// ln(1 / background rate)); two sentences' similarity is the cosine. Sentences of one story share names and
/// topic words whether or not they say the same thing, so the test is against the pair itself: the mean and
/// spread of the cosines of all n x m sentence pairs are the chance level, and a pair is kept when its cosine
/// stands out from that at the 5% level after Bonferroni's correction for the n x m pairs tried
/// (z >= the normal quantile of 1 - 0.05 / (n m)). Kept greedily by cosine, each sentence once; a pair must
/// share at least two keys, one of them a name, number or cognate spelling.
struct ContentSimilarity {
    /// Family-wise chance of keeping a pair that only shares the story's vocabulary.
    static let significance = 0.05

    private let sourceVectors: [WeightedKeys]
    private let targetVectors: [WeightedKeys]

    /// Vectors for a pair's sentences; `sourceRates`/`targetRates` are the background rates per side.
    init(source: [SentenceEvidence], target: [SentenceEvidence], sourceRates: KeyRates, targetRates: KeyRates) {
        func vector(_ evidence: SentenceEvidence, own: KeyRates, other: KeyRates) -> WeightedKeys {
            var keys: [UInt64] = []
            var weights: [Double] = []
            var norm = 0.0
            for key in evidence.keys {
                let kind = Double(DocumentProfile.kindWeight(EvidenceKind.of(key)))
                guard kind > 0 else { continue }
                let rate = max((own.rate(key) + other.rate(key)) / 2, 1e-4)
                let weight = kind * log(1 / rate)
                guard weight > 0 else { continue }
                keys.append(key)
                weights.append(weight)
                norm += weight * weight
            }
            norm = norm > 0 ? norm.squareRoot() : 1
            return WeightedKeys(keys: keys, weights: weights.map { $0 / norm })
        }
        sourceVectors = source.map { vector($0, own: sourceRates, other: targetRates) }
        targetVectors = target.map { vector($0, own: targetRates, other: sourceRates) }
    }

    /// Pairs among the free sentences whose cosine stands out from the pair's chance level, strongest first,
    /// with a confidence (1 - the Bonferroni-adjusted p-value of the normal approximation).
    /// - Complexity: O(n m k) for n and m sentences of at most k keys.
    func matches(sourceFree: [Bool], targetFree: [Bool]) -> [(source: Int, target: Int, confidence: Double)] {
        let n = sourceVectors.count
        let m = targetVectors.count
        guard n > 0, m > 0, n * m >= 4 else { return [] }
        var cosines = [Double](repeating: 0, count: n * m)
        var sum = 0.0
        var squares = 0.0
        for i in 0..<n {
            for j in 0..<m {
                let value = sourceVectors[i].cosine(targetVectors[j])
                cosines[i * m + j] = value
                sum += value
                squares += value * value
            }
        }
        let count = Double(n * m)
        let mean = sum / count
        let spread = max(squares / count - mean * mean, 0).squareRoot()
        guard spread > 0 else { return [] }
        let tail = Self.significance / count
        let threshold = mean + Self.upperQuantile(tail) * spread
        var candidates: [(Int, Int, Double)] = []
        for i in 0..<n where sourceFree[i] {
            for j in 0..<m where targetFree[j] && cosines[i * m + j] >= threshold && cosines[i * m + j] > 0 {
                candidates.append((i, j, cosines[i * m + j]))
            }
        }
        candidates.sort { a, b in a.2 != b.2 ? a.2 > b.2 : (a.0 != b.0 ? a.0 < b.0 : a.1 < b.1) }
        var sourceUsed = sourceFree.map { !$0 }
        var targetUsed = targetFree.map { !$0 }
        var kept: [(source: Int, target: Int, confidence: Double)] = []
        for (i, j, value) in candidates where !sourceUsed[i] && !targetUsed[j] {
            sourceUsed[i] = true
            targetUsed[j] = true
            let z = (value - mean) / spread
            let adjusted = min(1, count * 0.5 * erfc(z / 2.0.squareRoot()))
            kept.append((i, j, 1 - adjusted))
        }
        return kept
    }

    /// The z with P(Z > z) = `tail` for a standard normal Z (bisection on erfc).
    static func upperQuantile(_ tail: Double) -> Double {
        var low = 0.0
        var high = 40.0
        for _ in 0..<80 {
            let middle = (low + high) / 2
            if 0.5 * erfc(middle / 2.0.squareRoot()) > tail { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}

/// Keys with unit-normalised weights, ascending by key.
struct WeightedKeys {
    let keys: [UInt64]
    let weights: [Double]

    /// Dot product over shared keys; 0 when fewer than ``minimumShared`` keys are shared (one word in common
    /// is not a statement in common) or none of them is a name, number or cognate spelling (lexicon
    /// translations alone meet by chance through function words: Danish "USA" and English "us").
    func cosine(_ other: WeightedKeys) -> Double {
        var i = 0, j = 0
        var total = 0.0
        var shared = 0
        var anchored = false
        while i < keys.count && j < other.keys.count {
            if keys[i] == other.keys[j] {
                shared += 1
                if EvidenceKind.of(keys[i]) != .translation { anchored = true }
                total += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if keys[i] < other.keys[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared >= Self.minimumShared && anchored ? total : 0
    }

    static let minimumShared = 2
}
