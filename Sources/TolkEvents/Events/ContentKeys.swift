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
    private var scanners: [LanguageCode: WordScanner] = [:]

    /// Keys in the terms of `target`, through `lexicon`.
    init(lexicon: BilingualLexicon, target: LanguageCode, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.target = target
        self.stemmer = Stemmer(language: target)
    }

    /// The keys of each sentence of `sentences` (written in `language`), in order.
    /// - Complexity: O(n) lexicon look-ups for n words.
    func keys(of sentences: [Sentence], in language: LanguageCode) -> [Set<String>] {
        guard let scanner = scanner(for: language) else { return sentences.map { _ in [] } }
        var cache: [String: [String]] = [:]
        return sentences.map { sentence in
            var keys: Set<String> = []
            for token in scanner.tokens(of: sentence.text) where token.kind == .word && token.text.count >= 4 {
                let word = token.text.lowercased()
                if gazetteer.isFunctionWord(word, in: language) { continue }
                if let known = cache[word] {
                    keys.formUnion(known)
                    continue
                }
                let found = language == target ? [stem(word)].compactMap { $0 } : translatedStems(of: word, from: language)
                cache[word] = found
                keys.formUnion(found)
            }
            return keys
        }
    }

    private func translatedStems(of word: String, from language: LanguageCode) -> [String] {
        var result: [String] = []
        for translation in lexicon.translations(of: word, from: language, to: target).prefix(3) {
            for part in translation.text.split(separator: " ")
            where part.count >= 4 && !gazetteer.isFunctionWord(String(part), in: target) {
                if let key = stem(part.lowercased()) { result.append(key) }
            }
        }
        return result
    }

    private func stem(_ word: String) -> String? {
        guard stemmer.isSupported, word.count >= 4 else { return nil }
        return "w:" + stemmer.stem(word)
    }

    private func scanner(for language: LanguageCode) -> WordScanner? {
        if let existing = scanners[language] { return existing }
        let created = try? WordScanner(language: language)
        scanners[language] = created
        return created
    }
}
