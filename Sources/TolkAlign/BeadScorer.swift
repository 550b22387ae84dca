import Foundation

/// Scores candidate beads inside one chunk: the Gale-Church length cost, the bead-type prior, and the
/// log-likelihood ratio of the shared evidence (keys found on both sides) against unrelated sentences.
///
/// Only keys that occur on both sides of the chunk count. A key's weight follows from its rarity: finding it in
/// the other side of a bead scores log(p / q), missing it log((1 - p) / (1 - q)), where p is its kind's match
/// probability and q the chance that as many unrelated sentences hold it (its document frequency, floored).
/// The score is symmetric in source and target, so the direction of alignment does not matter.
final class BeadScorer {
    /// Bead shapes the search considers, as (source count, target count).
    static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1)]

    /// Prior probabilities of the shapes: Gale and Church's (1993) published figures (1-1 0.89, 1-0 and 0-1
    /// 0.0099 together, 2-1 and 1-2 0.089 together, 2-2 0.011), with 1-3 and 3-1 taking a small share.
    static let shapePrior: [Double] = [0.89, 0.00495, 0.00495, 0.0445, 0.0445, 0.011, 0.0025, 0.0025]
    static let shapeCost: [Double] = shapePrior.map { (prior: Double) -> Double in -log(prior) }

    /// Gale and Church's variance of target characters per source character.
    static let lengthVariance = 6.8
    /// Smallest chance that an unrelated sentence shares a key, whatever its frequency in the chunk.
    static let chanceFloor = 0.02
    static let maxKeys = 64

    let sourceLength: [Double]
    let targetLength: [Double]
    /// Square root of the target/source character ratio.
    let rootRatio: Double
    let evidenceWeight: Double

    // Per sentence: shared key ids, ascending (bit i of a mask = i-th key).
    private let sourceKeys: [[Int32]]
    private let targetKeys: [[Int32]]
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
        sourceKeys = sourceAll.map(shared)
        targetKeys = targetAll.map(shared)

        func tables(frequency: [Int32], count: Int) -> (gain: [Double], miss: [Double]) {
            var gain = [Double](repeating: 0, count: kinds.count * 3)
            var miss = gain
            for key in kinds.indices where sourceFrequency[key] > 0 && targetFrequency[key] > 0 {
                let p = kinds[key].matchProbability
                let single = max(Double(frequency[key]) / Double(max(count, 1)), Self.chanceFloor)
                for n in 1...3 {
                    let q = min(1 - pow(1 - min(single, 0.999), Double(n)), 0.999)
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
        sourceMissTotal = totals(sourceKeys, sourceMiss)
        targetMissTotal = totals(targetKeys, targetMiss)
    }

    /// Cost of a bead of shape `shape` (index into ``shapes``) covering chunk-local source sentences
    /// `source` and target sentences `target`; lower is better.
    @inline(__always)
    func cost(shape: Int, source: Range<Int>, target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty { return Self.shapeCost[shape] }
        let delta = lengthDelta(source: source, target: target)
        let lengthCost = -log(max(erfc(abs(delta) / 2.0.squareRoot()), 1e-300))
        return Self.shapeCost[shape] + lengthCost - evidenceWeight * evidence(source: source, target: target)
    }

    /// The bead's log-likelihood ratio of being a translation rather than unrelated sentences: length
    /// agreement (against a length spread three times wider) plus the shared evidence.
    func pairLogOdds(source: Range<Int>, target: Range<Int>) -> Double {
        lengthLogOdds(source: source, target: target) + evidence(source: source, target: target)
    }

    /// The length part of ``pairLogOdds(source:target:)``: how much likelier the two sides' lengths are for a
    /// translation than for unrelated sentences (negative when they differ more than translations do).
    func lengthLogOdds(source: Range<Int>, target: Range<Int>) -> Double {
        let delta = abs(lengthDelta(source: source, target: target))
        let translated = log(max(erfc(delta / 2.0.squareRoot()), 1e-300))
        let unrelated = log(max(erfc(delta / (3 * 2.0.squareRoot())), 1e-300))
        return translated - unrelated
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
        let a = sourceTotal * rootRatio
        let b = targetTotal / rootRatio
        let mean = max((a + b) / 2, 1)
        return (b - a) / (Self.lengthVariance * mean).squareRoot()
    }

    /// Shared-evidence log-likelihood ratio of a bead, averaged over the two directions.
    private func evidence(source: Range<Int>, target: Range<Int>) -> Double {
        let targetCount = target.count - 1
        let sourceCount = source.count - 1
        var total = 0.0
        var targetMasks: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for (offset, s) in source.enumerated() {
            var sourceMask: UInt64 = 0
            for (tOffset, t) in target.enumerated() {
                let masks = cache.masks(source: s, target: t, sourceKeys: sourceKeys, targetKeys: targetKeys)
                sourceMask |= masks.source
                switch tOffset {
                case 0: targetMasks.0 |= masks.target
                case 1: targetMasks.1 |= masks.target
                default: targetMasks.2 |= masks.target
                }
            }
            _ = offset
            total += score(mask: sourceMask, keys: sourceKeys[s], gain: sourceGain,
                           missTotal: sourceMissTotal[s * 3 + targetCount], n: targetCount)
        }
        for (tOffset, t) in target.enumerated() {
            let mask = tOffset == 0 ? targetMasks.0 : (tOffset == 1 ? targetMasks.1 : targetMasks.2)
            total += score(mask: mask, keys: targetKeys[t], gain: targetGain,
                           missTotal: targetMissTotal[t * 3 + sourceCount], n: sourceCount)
        }
        return total / 2
    }

    @inline(__always)
    private func score(mask: UInt64, keys: [Int32], gain: [Double], missTotal: Double, n: Int) -> Double {
        var result = missTotal
        var bits = mask
        while bits != 0 {
            let bit = bits.trailingZeroBitCount
            result += gain[Int(keys[bit]) * 3 + n]
            bits &= bits &- 1
        }
        return result
    }
}

/// Which keys two sentences share, as bit masks over each one's key list, remembered for the few source
/// sentences the search is currently looking at (the search moves forward, so four slots suffice).
struct PairMaskCache {
    private struct Slot {
        var source = -1
        var firstTarget = 0
        var sourceMasks: [UInt64] = []
        var targetMasks: [UInt64] = []
    }
    private var slots = [Slot](repeating: Slot(), count: 4)

    @inline(__always)
    mutating func masks(source: Int, target: Int, sourceKeys: [[Int32]], targetKeys: [[Int32]])
        -> (source: UInt64, target: UInt64)
    {
        let index = source & 3
        if slots[index].source == source {
            let offset = target - slots[index].firstTarget
            if offset >= 0 && offset < slots[index].sourceMasks.count {
                return (slots[index].sourceMasks[offset], slots[index].targetMasks[offset])
            }
        } else {
            slots[index] = Slot(source: source, firstTarget: target)
        }
        // Extend the slot's target range to include `target`.
        var slot = slots[index]
        slots[index] = Slot()
        if slot.sourceMasks.isEmpty { slot.firstTarget = target }
        if target < slot.firstTarget {
            let missing = slot.firstTarget - target
            var sourceMasks = [UInt64](repeating: 0, count: missing)
            var targetMasks = sourceMasks
            for offset in 0..<missing {
                let pair = Self.compute(sourceKeys[source], targetKeys[target + offset])
                sourceMasks[offset] = pair.0
                targetMasks[offset] = pair.1
            }
            slot.sourceMasks.insert(contentsOf: sourceMasks, at: 0)
            slot.targetMasks.insert(contentsOf: targetMasks, at: 0)
            slot.firstTarget = target
        }
        while slot.firstTarget + slot.sourceMasks.count <= target {
            let pair = Self.compute(sourceKeys[source], targetKeys[slot.firstTarget + slot.sourceMasks.count])
            slot.sourceMasks.append(pair.0)
            slot.targetMasks.append(pair.1)
        }
        let offset = target - slot.firstTarget
        let result = (slot.sourceMasks[offset], slot.targetMasks[offset])
        slots[index] = slot
        return result
    }

    /// Merges two ascending key lists; bit i of each mask marks that list's i-th key as shared.
    @inline(__always)
    private static func compute(_ left: [Int32], _ right: [Int32]) -> (UInt64, UInt64) {
        var i = 0, j = 0
        var leftMask: UInt64 = 0, rightMask: UInt64 = 0
        while i < left.count && j < right.count {
            if left[i] == right[j] {
                leftMask |= 1 << UInt64(i)
                rightMask |= 1 << UInt64(j)
                i += 1
                j += 1
            } else if left[i] < right[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (leftMask, rightMask)
    }
}
