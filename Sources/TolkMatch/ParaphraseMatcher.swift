import Foundation
import TolkAlign

/// The second pass of statement matching, for comparable (not translated) documents: sentences that say the
/// same thing in other words share content words (names, places, numbers, cognates, lexicon translations)
/// without the length and word-for-word agreement that the translation model asks for.
///
/// A content word of one sentence found in the other (through any of its ``ContentKey``s) counts by how much
/// more often a paraphrase shares it (``sharing``) than an unrelated sentence of the other document does:
/// ln(sharing x sentences there / sentences there holding the key), the best of its keys, once per word, and
/// nothing for words commoner than that (the story's topic words). A name, place or number of one sentence
/// that the other lacks although its document has it counts against: ln((1 - sharing) / (1 - chance)). A
/// pair's score is the mean of the two directions. As in the translation model, the prior odds that a given
/// pair corresponds are 1 / (sentences on the larger side), so a pair is kept when its score beats
/// ln(max(n, m)), it shares at least ``minimumWords`` words on each side, and one of them is a name, place,
/// number or cognate spelling (lexicon translations alone meet by chance). Among the pairs kept, each
/// sentence goes once, to the choice with the most expected correct matches (``assign(_:)``).
struct ParaphraseMatcher {
    /// Content words a pair must share on each side: one word in common is not a statement in common.
    static let minimumWords = 2
    /// Chance that a content word of a statement is found in a paraphrase of it: a word found in both counts
    /// ln(sharing / chance), nothing when it is commoner than that (function words, the story's topic words).
    static let sharing = 0.5

    private let source: [[ContentKey]]
    private let target: [[ContentKey]]
    private let sourceHolding: [UInt64: Int]
    private let targetHolding: [UInt64: Int]

    /// A matcher over the content keys of a document pair's sentences.
    /// - Complexity: O(k) in the number of keys.
    init(source: [[ContentKey]], target: [[ContentKey]]) {
        self.source = source
        self.target = target
        sourceHolding = Self.holding(source)
        targetHolding = Self.holding(target)
    }

    /// Number of sentences holding each key.
    static func holding(_ sentences: [[ContentKey]]) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for keys in sentences {
            var last: UInt64?
            for entry in keys where entry.key != last {
                counts[entry.key, default: 0] += 1
                last = entry.key
            }
        }
        return counts
    }

    /// Pairs among the free sentences whose shared content beats the prior, with their posterior log-odds
    /// (score - ln(max(n, m))).
    /// - Complexity: O(n m k) for n and m sentences of at most k keys.
    func matches(sourceFree: [Bool], targetFree: [Bool]) -> [(source: Int, target: Int, logOdds: Double)] {
        let n = source.count
        let m = target.count
        guard n > 0, m > 0, n * m >= 2 else { return [] }
        let threshold = log(Double(max(n, m)))
        var candidates: [(Int, Int, Double)] = []
        var sourceBest = [Double](repeating: 0, count: Self.wordCount(source))
        var targetBest = [Double](repeating: 0, count: Self.wordCount(target))
        for i in 0..<n where sourceFree[i] {
            for j in 0..<m where targetFree[j] {
                let value = score(i, j, sourceBest: &sourceBest, targetBest: &targetBest)
                if value > threshold { candidates.append((i, j, value)) }
            }
        }
        candidates.sort { a, b in a.2 != b.2 ? a.2 > b.2 : (a.0 != b.0 ? a.0 < b.0 : a.1 < b.1) }
        return Self.assign(candidates.map { ($0.0, $0.1, $0.2 - threshold) })
    }

    /// Largest number of words of any sentence.
    private static func wordCount(_ sentences: [[ContentKey]]) -> Int {
        sentences.reduce(1) { result, keys in max(result, keys.reduce(0) { max($0, Int($1.word) + 1) }) }
    }

    /// Evidence against the pair from the names and numbers of one sentence (`keys`) that the other sentence
    /// lacks although its document has them: each such word scores ln((1 - sharing) / (1 - chance)), the
    /// chance being the share of the other document's sentences that hold it. `found` marks the words found.
    private func missing(_ keys: [ContentKey], found: [Double], otherHolding: [UInt64: Int], otherCount: Double)
        -> Double
    {
        var total = 0.0
        var lastWord: UInt16?
        var worst = 0.0
        for entry in keys.sorted(by: { $0.word < $1.word }) {
            if entry.word != lastWord {
                total += worst
                worst = 0
                lastWord = entry.word
            }
            let kind = entry.kind
            guard kind == .name || kind == .number, found[Int(entry.word)] == 0,
                  let holding = otherHolding[entry.key] else { continue }
            let chance = min(Double(holding) / otherCount, 0.99)
            worst = min(worst, log((1 - Self.sharing) / (1 - chance)))
        }
        return total + worst
    }

    /// The score of source sentence `i` against target sentence `j`, 0 when it shares too little.
    /// `sourceBest`/`targetBest` are scratch space, all zero on entry and on return.
    private func score(_ i: Int, _ j: Int, sourceBest: inout [Double], targetBest: inout [Double]) -> Double {
        let left = source[i]
        let right = target[j]
        var anchored = false
        var touchedSource: [UInt16] = []
        var touchedTarget: [UInt16] = []
        let n = Double(source.count)
        let m = Double(target.count)
        ContentKey.forEachShared(left, right) { key, leftRun, rightRun in
            if left[leftRun.lowerBound].kind != .translation { anchored = true }
            let forSource = log(Self.sharing * m / Double(max(targetHolding[key] ?? 1, 1)))
            let forTarget = log(Self.sharing * n / Double(max(sourceHolding[key] ?? 1, 1)))
            for index in leftRun {
                let word = Int(left[index].word)
                if sourceBest[word] == 0 { touchedSource.append(left[index].word) }
                sourceBest[word] = max(sourceBest[word], forSource, Double.leastNonzeroMagnitude)
            }
            for index in rightRun {
                let word = Int(right[index].word)
                if targetBest[word] == 0 { touchedTarget.append(right[index].word) }
                targetBest[word] = max(targetBest[word], forTarget, Double.leastNonzeroMagnitude)
            }
        }
        var total = 0.0
        total += missing(left, found: sourceBest, otherHolding: targetHolding, otherCount: m)
        total += missing(right, found: targetBest, otherHolding: sourceHolding, otherCount: n)
        for word in touchedSource {
            total += sourceBest[Int(word)]
            sourceBest[Int(word)] = 0
        }
        for word in touchedTarget {
            total += targetBest[Int(word)]
            targetBest[Int(word)] = 0
        }
        guard anchored, touchedSource.count >= Self.minimumWords, touchedTarget.count >= Self.minimumWords else {
            return 0
        }
        return total / 2
    }
}
