import TolkAlign
import TolkLexicon
import TolkMatch
import TolkText

/// Compares how two outlets phrase the same story: for a matched document pair, the phrasing of each whole
/// document side by side, and for every matched statement who is cited and how, reporting verbs, hedges,
/// certainty, evaluative words, direct quotes versus paraphrase, and the words only one side uses.
///
/// ```swift
/// let comparer = try PhrasingComparer(sourceLanguage: .danish, targetLanguage: .english, lexicon: lexicon)
/// let comparison = comparer.compare(matchedPair)
/// comparison.source.citedSources   // ["CNN", "En efterretningskilde i Ecuador", ...]
/// ```
/// Not safe to share between threads (it owns ICU break iterators); make one per thread.
public final class PhrasingComparer {
    /// The source documents' language.
    public let sourceLanguage: LanguageCode
    /// The target documents' language.
    public let targetLanguage: LanguageCode
    private let sourceAnalyzer: PhrasingAnalyzer
    private let targetAnalyzer: PhrasingAnalyzer
    private let lexicon: BilingualLexicon?
    private let sourceStemmer: Stemmer
    private let targetStemmer: Stemmer

    /// A comparer for documents in `sourceLanguage` and `targetLanguage`.
    /// - Parameter lexicon: Translations for telling the words only one side uses; nil: spelling only.
    /// - Throws: ``DataError`` for a malformed word list, ``TextError`` when ICU cannot open iterators.
    public init(sourceLanguage: LanguageCode, targetLanguage: LanguageCode, lexicon: BilingualLexicon?) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        sourceAnalyzer = try PhrasingAnalyzer(language: sourceLanguage)
        targetAnalyzer = try PhrasingAnalyzer(language: targetLanguage)
        self.lexicon = lexicon
        sourceStemmer = Stemmer(language: sourceLanguage)
        targetStemmer = Stemmer(language: targetLanguage)
    }

    /// The comparison of one matched document pair.
    /// - Complexity: O(n) in the length of the two documents (lexicon look-ups per word).
    public func compare(_ matched: MatchedPair) -> PhrasingComparison {
        let sourceSentences = matched.source.sentences
        let targetSentences = matched.target.sentences
        var statements: [StatementPhrasing] = []
        for match in matched.statements.matches {
            let source = match.sourceSentences.compactMap { sourceSentences.indices.contains($0) ? sourceSentences[$0] : nil }
            let target = match.targetSentences.compactMap { targetSentences.indices.contains($0) ? targetSentences[$0] : nil }
            var sourcePhrasing = sourceAnalyzer.phrasing(of: source)
            var targetPhrasing = targetAnalyzer.phrasing(of: target)
            let sourceText = source.map(\.text).joined(separator: " ")
            let targetText = target.map(\.text).joined(separator: " ")
            let sourceWords = words(sourceText, analyzer: sourceAnalyzer)
            let targetWords = words(targetText, analyzer: targetAnalyzer)
            sourcePhrasing.onlyHere = onlyHere(sourceWords, from: sourceLanguage, stemmer: sourceStemmer,
                                               other: targetWords, to: targetLanguage, otherStemmer: targetStemmer)
            targetPhrasing.onlyHere = onlyHere(targetWords, from: targetLanguage, stemmer: targetStemmer,
                                               other: sourceWords, to: sourceLanguage, otherStemmer: sourceStemmer)
            statements.append(StatementPhrasing(
                sourceSentences: match.sourceSentences, targetSentences: match.targetSentences, score: match.score,
                sourceText: sourceText, targetText: targetText, source: sourcePhrasing, target: targetPhrasing))
        }
        return PhrasingComparison(
            sourceDocument: matched.source.id, targetDocument: matched.target.id,
            source: sourceAnalyzer.phrasing(of: sourceSentences), target: targetAnalyzer.phrasing(of: targetSentences),
            statements: statements)
    }

    /// The content words of `text` (letters, three or more, not function words), in order.
    private func words(_ text: String, analyzer: PhrasingAnalyzer) -> [String] {
        analyzer.segmenter.tokens(in: text).compactMap { token in
            guard token.kind == .word, token.text.count >= 3,
                  token.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                  analyzer.classes[token.text.lowercased()] == nil else { return nil }
            return token.text
        }
    }

    /// The words of `words` with no translation (lexicon, through morphology) and no cognate (same first five
    /// letters, or the same word) among `other`; each once, in order.
    private func onlyHere(_ words: [String], from language: LanguageCode, stemmer: Stemmer, other: [String],
                          to otherLanguage: LanguageCode, otherStemmer: Stemmer) -> [String] {
        let otherStems = Set(other.map { otherStemmer.stem($0) })
        let otherPrefixes = Set(other.map { Self.prefix($0) })
        var seen: Set<String> = []
        var result: [String] = []
        for word in words where seen.insert(word.lowercased()).inserted {
            if otherPrefixes.contains(Self.prefix(word)) { continue }
            let translations = lexicon?.translations(of: word, from: language, to: otherLanguage).prefix(8) ?? []
            let translated = translations.contains { translation in
                translation.text.split(separator: " ").contains { otherStems.contains(otherStemmer.stem(String($0))) }
            }
            if !translated { result.append(word) }
        }
        return result
    }

    /// The first five letters of a word, lower-cased (the whole word when shorter).
    private static func prefix(_ word: String) -> String { String(word.lowercased().prefix(5)) }
}
