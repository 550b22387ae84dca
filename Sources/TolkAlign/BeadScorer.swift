import Foundation

/// Scores candidate beads inside one chunk: the Gale-Church length cost, the bead-type prior, and the
/// log-likelihood ratio of the shared evidence (keys found on both sides) against unrelated sentences.
///
/// Only keys that occur on both sides of the chunk count. A key's weight follows from its rarity: finding it in
/// the other side of a bead scores log(p / q), missing it log((1 - p) / (1 - q)), where p is its kind's match
/// probability and q the chance that as many unrelated sentences hold it (its document frequency, smoothed
/// and floored).
/// A key as common by chance as in translations (q >= p) counts for nothing. The score is symmetric in source
/// and target, so the direction of alignment does not matter.
package struct BeadScorer {
    /// Bead shapes the search considers, as (source count, target count).
    static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1)]

    /// Prior probabilities of the shapes: Gale and Church's (1993) published figures (1-1 0.89, 1-0 and 0-1
    /// 0.0099 together, 2-1 and 1-2 0.089 together, 2-2 0.011), with 1-3 and 3-1 taking a small share.
    package static let shapePrior: [Double] = [0.89, 0.00495, 0.00495, 0.0445, 0.0445, 0.011, 0.0025, 0.0025]
    static let shapeCost: [Double] = shapePrior.map { (prior: Double) -> Double in -log(prior) }

    /// Gale and Church's variance of target characters per source character.
    static let lengthVariance = 6.8
    /// Smallest chance that an unrelated sentence shares a key, whatever its frequency in the chunk.
    static let chanceFloor = 0.02
    /// Pseudo-sentences of the chance-rate prior.
    static let priorSentences = 10.0
    static let maxKeys = 64

    let sourceLength: [Double]
    let targetLength: [Double]
    /// Square root of the target/source character ratio.
    let rootRatio: Double
    let evidenceWeight: Double

    // Per sentence: shared key ids, ascending (bit i of a mask = i-th key), flattened with start offsets.
    private let sourceKeys: FlatKeys
    private let targetKeys: FlatKeys
    // Per key and bead size n (1...3): score gain of a match over a miss, and the miss score.
    // Index: key * 3 + (n - 1). "Source" tables score a source key against n target sentences.
    private var sourceGain: [Double] = []
    private var sourceMiss: [Double] = []
    private var targetGain: [Double] = []
    private var targetMiss: [Double] = []
    // Per sentence and n: sum of miss scores over its keys.
    private var sourceMissTotal: [Double] = []
    private var targetMissTotal: [Double] = []

    private var cache = PairMaskCache()
    private let shapeCosts = BeadScorer.shapeCost
    private let lengthCosts = LengthCostTable.shared

    /// Builds the chunk's tables from its sentences' evidence.
    /// - Complexity: O(k) in the total number of keys.
    init(source: [SentenceEvidence], target: [SentenceEvidence], ratio: Double, evidenceWeight: Double) {
        sourceLength = source.map(\.length)
        targetLength = target.map(\.length)
        rootRatio = ratio > 0 && ratio.isFinite ? ratio.squareRoot() : 1
        self.evidenceWeight = evidenceWeight

        var ids: [UInt64: Int32] = [:]
        var sourceFrequency: [Int32] = []
        var targetFrequency: [Int32] = []
        var kinds: [EvidenceKind] = []
        func id(of key: UInt64) -> Int32 {
            if let id = ids[key] { return id }
            let id = Int32(kinds.count)
            ids[key] = id
            kinds.append(EvidenceKind.of(key))
            sourceFrequency.append(0)
            targetFrequency.append(0)
            return id
        }
        let sourceAll = source.map { $0.keys.map(id(of:)) }
        let targetAll = target.map { $0.keys.map(id(of:)) }
        for keys in sourceAll { for key in keys { sourceFrequency[Int(key)] += 1 } }
        for keys in targetAll { for key in keys { targetFrequency[Int(key)] += 1 } }
        func shared(_ keys: [Int32]) -> [Int32] {
            var kept = keys.filter { sourceFrequency[Int($0)] > 0 && targetFrequency[Int($0)] > 0 }
            kept.sort()
            if kept.count > Self.maxKeys { kept.removeLast(kept.count - Self.maxKeys) }
            return kept
        }
        let sourceLists = sourceAll.map(shared)
        let targetLists = targetAll.map(shared)
        sourceKeys = FlatKeys(sourceLists)
        targetKeys = FlatKeys(targetLists)

        func tables(frequency: [Int32], count: Int) -> (gain: [Double], miss: [Double]) {
            var gain = [Double](repeating: 0, count: kinds.count * 3)
            var miss = gain
            for key in kinds.indices where sourceFrequency[key] > 0 && targetFrequency[key] > 0 {
                let p = kinds[key].matchProbability
                // Smoothed toward the floor with a few pseudo-sentences, so that a short document's counts
                // (one sentence holding a key out of two) do not pass for certainty.
                let smoothed = (Double(frequency[key]) + Self.priorSentences * Self.chanceFloor)
                    / (Double(count) + Self.priorSentences)
                let single = max(smoothed, Self.chanceFloor)
                for n in 1...3 {
                    let q = min(1 - pow(1 - min(single, 0.999), Double(n)), 0.999)
                    // A key at least as common by chance as in translations is no evidence either way.
                    guard q < p else { continue }
                    let match = log(p / q)
                    let missing = log((1 - p) / (1 - q))
                    gain[key * 3 + n - 1] = match - missing
                    miss[key * 3 + n - 1] = missing
                }
            }
            return (gain, miss)
        }
        // A source key is looked for among target sentences: its chance rate is its target frequency.
        (sourceGain, sourceMiss) = tables(frequency: targetFrequency, count: target.count)
        (targetGain, targetMiss) = tables(frequency: sourceFrequency, count: source.count)
        func totals(_ keys: [[Int32]], _ miss: [Double]) -> [Double] {
            var result = [Double](repeating: 0, count: keys.count * 3)
            for (sentence, list) in keys.enumerated() {
                for key in list { for n in 0..<3 { result[sentence * 3 + n] += miss[Int(key) * 3 + n] } }
            }
            return result
        }
        sourceMissTotal = totals(sourceLists, sourceMiss)
        targetMissTotal = totals(targetLists, targetMiss)
    }

    /// Stores the key masks a band row needs: source sentences `sources` against target sentences `targets`.
    mutating func prepareRow(sources: Range<Int>, targets: Range<Int>) {
        for source in sources {
            cache.prepare(source: source, targets: targets, sourceKeys: sourceKeys, targetKeys: targetKeys)
        }
    }

    /// Cost of a bead of shape `shape` (index into ``shapes``) covering chunk-local source sentences
    /// `source` and target sentences `target`; lower is better.
    @inline(__always)
    func cost(shape: Int, source: Range<Int>, target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty { return shapeCosts[shape] }
        let delta = lengthDelta(source: source, target: target)
        return shapeCosts[shape] + lengthCosts.cost(abs(delta))
            - evidenceWeight * evidence(source: source, target: target)
    }

    /// The bead's log-likelihood ratio of being a translation rather than unrelated sentences: length
    /// agreement (against a length spread three times wider) plus the shared evidence.
    func pairLogOdds(source: Range<Int>, target: Range<Int>) -> Double {
        lengthLogOdds(source: source, target: target) + evidence(source: source, target: target)
    }

    /// The length part of ``pairLogOdds(source:target:)``: how much likelier the two sides' lengths are for a
    /// translation than for unrelated sentences (negative when they differ more than translations do).
    func lengthLogOdds(source: Range<Int>, target: Range<Int>) -> Double {
        Self.lengthLogOdds(delta: abs(lengthDelta(source: source, target: target)))
    }

    /// Length agreement of a normalised length difference `delta` (at least 0, see
    /// ``lengthDelta(_:_:)``): ln of its chance for a translation over that for unrelated sentences (a spread
    /// three times wider). Shared by the aligner and the comparable matcher's scorers.
    /// - Complexity: O(1).
    package static func lengthLogOdds(delta: Double) -> Double {
        let length = lengthLogLikelihoods(delta: delta)
        return length.translated - length.unrelated
    }

    /// The two terms of ``lengthLogOdds(delta:)``: ln of the chance of `delta` for a translation and for
    /// unrelated sentences.
    /// - Complexity: O(1).
    package static func lengthLogLikelihoods(delta: Double) -> (translated: Double, unrelated: Double) {
        (log(max(erfc(delta / 2.0.squareRoot()), 1e-300)), log(max(erfc(delta / (3 * 2.0.squareRoot())), 1e-300)))
    }

    /// Normalised difference of a target length `b` and a source length `a`, both already scaled by the
    /// square root of the length ratio (symmetric in the two sides).
    /// - Complexity: O(1).
    package static func lengthDelta(_ a: Double, _ b: Double) -> Double {
        (b - a) / (lengthVariance * max((a + b) / 2, 1)).squareRoot()
    }

    /// The shared-evidence part of ``pairLogOdds(source:target:)``.
    func evidenceLogOdds(source: Range<Int>, target: Range<Int>) -> Double {
        evidence(source: source, target: target)
    }

    /// Normalised length difference (symmetric in the two sides).
    @inline(__always)
    private func lengthDelta(source: Range<Int>, target: Range<Int>) -> Double {
        var sourceTotal = 0.0
        for index in source { sourceTotal += sourceLength[index] }
        var targetTotal = 0.0
        for index in target { targetTotal += targetLength[index] }
        return Self.lengthDelta(sourceTotal * rootRatio, targetTotal / rootRatio)
    }

    /// Shared-evidence log-likelihood ratio of a bead, averaged over the two directions.
    @inline(__always)
    private func evidence(source: Range<Int>, target: Range<Int>) -> Double {
        let targetCount = target.count - 1
        let sourceCount = source.count - 1
        if targetCount == 0 && sourceCount == 0 {
            let s = source.lowerBound, t = target.lowerBound
            let masks = cache.masks(source: s, target: t, sourceKeys: sourceKeys, targetKeys: targetKeys)
            return (score(mask: masks.source, keys: sourceKeys, sentence: s, gain: sourceGain,
                          missTotal: sourceMissTotal[s * 3], n: 0)
                + score(mask: masks.target, keys: targetKeys, sentence: t, gain: targetGain,
                        missTotal: targetMissTotal[t * 3], n: 0)) / 2
        }
        var total = 0.0
        var targetMasks: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for s in source {
            var sourceMask: UInt64 = 0
            var tOffset = 0
            for t in target {
                let masks = cache.masks(source: s, target: t, sourceKeys: sourceKeys, targetKeys: targetKeys)
                sourceMask |= masks.source
                switch tOffset {
                case 0: targetMasks.0 |= masks.target
                case 1: targetMasks.1 |= masks.target
                default: targetMasks.2 |= masks.target
                }
                tOffset += 1
            }
            total += score(mask: sourceMask, keys: sourceKeys, sentence: s, gain: sourceGain,
                           missTotal: sourceMissTotal[s * 3 + targetCount], n: targetCount)
        }
        var tOffset = 0
        for t in target {
            let mask = tOffset == 0 ? targetMasks.0 : (tOffset == 1 ? targetMasks.1 : targetMasks.2)
            total += score(mask: mask, keys: targetKeys, sentence: t, gain: targetGain,
                           missTotal: targetMissTotal[t * 3 + sourceCount], n: sourceCount)
            tOffset += 1
        }
        return total / 2
    }

    @inline(__always)
    private func score(mask: UInt64, keys: FlatKeys, sentence: Int, gain: [Double], missTotal: Double,
                       n: Int) -> Double {
        var result = missTotal
        var bits = mask
        let start = keys.start[sentence]
        while bits != 0 {
            let bit = bits.trailingZeroBitCount
            result += gain[Int(keys.ids[start + bit]) * 3 + n]
            bits &= bits &- 1
        }
        return result
    }
}

/// Key lists of many sentences in one array: sentence i's keys are `ids[start[i]..<start[i + 1]]`.
struct FlatKeys: Sendable {
    let ids: [Int32]
    let start: [Int]

    init(_ lists: [[Int32]]) {
        var ids: [Int32] = []
        ids.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var start: [Int] = [0]
        start.reserveCapacity(lists.count + 1)
        for list in lists {
            ids.append(contentsOf: list)
            start.append(ids.count)
        }
        self.ids = ids
        self.start = start
    }
}

/// Which keys two sentences share, as bit masks over each one's key list, remembered for the few source
/// sentences the search is currently looking at (the search moves forward, so four slots suffice).
struct PairMaskCache {
    private var slotSource = [Int](repeating: -1, count: 4)
    private var slotFirst = [Int](repeating: 0, count: 4)
    private var slotCount = [Int](repeating: 0, count: 4)
    /// Masks per slot: pairs (source mask, target mask) at offset t - first, in a growable window.
    private var slotMasks = [[(UInt64, UInt64)]](repeating: [], count: 4)

    /// Makes sure the masks of `source` against every sentence in `targets` are stored.
    mutating func prepare(source: Int, targets: Range<Int>, sourceKeys: FlatKeys, targetKeys: FlatKeys) {
        guard !targets.isEmpty else { return }
        let slot = source & 3
        if slotSource[slot] != source || targets.lowerBound < slotFirst[slot]
            || targets.lowerBound > slotFirst[slot] + slotCount[slot]
        {
            slotSource[slot] = source
            slotFirst[slot] = targets.lowerBound
            slotCount[slot] = 0
            slotMasks[slot].removeAll(keepingCapacity: true)
        }
        while slotFirst[slot] + slotCount[slot] < targets.upperBound {
            let target = slotFirst[slot] + slotCount[slot]
            slotMasks[slot].append(Self.compute(sourceKeys, source, targetKeys, target))
            slotCount[slot] += 1
        }
    }

    /// The masks of one pair: stored by ``prepare(source:targets:sourceKeys:targetKeys:)``, or computed.
    @inline(__always)
    func masks(source: Int, target: Int, sourceKeys: FlatKeys, targetKeys: FlatKeys)
        -> (source: UInt64, target: UInt64)
    {
        let slot = source & 3
        if slotSource[slot] == source {
            let offset = target - slotFirst[slot]
            if offset >= 0 && offset < slotCount[slot] { return slotMasks[slot][offset] }
        }
        return Self.compute(sourceKeys, source, targetKeys, target)
    }

    /// Merges two ascending key lists; bit i of each mask marks that list's i-th key as shared.
    @inline(__always)
    private static func compute(_ sourceKeys: FlatKeys, _ source: Int, _ targetKeys: FlatKeys, _ target: Int)
        -> (UInt64, UInt64)
    {
        var i = sourceKeys.start[source], j = targetKeys.start[target]
        let iStart = i, jStart = j
        let iEnd = sourceKeys.start[source + 1], jEnd = targetKeys.start[target + 1]
        var leftMask: UInt64 = 0, rightMask: UInt64 = 0
        while i < iEnd && j < jEnd {
            let left = sourceKeys.ids[i], right = targetKeys.ids[j]
            if left == right {
                leftMask |= 1 << UInt64(i - iStart)
                rightMask |= 1 << UInt64(j - jStart)
                i += 1
                j += 1
            } else if left < right {
                i += 1
            } else {
                j += 1
            }
        }
        return (leftMask, rightMask)
    }
}

/// -log(2 (1 - Phi(x))), the Gale-Church length cost of a normalised difference x >= 0, tabulated in steps of
/// 1/64 and interpolated linearly (the exact function costs an erfc and a log per candidate bead).
struct LengthCostTable: Sendable {
    static let shared = LengthCostTable()
    static let resolution = 64.0
    static let limit = 40.0
    private let values: [Double]

    private init() {
        let count = Int(Self.limit * Self.resolution) + 2
        values = (0..<count).map { index -> Double in
            let x = Double(index) / Self.resolution
            return -log(max(erfc(x / 2.0.squareRoot()), 1e-300))
        }
    }

    @inline(__always)
    func cost(_ x: Double) -> Double {
        let position = min(x, Self.limit) * Self.resolution
        let index = Int(position)
        let fraction = position - Double(index)
        return values[index] + (values[index + 1] - values[index]) * fraction
    }
}
