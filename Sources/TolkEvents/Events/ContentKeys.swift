import TolkEntities
import TolkLexicon
import TolkText

/// Cross-language keys for the content words of sentences: a target-language word gives its stem
/// ("w:elect" for "election"); a source-language word gives the stems of its lexicon translations
/// ("valget" -> "election" -> "w:elect"). Shared content words let the event grouper tell a statement about
/// hacked e-mails from one about the embassy even when both name the same people.
final class ContentKeys {
    private let lexicon: BilingualLexicon
    private let stemmer: Stemmer
    private let target: LanguageCode
    private let gazetteer: Gazetteer
    /// Keys of each word already seen, per language of the word: the look-ups of one document serve the next.
    private var cache: [LanguageCode: [String: [String]]] = [:]

    /// Keys in the terms of `target`, through `lexicon`.
    init(lexicon: BilingualLexicon, target: LanguageCode, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.target = target
        self.stemmer = Stemmer(language: target)
    }

    /// The keys of each sentence of `sentences` (written in `language`), in order, from the document's
    /// scanned `tokens` (a token belongs to the sentence whose byte range holds its start).
    /// - Complexity: O(n) lexicon look-ups for n words (each distinct word looked up once per instance).
    func keys(of sentences: [Sentence], tokens: [ScannedToken], in language: LanguageCode) -> [Set<String>] {
        var result = Array(repeating: Set<String>(), count: sentences.count)
        // Taken out while in use, so that adding to it does not copy the whole table.
        var cache = self.cache.removeValue(forKey: language) ?? [:]
        defer { self.cache[language] = cache }
        var index = 0
        for token in tokens where token.kind == .word && token.text.count >= 4 {
            while index < sentences.count, sentences[index].range.upperBound <= token.range.lowerBound { index += 1 }
            guard index < sentences.count, sentences[index].range.contains(token.range.lowerBound) else { continue }
            let word = token.text.lowercased()
            if let known = cache[word] {
                result[index].formUnion(known)
                continue
            }
            let found = gazetteer.isFrequentWord(word, in: language) ? []
                : language == target ? [stem(word)].compactMap { $0 } : translatedStems(of: word, from: language)
            cache[word] = found
            result[index].formUnion(found)
        }
        return result
    }

    private func translatedStems(of word: String, from language: LanguageCode) -> [String] {
        var result: [String] = []
        for translation in lexicon.translations(of: word, from: language, to: target, limit: 3) {
            for part in translation.text.split(separator: " ")
            where part.count >= 4 && !gazetteer.isFrequentWord(String(part), in: target) {
                if let key = stem(part.lowercased()) { result.append(key) }
            }
        }
        return result
    }

    private func stem(_ word: String) -> String? {
        guard stemmer.isSupported, word.count >= 4 else { return nil }
        return "w:" + stemmer.stem(word)
    }

}
