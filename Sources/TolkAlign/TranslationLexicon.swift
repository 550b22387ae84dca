import Foundation
import TolkText

/// Word translation pairs the aligner counts as shared evidence, matched through a folded truncation stem
/// (the first six folded letters) so that inflected forms meet: "regeringen" and "regeringens" both reach
/// "government".
///
/// ```swift
/// let lexicon = TranslationLexicon(pairs: [("regering", "government")], sourceLanguage: .danish,
///                                  targetLanguage: .english)
/// ```
public struct TranslationLexicon: Sendable {
    /// Language of the left-hand words, when known.
    public let sourceLanguage: LanguageCode?
    /// Language of the right-hand words, when known.
    public let targetLanguage: LanguageCode?
    /// Number of distinct stem pairs.
    public private(set) var count = 0

    private var forward: [UInt64: [UInt64]] = [:]
    private(set) var targetStems: Set<UInt64> = []
    private var pairs: [(UInt64, UInt64)] = []

    /// A lexicon from `(source word, target word)` pairs. Multi-word entries are kept by their first word
    /// of four letters or more; words shorter than two letters are skipped.
    /// - Complexity: O(n) in the total length of the pairs.
    public init<Pairs: Sequence>(pairs: Pairs, sourceLanguage: LanguageCode? = nil, targetLanguage: LanguageCode? = nil)
    where Pairs.Element == (String, String) {
        self.init(weightedPairs: pairs.map { ($0.0, $0.1, 1.0) }, sourceLanguage: sourceLanguage,
                  targetLanguage: targetLanguage)
    }

    /// A lexicon from `(source word, target word, weight)` triples: each source stem's translations are kept
    /// best first (highest weight, then first given), so that an aligner can take only the likeliest ones.
    /// - Complexity: O(n log n) in the number of pairs.
    public init<Pairs: Sequence>(weightedPairs: Pairs, sourceLanguage: LanguageCode? = nil,
                                 targetLanguage: LanguageCode? = nil)
    where Pairs.Element == (String, String, Double) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        // Best first: weight descending, then input order (each pair's weight and index sorted, not the string
        // triples: the same comparisons on a compact array).
        let given = Array(weightedPairs)
        var order = given.enumerated().map { (weight: $0.element.2, index: $0.offset) }
        order.sort { left, right in
            left.weight != right.weight ? left.weight > right.weight : left.index < right.index
        }
        let stems = Self.stems(of: given)
        for (_, index) in order {
            guard let sourceStem = stems[index].source, let targetStem = stems[index].target else { continue }
            // A stem's translations are few: a linear check replaces a set of seen stem pairs.
            let isNew = Self.appendIfNew(targetStem, to: &forward[sourceStem, default: []])
            guard isNew else { continue }
            targetStems.insert(targetStem)
            self.pairs.append((sourceStem, targetStem))
        }
        count = self.pairs.count
    }

    /// The stems of both words of every pair, in order, computed in chunks on the cores.
    private static func stems(of pairs: [(String, String, Double)]) -> [(source: UInt64?, target: UInt64?)] {
        let chunk = 4_096
        let starts = Array(stride(from: 0, to: pairs.count, by: chunk))
        let chunks = Parallel.map(starts, state: { StemScratch() }) { scratch, start in
            pairs[start..<min(start + chunk, pairs.count)].map { pair in
                (source: stem(of: pair.0, scratch: &scratch), target: stem(of: pair.1, scratch: &scratch))
            }
        }
        return Array(chunks.joined())
    }

    /// Appends `stem` to `list` unless it is already there; true when appended.
    private static func appendIfNew(_ stem: UInt64, to list: inout [UInt64]) -> Bool {
        if list.contains(stem) { return false }
        list.append(stem)
        return true
    }

    private init(stemPairs: [(UInt64, UInt64)], sourceLanguage: LanguageCode?, targetLanguage: LanguageCode?) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        for (source, target) in stemPairs {
            forward[source, default: []].append(target)
            targetStems.insert(target)
        }
        pairs = stemPairs
        count = stemPairs.count
    }

    /// The same pairs read the other way (target to source).
    /// - Complexity: O(n) in the number of pairs.
    public func reversed() -> TranslationLexicon {
        TranslationLexicon(stemPairs: pairs.map { ($0.1, $0.0) }, sourceLanguage: targetLanguage,
                           targetLanguage: sourceLanguage)
    }

    /// This lexicon turned to read from `source` to `target`: reversed when its languages are the other way
    /// round, unchanged otherwise (also when its languages are unknown).
    public func oriented(source: LanguageCode?, target: LanguageCode?) -> TranslationLexicon {
        if let source, let target, sourceLanguage == target, targetLanguage == source { return reversed() }
        return self
    }

    /// Stems of the translations of a source stem, best first.
    func translations(ofStem stem: UInt64) -> [UInt64] { forward[stem] ?? [] }

    /// The folded truncation stem of a word or of the first long word of a phrase; `nil` when it has no letters.
    static func stem(of phrase: String) -> UInt64? {
        var scratch = StemScratch()
        return stem(of: phrase, scratch: &scratch)
    }

    /// Reusable buffers for ``stem(of:scratch:)``, so that stemming many phrases allocates once.
    struct StemScratch {
        var best: [UInt8] = []
        var word: [UInt8] = []
    }

    /// ``stem(of:)`` with buffers kept between calls.
    static func stem(of phrase: String, scratch: inout StemScratch) -> UInt64? {
        // `best`: the first word of four folded letters or more, else the first of the longest.
        scratch.best.removeAll(keepingCapacity: true)
        scratch.word.removeAll(keepingCapacity: true)
        for scalar in phrase.unicodeScalars {
            if WordFolding.isLetter(scalar) {  // Latin-1 without a property lookup
                WordFolding.append(scalar, to: &scratch.word)
            } else {
                if scratch.best.count < 4 && scratch.word.count > scratch.best.count { swap(&scratch.best, &scratch.word) }
                scratch.word.removeAll(keepingCapacity: true)
            }
        }
        if scratch.best.count < 4 && scratch.word.count > scratch.best.count { swap(&scratch.best, &scratch.word) }
        guard scratch.best.count >= 2 else { return nil }
        return StemKey.translation(scratch.best)
    }
}
