import Foundation
import TolkAlign

/// How likely a matched statement is a translation, judged on all of its keys: the test that tells two
/// documents sharing translated statements (translation coverage) from two articles about the same event,
/// which share names and topic words but whose sentences each carry names, numbers and words the other lacks.
///
/// ``StatementScorer`` counts only the keys the other document also holds, which is right for choosing among
/// a pair's sentences but blind to what contradicts a match: in "Bubba Watson and Webb Simpson made short work
/// of Sergio Garcia" against "Veteranen ... Sergio Garcia blev turneringens mest vindende europæer med 25,5
/// karrierepoint", the four English names and the number are missing on the other side. Here every key of both
/// sides counts (but see ``direction(_:in:rates:sentences:countsMissingTranslations:)`` for the lexicon's
/// alternatives): found in the other side it scores ln(p / q), missing ln((1 - p) / (1 - q)), with p its kind's
/// match probability and q its rate in the collection (``KeyRates``, floored); the two directions are averaged
/// and Gale and Church's length agreement is added, as in the aligner's model.
///
/// ```swift
/// let agreement = TranslationAgreement(sourceRates: sourceRates, targetRates: targetRates, ratio: 1.1)
/// agreement.logOdds(source: [danishSentence], target: [englishSentence])   // > 0: likelier a translation
/// ```
struct TranslationAgreement {
    /// Smallest chance rate of a key: one sentence in a hundred (a small collection's rates say no better).
    static let chanceFloor = 0.01

    /// Key rates of the source side's collection (chance for target keys).
    let sourceRates: KeyRates
    /// Key rates of the target side's collection (chance for source keys).
    let targetRates: KeyRates
    /// Square root of the collection's target characters per source character (the length model's ratio).
    private let rootRatio: Double

    /// An agreement test for a collection.
    /// - Parameter ratio: target characters per source character over the collection.
    init(sourceRates: KeyRates, targetRates: KeyRates, ratio: Double) {
        self.sourceRates = sourceRates
        self.targetRates = targetRates
        rootRatio = ratio > 0 && ratio.isFinite ? ratio.squareRoot() : 1
    }

    /// The log-likelihood ratio that `source` sentences translate `target` sentences rather than being
    /// unrelated, over all their keys and their lengths.
    /// - Complexity: O(k log k) in the keys of the sentences.
    func logOdds(source: ArraySlice<SentenceEvidence>, target: ArraySlice<SentenceEvidence>,
                 pair: DocumentCounts? = nil) -> Double {
        let sourceKeys = Self.union(source)
        let targetKeys = Self.union(target)
        let forward = direction(sourceKeys, in: targetKeys, rates: targetRates, sentences: target.count,
                                document: pair?.target, matched: target, countsMissingTranslations: false)
        let backward = direction(targetKeys, in: sourceKeys, rates: sourceRates, sentences: source.count,
                                 document: pair?.source, matched: source, countsMissingTranslations: true)
        let a = source.reduce(0) { $0 + $1.length } * rootRatio
        let b = target.reduce(0) { $0 + $1.length } / rootRatio
        let length = BeadScorer.lengthLogLikelihoods(delta: abs(BeadScorer.lengthDelta(a, b)))
        return (forward + backward) / 2 + length.translated - length.unrelated
    }

    /// Evidence of `keys` looked for among `other`, the keys of `sentences` sentences of the other side.
    /// A source word gives one translation key per lexicon translation, of which a translation holds one at
    /// most, so the source side's missing translation keys are no evidence (`countsMissingTranslations` false);
    /// the target side has one such key per word, and a missing one counts.
    private func direction(_ keys: [UInt64], in other: [UInt64], rates: KeyRates, sentences: Int,
                           document: KeyCounts?, matched: ArraySlice<SentenceEvidence>,
                           countsMissingTranslations: Bool) -> Double {
        var total = 0.0
        var j = 0
        // The other document's sentences outside the match, whose key rates are the pair's own chance level.
        let rest = (document?.sentences ?? 0) - matched.count
        for key in keys {
            let kind = EvidenceKind.of(key)
            guard kind != .punctuation else { continue }
            while j < other.count && other[j] < key { j += 1 }
            let p = kind.matchProbability
            var inDocument = 0.0
            if let document, rest > 0 {
                var elsewhere = document.counts[key] ?? 0
                for sentence in matched where sortedKeys(sentence.keys, contain: key) { elsewhere -= 1 }
                inDocument = Double(max(elsewhere, 0)) / Double(rest)
            }
            let single = min(max(rates.rate(key), inDocument, Self.chanceFloor), 0.999)
            let q = min(1 - pow(1 - single, Double(max(sentences, 1))), 0.999)
            // A key at least as common by chance as in translations is no evidence either way.
            guard q < p else { continue }
            if j < other.count && other[j] == key {
                total += log(p / q)
            } else if kind != .translation || countsMissingTranslations {
                total += log((1 - p) / (1 - q))
            }
        }
        return total
    }

    /// The sorted distinct keys of some sentences.
    private static func union(_ sentences: ArraySlice<SentenceEvidence>) -> [UInt64] {
        if sentences.count == 1, let only = sentences.first { return only.keys }
        var all = sentences.flatMap(\.keys)
        all.sort()
        var unique: [UInt64] = []
        for key in all where unique.last != key { unique.append(key) }
        return unique
    }
}

/// How many sentences of one document hold each key: the document's own chance level for a key.
struct KeyCounts {
    /// Sentences holding each key.
    let counts: [UInt64: Int]
    /// Sentences in the document.
    let sentences: Int

    /// Counts the keys of a document's sentences (each key once per sentence).
    /// - Complexity: O(k) in the number of keys.
    init(_ evidence: [SentenceEvidence]) {
        var counts: [UInt64: Int] = [:]
        // Room for every key at once: growing the table step by step cost more than the counting.
        counts.reserveCapacity(evidence.reduce(0) { $0 + $1.keys.count })
        for sentence in evidence { for key in sentence.keys { counts[key, default: 0] += 1 } }
        self.counts = counts
        sentences = evidence.count
    }

    /// Counts already made (``DocumentEvidence`` of a document whose evidence is not held).
    init(counts: [UInt64: Int], sentences: Int) {
        self.counts = counts
        self.sentences = sentences
    }
}

/// The key counts of the two documents of a pair.
struct DocumentCounts {
    let source: KeyCounts
    let target: KeyCounts
}
