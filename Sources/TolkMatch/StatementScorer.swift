import Foundation
import TolkAlign

/// Log-odds that a group of source sentences says what a group of target sentences says, rather than the two
/// being unrelated sentences of the same document pair.
///
/// The model is the aligner's (``BeadScorer``): each key of one side is found in the other side with its kind's
/// probability p when the two correspond, and with chance q when they do not; finding it scores ln(p / q),
/// missing it ln((1 - p) / (1 - q)); the two directions are averaged, and length agreement is added (Gale and
/// Church's model against a three times wider spread for unrelated sentences). What differs is q, estimated
/// for comparable documents of any length: the larger of the key's rate among the other sentences of the same
/// document (leaving the candidate out, which short documents need), shrunk towards a prior recurrence rate
/// (``recurrenceMean``), and its rate in the whole collection (``KeyRates``). Only keys that occur somewhere in the other document count.
struct StatementScorer {
    static let chanceFloor = 0.005
    /// Prior mean of the chance that a key of a document turns up in one of its sentences that does not say
    /// what the candidate says (a story's names and topic words recur): the mean of the Beta prior behind each
    /// key's chance estimate. Chosen with ``recurrenceStrength`` on a development set built from FLORES-200
    /// devtest articles (scripts/eval-comparable-dev.sh), not on the NTREX yardstick.
    static let recurrenceMean = 0.2
    /// Weight of that prior, in sentences: a document of four sentences weighs as much as the prior.
    static let recurrenceStrength = 4.0

    let source: [SentenceEvidence]
    let target: [SentenceEvidence]
    /// Per sentence: dense ids of its keys that the other document also holds, ascending.
    private let sourceKeys: [[Int32]]
    private let targetKeys: [[Int32]]
    /// Per sentence: the same ids as a bit set of ``words`` 64-bit words (sentence i at i * words), so that a
    /// key is looked up in the other side's sentences in constant time.
    private let sourceBits: [UInt64]
    private let targetBits: [UInt64]
    /// 64-bit words per sentence in the bit sets.
    private let words: Int
    /// The keys both documents hold, ascending: key of each dense id.
    private let sharedKeys: [UInt64]
    /// Per key id and group size n (1 or 2) on the other side: score when found, score when missing.
    /// Index: id * 2 + (n - 1).
    private var sourceFound: [Double] = []
    private var sourceMissing: [Double] = []
    private var targetFound: [Double] = []
    private var targetMissing: [Double] = []
    private let rootRatio: Double
    /// Weight of the length log-odds (1 for translations; comparable text differs in length freely).
    let lengthWeight: Double

    /// A scorer for one document pair.
    /// - Parameters:
    ///   - background: key rates over each side's collection (the source side's are the chance for target keys,
    ///     the target side's for source keys); `nil` takes the two documents as their own background, read from
    ///     their key counts here (the same rates and length ratio as ``KeyRates`` of the two documents, without
    ///     building their tables).
    /// - Complexity: O(k log k) in the number of keys of the two documents.
    init(source: [SentenceEvidence], target: [SentenceEvidence], background: (source: KeyRates, target: KeyRates)?,
         lengthWeight: Double) {
        self.source = source
        self.target = target
        self.lengthWeight = lengthWeight
        // Dense ids for the keys both documents hold, in ascending key order so that id order is key order:
        // a merge of the two documents' sorted key counts (no hashing; a pair's documents hold a few hundred keys).
        let sourceCounts = Self.sortedCounts(source)
        let targetCounts = Self.sortedCounts(target)
        var shared: [UInt64] = []
        var sharedSourceCount: [Int] = []
        var sharedTargetCount: [Int] = []
        var i = 0
        var j = 0
        while i < sourceCounts.keys.count && j < targetCounts.keys.count {
            let a = sourceCounts.keys[i], b = targetCounts.keys[j]
            if a < b {
                i += 1
            } else if b < a {
                j += 1
            } else {
                shared.append(a)
                sharedSourceCount.append(sourceCounts.counts[i])
                sharedTargetCount.append(targetCounts.counts[j])
                i += 1
                j += 1
            }
        }
        sourceKeys = source.map { Self.ids(of: $0.keys, in: shared) }
        targetKeys = target.map { Self.ids(of: $0.keys, in: shared) }
        sharedKeys = shared
        let words = (shared.count + 63) / 64
        self.words = words
        sourceBits = Self.bits(sourceKeys, words: words)
        targetBits = Self.bits(targetKeys, words: words)

        // A key of one side looked for among n sentences of the other: found scores ln(p / q), missing
        // ln((1 - p) / (1 - q)); q is the larger of the estimate over the other document's remaining sentences
        // (shrunk towards the Beta prior) and the collection rate.
        // The pair's own rate of a key is the share of the other document's sentences holding it (as `KeyRates`
        // of that document gives it).
        func tables(otherCount: [Int], otherSentences: Int, background: KeyRates?)
            -> (found: [Double], missing: [Double])
        {
            var found = [Double](repeating: 0, count: shared.count * 2)
            var missing = found
            for (id, key) in shared.enumerated() {
                let p = EvidenceKind.of(key).matchProbability
                let count = otherCount[id]
                let rate = background.map { $0.rate(key) } ?? Double(count) / Double(otherSentences)
                for n in 1...2 {
                    let others = max(otherSentences - n, 1)
                    func chance(_ elsewhere: Int) -> Double {
                        // The posterior mean over the other sentences of the document under a Beta prior: a key
                        // seen in none of them may still turn up in the next one (topical names recur within a
                        // story), but a short document's few sentences do not make every key common.
                        let mean = max(StatementScorer.recurrenceMean, rate)
                        let strength = StatementScorer.recurrenceStrength
                        let estimate = (Double(max(elsewhere, 0)) + strength * mean) / (Double(others) + strength)
                        let single = min(max(estimate, rate, StatementScorer.chanceFloor), 0.99)
                        return min(n == 1 ? single : 1 - (1 - single) * (1 - single), 0.995)
                    }
                    found[id * 2 + n - 1] = log(p / chance(count - 1))
                    missing[id * 2 + n - 1] = log((1 - p) / (1 - chance(count)))
                }
            }
            return (found, missing)
        }
        (sourceFound, sourceMissing) = tables(otherCount: sharedTargetCount, otherSentences: target.count,
                                              background: background?.target)
        (targetFound, targetMissing) = tables(otherCount: sharedSourceCount, otherSentences: source.count,
                                              background: background?.source)
        rootRatio = Self.lengthRatio(source: source, target: target, background: background).squareRoot()
    }

    /// Target characters per source character: the backgrounds' (the collection's) when they hold text on both
    /// sides, else the pair's own, else 1 (the pair's own is what its own key rates would give).
    static func lengthRatio(source: [SentenceEvidence], target: [SentenceEvidence],
                            background: (source: KeyRates, target: KeyRates)?) -> Double {
        if let background, let collection = KeyRates.lengthRatio(source: background.source, target: background.target) {
            return collection
        }
        let sourceTotal = source.reduce(0) { $0 + $1.length }
        let targetTotal = target.reduce(0) { $0 + $1.length }
        return sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
    }

    /// The log-odds of the match of source sentences `s` with target sentences `t` (one or two each).
    /// - Complexity: O(k) in the keys of the sentences involved.
    func logOdds(source s: Range<Int>, target t: Range<Int>) -> Double {
        // A group of one or two sentences is read as its sentences' key lists, merged on the fly (no union built).
        let sourceSide = lists(sourceKeys, s)
        let targetSide = lists(targetKeys, t)
        let forward = direction(keys: sourceSide, other: targetBits, sentences: t, n: min(t.count, 2),
                                found: sourceFound, missing: sourceMissing)
        let backward = direction(keys: targetSide, other: sourceBits, sentences: s, n: min(s.count, 2),
                                 found: targetFound, missing: targetMissing)
        return (forward + backward) / 2 + lengthWeight * lengthLogOdds(source: s, target: t)
    }

    /// The key lists of a group: its one or two sentences' lists, or (for more) their union and an empty list.
    private func lists(_ all: [[Int32]], _ range: Range<Int>) -> (first: [Int32], second: [Int32]) {
        switch range.count {
        case 1: return (all[range.lowerBound], [])
        case 2: return (all[range.lowerBound], all[range.lowerBound + 1])
        default: return (union(all, range), [])
        }
    }

    /// Evidence of `keys` looked for among the other side's `sentences` (`n` of them, at most 2 counted), whose key
    /// bit sets are in `other`.
    @inline(__always)
    private func direction(keys: (first: [Int32], second: [Int32]), other: [UInt64], sentences: Range<Int>,
                           n: Int, found: [Double], missing: [Double]) -> Double {
        // Keys in ascending order (the sorted union of the two lists, as a merge), each looked up in the other
        // side's bit sets: the same terms summed in the same order as over the unions.
        // Read through buffers: the ids were made for these tables (below the shared keys' count, so their words
        // and entries are inside them), and the loop runs without a bounds check per key.
        let words = self.words
        let first = sentences.lowerBound * words
        let second = sentences.count >= 2 ? first + words : first
        return keys.first.withUnsafeBufferPointer { a in
            keys.second.withUnsafeBufferPointer { b in
                other.withUnsafeBufferPointer { other in
                    found.withUnsafeBufferPointer { found in
                        missing.withUnsafeBufferPointer { missing in
                            var total = 0.0
                            var i = 0, j = 0
                            while i < a.count || j < b.count {
                                let key: Int32
                                if j >= b.count || (i < a.count && a[i] < b[j]) {
                                    key = a[i]
                                    i += 1
                                } else if i >= a.count || b[j] < a[i] {
                                    key = b[j]
                                    j += 1
                                } else {
                                    key = a[i]
                                    i += 1
                                    j += 1
                                }
                                let id = Int(key)
                                let word = id &>> 6, bit = UInt64(1) &<< UInt64(id & 63)
                                var isFound = (other[first + word] | other[second + word]) & bit != 0
                                if !isFound && sentences.count > 2 {
                                    for sentence in sentences.dropFirst(2) where other[sentence * words + word] & bit != 0 {
                                        isFound = true
                                        break
                                    }
                                }
                                let index = id * 2 + n - 1
                                total += isFound ? found[index] : missing[index]
                            }
                            return total
                        }
                    }
                }
            }
        }
    }

    /// The bit sets of sentences' key ids, `words` 64-bit words per sentence, one after the other.
    private static func bits(_ lists: [[Int32]], words: Int) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: lists.count * words)
        for (sentence, ids) in lists.enumerated() {
            for id in ids { bits[sentence * words + Int(id) / 64] |= UInt64(1) << UInt64(id % 64) }
        }
        return bits
    }

    /// Length agreement: ln of the chance of the length difference for a translation over that for
    /// unrelated sentences (three times the spread).
    func lengthLogOdds(source s: Range<Int>, target t: Range<Int>) -> Double {
        var sourceTotal = 0.0
        for index in s { sourceTotal += source[index].length }
        var targetTotal = 0.0
        for index in t { targetTotal += target[index].length }
        return BeadScorer.lengthLogOdds(delta: abs(BeadScorer.lengthDelta(sourceTotal * rootRatio,
                                                                          targetTotal / rootRatio)))
    }

    /// The sorted union of the key lists of `range` (one or two sentences; more are merged pairwise).
    private func union(_ lists: [[Int32]], _ range: Range<Int>) -> [Int32] {
        if range.count == 1 { return lists[range.lowerBound] }
        var merged: [Int32] = []
        for index in range { merged = Self.merged(merged, lists[index]) }
        return merged
    }

    /// The sorted distinct union of two ascending lists of distinct ids.
    private static func merged(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                result.append(a[i])
                i += 1
            } else if b[j] < a[i] {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }

    /// The distinct keys of a document's sentences, ascending, with the number of sentences holding each.
    /// - Complexity: O(k log s) for k keys in s sentences (each sentence's keys are distinct and, from the
    ///   extractor, ascending: the sentences' lists are merged, not sorted again).
    static func sortedCounts(_ sentences: [SentenceEvidence]) -> (keys: [UInt64], counts: [Int]) {
        var all: [UInt64] = []
        all.reserveCapacity(sentences.reduce(0) { $0 + $1.keys.count })
        for sentence in sentences { all.append(contentsOf: sentence.keys) }
        all = mergingRuns(all)
        var keys: [UInt64] = []
        var counts: [Int] = []
        for key in all {
            if keys.last == key {
                counts[counts.count - 1] += 1
            } else {
                keys.append(key)
                counts.append(1)
            }
        }
        return (keys, counts)
    }

    /// `values` in ascending order (the same as `sorted()`), made by merging its ascending runs pairwise: a
    /// document's keys are its sentences' ascending lists one after the other.
    /// - Complexity: O(n log r) for n values in r runs.
    static func mergingRuns(_ values: [UInt64]) -> [UInt64] {
        var bounds = [0]
        for index in values.indices.dropFirst() where values[index] < values[index - 1] { bounds.append(index) }
        bounds.append(values.count)
        guard bounds.count > 2 else { return values }
        var from = values
        var into = values
        while bounds.count > 2 {
            var merged = [0]
            merged.reserveCapacity(bounds.count / 2 + 2)
            from.withUnsafeBufferPointer { source in
                into.withUnsafeMutableBufferPointer { target in
                    var run = 0
                    while run + 1 < bounds.count {
                        let start = bounds[run], middle = bounds[run + 1]
                        let end = run + 2 < bounds.count ? bounds[run + 2] : middle
                        var i = start, j = middle, k = start
                        while i < middle && j < end {
                            if source[j] < source[i] {
                                target[k] = source[j]
                                j += 1
                            } else {
                                target[k] = source[i]
                                i += 1
                            }
                            k += 1
                        }
                        while i < middle { target[k] = source[i]; i += 1; k += 1 }
                        while j < end { target[k] = source[j]; j += 1; k += 1 }
                        merged.append(end)
                        run += 2
                    }
                }
            }
            bounds = merged
            swap(&from, &into)
        }
        return from
    }

    /// The dense ids of those of `keys` (ascending) that are in `shared` (ascending), ascending.
    /// - Complexity: O(k log(s / k)): each key is searched for from the last one's place, in steps that double.
    private static func ids(of keys: [UInt64], in shared: [UInt64]) -> [Int32] {
        var result: [Int32] = []
        var low = 0
        for key in keys {
            // The first place at or after `low` whose key is not below `key`: bracketed by doubling steps, then
            // found by halving.
            var high = low
            var step = 1
            while high < shared.count && shared[high] < key {
                low = high + 1
                high += step
                step *= 2
            }
            high = min(high, shared.count)
            while low < high {
                let middle = (low + high) / 2
                if shared[middle] < key { low = middle + 1 } else { high = middle }
            }
            if low < shared.count && shared[low] == key { result.append(Int32(low)) }
        }
        return result
    }

    /// A key held by more of the target document's sentences than this proposes no candidate (it still counts
    /// when a candidate is scored): in a long document a common word would otherwise pair every sentence with
    /// every other. Documents of at most this many sentences are not affected.
    static let maximumKeySentences = 64
    /// At most this many target sentences are proposed per source sentence, those sharing the rarest keys
    /// (largest sum of 1 / sentences holding the key; ties to the earlier sentence).
    static let maximumTargetsPerSentence = 64

    /// For each source sentence (ascending) that shares a cross-language key with the target document, the
    /// target sentences (ascending) sharing at least one key with it (punctuation alone does not count), within
    /// the two caps above.
    /// - Complexity: O(k + s · c) for k shared keys, s source sentences and c = ``maximumKeySentences`` ×
    ///   (keys of a sentence): linear in the documents' length.
    func sharingPairs() -> [(Int, [Int])] {
        // The target sentences of each shared key, by dense id: offsets into one flat list.
        var starts = [Int](repeating: 0, count: sharedKeys.count + 1)
        for keys in targetKeys { for id in keys { starts[Int(id) + 1] += 1 } }
        for id in 0..<sharedKeys.count { starts[id + 1] += starts[id] }
        var fill = starts
        var sentencesOfKey = [Int](repeating: 0, count: starts[sharedKeys.count])
        for (t, keys) in targetKeys.enumerated() {
            for id in keys {
                sentencesOfKey[fill[Int(id)]] = t
                fill[Int(id)] += 1
            }
        }
        var result: [(Int, [Int])] = []
        var seen = [Int](repeating: -1, count: target.count)
        var weight = [Double](repeating: 0, count: target.count)
        for (s, keys) in sourceKeys.enumerated() {
            var targets: [Int] = []
            for id in keys where EvidenceKind.of(sharedKeys[Int(id)]) != .punctuation {
                let postings = sentencesOfKey[starts[Int(id)]..<starts[Int(id) + 1]]
                guard postings.count <= Self.maximumKeySentences else { continue }
                for t in postings {
                    if seen[t] != s {
                        seen[t] = s
                        weight[t] = 0
                        targets.append(t)
                    }
                    weight[t] += 1 / Double(postings.count)
                }
            }
            if targets.count > Self.maximumTargetsPerSentence {
                targets.sort { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : $0 < $1 }
                targets.removeSubrange(Self.maximumTargetsPerSentence...)
            }
            targets.sort()
            if !targets.isEmpty { result.append((s, targets)) }
        }
        return result
    }
}
