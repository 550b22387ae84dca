import Foundation

/// Log-odds that a group of source sentences says what a group of target sentences says, rather than the two
/// being unrelated sentences of the same document pair.
///
/// The model is the aligner's (``BeadScorer``): each key of one side is found in the other side with its kind's
/// probability p when the two correspond, and with chance q when they do not; finding it scores ln(p / q),
/// missing it ln((1 - p) / (1 - q)); the two directions are averaged, and length agreement is added (Gale and
/// Church's model against a three times wider spread for unrelated sentences). What differs is q, estimated
/// for comparable documents of any length: the larger of the key's rate among the other sentences of the same
/// document (leaving the candidate out, which short documents need) and its rate in the whole collection
/// (``KeyRates``). Only keys that occur somewhere in the other document count.
struct StatementScorer {
    static let chanceFloor = 0.005

    let source: [SentenceEvidence]
    let target: [SentenceEvidence]
    private let sourceKeys: [[UInt64]]
    private let targetKeys: [[UInt64]]
    private let sourceCount: [UInt64: Int]
    private let targetCount: [UInt64: Int]
    private let sourceBackground: KeyRates
    private let targetBackground: KeyRates
    private let rootRatio: Double
    /// Weight of the length log-odds (1 for translations; comparable text differs in length freely).
    let lengthWeight: Double

    /// A scorer for one document pair.
    /// - Parameters:
    ///   - sourceBackground: key rates over the source side's collection (chance for target keys).
    ///   - targetBackground: key rates over the target side's collection (chance for source keys).
    init(source: [SentenceEvidence], target: [SentenceEvidence], sourceBackground: KeyRates,
         targetBackground: KeyRates, lengthWeight: Double) {
        self.source = source
        self.target = target
        self.sourceBackground = sourceBackground
        self.targetBackground = targetBackground
        self.lengthWeight = lengthWeight
        var sourceCount: [UInt64: Int] = [:]
        var targetCount: [UInt64: Int] = [:]
        for sentence in source { for key in sentence.keys { sourceCount[key, default: 0] += 1 } }
        for sentence in target { for key in sentence.keys { targetCount[key, default: 0] += 1 } }
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        sourceKeys = source.map { $0.keys.filter { targetCount[$0] != nil } }
        targetKeys = target.map { $0.keys.filter { sourceCount[$0] != nil } }
        let sourceTotal = source.reduce(0) { $0 + $1.length }
        let targetTotal = target.reduce(0) { $0 + $1.length }
        let ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
        rootRatio = ratio.squareRoot()
    }

    /// Keys of sentence `index` on a side that the other document also holds.
    func sharedKeyCount(source index: Int) -> Int { sourceKeys[index].count }

    /// The log-odds of the match of source sentences `s` with target sentences `t`.
    /// - Complexity: O(k) in the keys of the sentences involved.
    func logOdds(source s: Range<Int>, target t: Range<Int>) -> Double {
        let sourceSide = union(sourceKeys, s)
        let targetSide = union(targetKeys, t)
        let forward = direction(keys: sourceSide, other: targetSide, otherCount: targetCount,
                                otherSentences: target.count, candidates: t.count, background: targetBackground)
        let backward = direction(keys: targetSide, other: sourceSide, otherCount: sourceCount,
                                 otherSentences: source.count, candidates: s.count, background: sourceBackground)
        return (forward + backward) / 2 + lengthWeight * lengthLogOdds(source: s, target: t)
    }

    /// Evidence of `keys` looked for among `candidates` sentences of the other side whose keys are `other`.
    private func direction(keys: [UInt64], other: [UInt64], otherCount: [UInt64: Int], otherSentences: Int,
                           candidates: Int, background: KeyRates) -> Double {
        var total = 0.0
        var j = 0
        let others = max(otherSentences - candidates, 1)
        for key in keys {
            while j < other.count && other[j] < key { j += 1 }
            let found = j < other.count && other[j] == key
            // Laplace's rule of succession over the other sentences of the document: a key seen in none of them
            // may still turn up in the next one (topical names recur within a story).
            let elsewhere = Double(max((otherCount[key] ?? 0) - (found ? 1 : 0), 0) + 1) / Double(others + 2)
            let single = min(max(elsewhere, background.rate(key), Self.chanceFloor), 0.99)
            let q = min(1 - pow(1 - single, Double(candidates)), 0.995)
            let p = EvidenceKind.of(key).matchProbability
            total += found ? log(p / q) : log((1 - p) / (1 - q))
        }
        return total
    }

    /// Length agreement: ln of the chance of the length difference for a translation over that for
    /// unrelated sentences (three times the spread).
    func lengthLogOdds(source s: Range<Int>, target t: Range<Int>) -> Double {
        var sourceTotal = 0.0
        for index in s { sourceTotal += source[index].length }
        var targetTotal = 0.0
        for index in t { targetTotal += target[index].length }
        let a = sourceTotal * rootRatio
        let b = targetTotal / rootRatio
        let delta = abs(b - a) / (BeadScorer.lengthVariance * max((a + b) / 2, 1)).squareRoot()
        let translated = log(max(erfc(delta / 2.0.squareRoot()), 1e-300))
        let unrelated = log(max(erfc(delta / (3 * 2.0.squareRoot())), 1e-300))
        return translated - unrelated
    }

    /// The sorted union of the key lists of `range`.
    private func union(_ lists: [[UInt64]], _ range: Range<Int>) -> [UInt64] {
        if range.count == 1 { return lists[range.lowerBound] }
        var all: [UInt64] = []
        for index in range { all.append(contentsOf: lists[index]) }
        all.sort()
        var unique: [UInt64] = []
        for key in all where unique.last != key { unique.append(key) }
        return unique
    }
}
