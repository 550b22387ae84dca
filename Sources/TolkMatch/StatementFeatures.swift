import Foundation
import TolkAlign

/// The measurements that tell a statement two articles share from two sentences that only share the story's
/// names: one vector per candidate sentence pair of a document pair, read by ``StatementModel``.
///
/// Every feature is measured inside the document pair (no other document of the collection changes it), from
/// the evidence the matcher already has: the translation model's log-odds (``StatementScorer``), and the
/// content words of the two sentences (``ContentKey``: names, places, numbers, cognate spellings and lexicon
/// translations) weighed by how rare they are in the other document, and how close the two sentences are in a
/// trained cross-language sentence encoder (``SentenceEncoder``: "sov stille ind" and "has died" share no key
/// but say the same).
struct StatementFeatures {
    /// The names of the features, in vector order (the model file's rows).
    static let names = [
        "bias", "translation", "shared_names", "shared_words", "coverage_min", "coverage_max", "word_coverage",
        "anchors", "numbers",
        "number_conflict", "missing", "best_both", "best_one", "gap", "short", "furniture", "headline",
        "sentence_cosine",
    ]
    static var count: Int { names.count }
    /// The positions of the features read from the sentence encoder (missing for a language pair it does not
    /// hold).
    static let encoderFeatures = [names.count - 1]

    private let source: [[ContentKey]]
    private let target: [[ContentKey]]
    private let sourceHolding: [UInt64: Int]
    private let targetHolding: [UInt64: Int]
    private let sourceWords: [Int]
    private let targetWords: [Int]
    /// Each sentence's content words that have no name or place key (``plainWords(_:)``), made once per sentence.
    private let sourcePlain: [Set<UInt16>]
    private let targetPlain: [Set<UInt16>]
    private let sourceFurniture: [Bool]
    private let targetFurniture: [Bool]
    /// Each sentence's vector from the sentence encoder (empty without one).
    private let sourceEncoding: [[Int8]]
    private let targetEncoding: [[Int8]]

    /// Measurements over the content keys of a document pair's sentences; `furniture` marks the sentences that
    /// are article furniture (captions, credits, datelines on their own) on each side.
    /// `sourceEncoding` and `targetEncoding` are each side's
    /// sentence vectors (``SentenceEvidence/encoding``); without them the encoder features are 0.
    init(source: [[ContentKey]], target: [[ContentKey]], sourceFurniture: [Bool], targetFurniture: [Bool],
         sourceEncoding: [[Int8]] = [], targetEncoding: [[Int8]] = []) {
        self.source = source
        self.target = target
        sourceHolding = ParaphraseMatcher.holding(source)
        targetHolding = ParaphraseMatcher.holding(target)
        sourceWords = source.map(Self.words)
        targetWords = target.map(Self.words)
        sourcePlain = source.map(Self.plainWords)
        targetPlain = target.map(Self.plainWords)
        self.sourceFurniture = sourceFurniture
        self.targetFurniture = targetFurniture
        self.sourceEncoding = sourceEncoding
        self.targetEncoding = targetEncoding
    }

    /// The cosine of source sentence `i` and target sentence `j` in the sentence encoder (0 without it).
    private func cosine(_ i: Int, _ j: Int) -> Double {
        guard sourceEncoding.indices.contains(i), targetEncoding.indices.contains(j) else { return 0 }
        return SentenceEncoder.cosine(sourceEncoding[i], targetEncoding[j])
    }

    /// What two sentences share, before the features that compare a pair with its rivals.
    struct Overlap {
        /// Rarity-weighted content shared, mean of the two directions (nats).
        var shared = 0.0
        /// The part of ``shared`` carried by names and places.
        var sharedNames = 0.0
        /// Words that are not names or places, matched, of the smaller side's such words (0 when it has none).
        var wordCoverage = 0.0
        var sourceMatched = 0
        var targetMatched = 0
        /// Matched words that are names, places, numbers or cognate spellings (not lexicon translations).
        var anchors = 0
        var numbers = 0
        /// Numbers on each side, none of them shared.
        var numberConflict = false
        /// Names and numbers of one sentence that the other lacks although its document has them (nats, <= 0).
        var missing = 0.0
    }

    /// Distinct content words of a sentence.
    private static func words(_ keys: [ContentKey]) -> Int {
        Set(keys.map(\.word)).count
    }

    /// Chance that a content word of a statement is found in a paraphrase of it (as in ``ParaphraseMatcher``).
    static let sharing = 0.5

    /// What source sentence `i` and target sentence `j` share.
    /// - Complexity: O(k log k) in the keys of the two sentences.
    func overlap(_ i: Int, _ j: Int) -> Overlap {
        let left = source[i]
        let right = target[j]
        let n = Double(source.count)
        let m = Double(target.count)
        var sourceBest: [UInt16: (Double, EvidenceKind)] = [:]
        var targetBest: [UInt16: (Double, EvidenceKind)] = [:]
        ContentKey.forEachShared(left, right) { key, leftRun, rightRun in
            let forSource = max(log(Self.sharing * m / Double(max(targetHolding[key] ?? 1, 1))), 0)
            let forTarget = max(log(Self.sharing * n / Double(max(sourceHolding[key] ?? 1, 1))), 0)
            for index in leftRun {
                let word = left[index].word
                let kind = left[index].kind
                if let old = sourceBest[word] {
                    sourceBest[word] = (max(old.0, forSource), Self.stronger(old.1, kind))
                } else {
                    sourceBest[word] = (forSource, kind)
                }
            }
            for index in rightRun {
                let word = right[index].word
                let kind = right[index].kind
                if let old = targetBest[word] {
                    targetBest[word] = (max(old.0, forTarget), Self.stronger(old.1, kind))
                } else {
                    targetBest[word] = (forTarget, kind)
                }
            }
        }
        var overlap = Overlap()
        // Sums in word order, so that the same pair gives the same bits every run.
        let sourceFound = sourceBest.sorted { $0.key < $1.key }.map(\.value)
        let targetFound = targetBest.sorted { $0.key < $1.key }.map(\.value)
        overlap.shared = (sourceFound.reduce(0) { $0 + $1.0 } + targetFound.reduce(0) { $0 + $1.0 }) / 2
        overlap.sharedNames = (sourceFound.filter { $0.1 == .name }.reduce(0) { $0 + $1.0 }
            + targetFound.filter { $0.1 == .name }.reduce(0) { $0 + $1.0 }) / 2
        let sourcePlain = self.sourcePlain[i], targetPlain = self.targetPlain[j]
        let sourcePlainFound = sourceBest.filter { sourcePlain.contains($0.key) && $0.value.1 != .name }.count
        let targetPlainFound = targetBest.filter { targetPlain.contains($0.key) && $0.value.1 != .name }.count
        overlap.wordCoverage = min(Double(sourcePlainFound) / Double(max(sourcePlain.count, 1)),
                                   Double(targetPlainFound) / Double(max(targetPlain.count, 1)))
        overlap.sourceMatched = sourceBest.count
        overlap.targetMatched = targetBest.count
        overlap.anchors = min(sourceBest.values.filter { $0.1 != .translation }.count,
                              targetBest.values.filter { $0.1 != .translation }.count)
        overlap.numbers = min(sourceBest.values.filter { $0.1 == .number }.count,
                              targetBest.values.filter { $0.1 == .number }.count)
        let sourceHasNumber = left.contains { $0.kind == .number }
        let targetHasNumber = right.contains { $0.kind == .number }
        overlap.numberConflict = sourceHasNumber && targetHasNumber && overlap.numbers == 0
        overlap.missing = missing(left, found: sourceBest, otherHolding: targetHolding, otherCount: m)
            + missing(right, found: targetBest, otherHolding: sourceHolding, otherCount: n)
        return overlap
    }

    /// The content words of a sentence that have no name or place key.
    private static func plainWords(_ keys: [ContentKey]) -> Set<UInt16> {
        var named: Set<UInt16> = []
        var all: Set<UInt16> = []
        for entry in keys {
            all.insert(entry.word)
            if entry.kind == .name { named.insert(entry.word) }
        }
        return all.subtracting(named)
    }

    /// The kind that makes the stronger anchor of two found for one word (a name over a translation).
    private static func stronger(_ a: EvidenceKind, _ b: EvidenceKind) -> EvidenceKind {
        a == .translation ? b : a
    }

    /// Evidence against a pair from the names and numbers of one sentence that the other lacks although its
    /// document holds them: ln((1 - sharing) / (1 - chance)) for each, chance = share of sentences holding it.
    private func missing(_ keys: [ContentKey], found: [UInt16: (Double, EvidenceKind)],
                         otherHolding: [UInt64: Int], otherCount: Double) -> Double {
        var worst: [UInt16: Double] = [:]
        for entry in keys where (entry.kind == .name || entry.kind == .number) && found[entry.word] == nil {
            guard let holding = otherHolding[entry.key] else { continue }
            let chance = min(Double(holding) / otherCount, 0.99)
            worst[entry.word] = min(worst[entry.word] ?? 0, log((1 - Self.sharing) / (1 - chance)))
        }
        return worst.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value }
    }

    /// The largest shared content of one sentence's candidates, kept with the other side's sentence of each: its
    /// four best, which hold the best away from any sentence and its two neighbours.
    struct Rivals {
        private(set) var best: [(shared: Double, other: Int)] = []

        /// Takes the candidate with `other` on the other side and shared content `shared`.
        mutating func add(_ shared: Double, at other: Int) {
            let position = best.firstIndex { $0.shared < shared || ($0.shared == shared && $0.other > other) }
                ?? best.count
            guard position < 4 else { return }
            best.insert((shared, other), at: position)
            if best.count > 4 { best.removeLast() }
        }

        /// The largest shared content of a candidate whose other-side sentence is neither `other` nor beside it
        /// (0 when there is none).
        func best(awayFrom other: Int) -> Double {
            best.first { abs($0.other - other) > 1 }?.shared ?? 0
        }
    }

    /// The feature vectors of `pairs` (source index, target index, translation log-odds), in the order given.
    /// Rival features compare each pair with the best shared content of its two sentences among `pairs` whose
    /// other sentence stands apart from the pair's (``Rivals``).
    /// With `wanted` (a flag per pair), only the wanted pairs' vectors are made, in order; the other pairs are
    /// measured only when they share a sentence with a wanted one (their rivals), so the values are the same.
    /// - Complexity: O(p k log k) for p pairs of sentences of at most k keys.
    func vectors(_ pairs: [(source: Int, target: Int, translation: Double)], wanted: [Bool]? = nil) -> [[Double]] {
        // The pairs measured: all, or those sharing a sentence with a wanted pair.
        var measured = [Bool](repeating: true, count: pairs.count)
        if let wanted {
            var sourceWanted = [Bool](repeating: false, count: source.count)
            var targetWanted = [Bool](repeating: false, count: target.count)
            for (pair, isWanted) in zip(pairs, wanted) where isWanted {
                sourceWanted[pair.source] = true
                targetWanted[pair.target] = true
            }
            measured = pairs.map { sourceWanted[$0.source] || targetWanted[$0.target] }
        }
        let overlaps = pairs.indices.map { measured[$0] ? overlap(pairs[$0].source, pairs[$0].target) : Overlap() }
        var sourceRivals = [Rivals](repeating: Rivals(), count: source.count)
        var targetRivals = [Rivals](repeating: Rivals(), count: target.count)
        for (index, pair) in pairs.enumerated() where measured[index] {
            sourceRivals[pair.source].add(overlaps[index].shared, at: pair.target)
            targetRivals[pair.target].add(overlaps[index].shared, at: pair.source)
        }
        let made = pairs.indices.filter { wanted?[$0] ?? true }
        return made.map { index in
            let pair = pairs[index], found = overlaps[index]
            // How close the two sentences are in what they say (the sentence encoder's cosine).
            let cosine = self.cosine(pair.source, pair.target)
            let i = pair.source, j = pair.target
            let sourceCoverage = Double(found.sourceMatched) / Double(max(sourceWords[i], 1))
            let targetCoverage = Double(found.targetMatched) / Double(max(targetWords[j], 1))
            // A sentence's rivals are its candidates that stand apart from this pair's other sentence: one fact
            // told in two adjacent sentences on the other side does not count against either of them.
            let sourceBest = max(sourceRivals[i].best(awayFrom: j), found.shared)
            let targetBest = max(targetRivals[j].best(awayFrom: i), found.shared)
            let bestSource = found.shared >= sourceBest
            let bestTarget = found.shared >= targetBest
            let gap = found.shared - max(sourceBest, targetBest)
            return [
                1,
                max(min(pair.translation, 30), -30) / 10,
                min(found.sharedNames, 40) / 10,
                min(found.shared - found.sharedNames, 40) / 10,
                min(sourceCoverage, targetCoverage),
                max(sourceCoverage, targetCoverage),
                found.wordCoverage,
                log1p(Double(found.anchors)),
                Double(min(found.numbers, 3)),
                found.numberConflict ? 1 : 0,
                max(found.missing, -30) / 10,
                bestSource && bestTarget ? 1 : 0,
                bestSource != bestTarget ? 1 : 0,
                max(gap, -40) / 10,
                min(sourceWords[i], targetWords[j]) <= 3 ? 1 : 0,
                sourceFurniture[i] || targetFurniture[j] ? 1 : 0,
                i == 0 && j == 0 ? 1 : 0,
                cosine,
            ]
        }
    }
}
