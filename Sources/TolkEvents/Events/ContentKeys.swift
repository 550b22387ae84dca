import TolkEntities
import TolkLexicon
import TolkText

/// Cross-language keys for the content words of sentences: a target-language word gives its stem
/// ("w:elect" for "election"); a source-language word gives the stems of its lexicon translations
/// ("valget" -> "election" -> "w:elect"). Shared content words let the event grouper tell a statement about
/// hacked e-mails from one about the embassy even when both name the same people. Function words
/// (``FunctionWordList``) give no key.
final class ContentKeys {
    private let lexicon: BilingualLexicon
    private let stemmer: Stemmer
    private let target: LanguageCode
    /// The lower-case function words of each language read so far.
    private var functionWords: [LanguageCode: Set<String>] = [:]
    /// Keys of each word already seen, per language of the word: the look-ups of one document serve the next.
    private var cache: [LanguageCode: [String: [String]]] = [:]

    /// Keys in the terms of `target`, through `lexicon`.
    /// - Throws: ``TextError/data(_:)`` when the target language's function-word list is malformed.
    init(lexicon: BilingualLexicon, target: LanguageCode) throws(TextError) {
        self.lexicon = lexicon
        self.target = target
        self.stemmer = Stemmer(language: target)
        functionWords[target] = try Self.functionWords(of: target)
    }

    /// The lower-case function words of `language` (``FunctionWordList/shipped(_:)``).
    private static func functionWords(of language: LanguageCode) throws(TextError) -> Set<String> {
        let list = try TextError.loading { () throws(DataError) in try FunctionWordList.shipped(language) }
        return Set(list.entries.map { $0.word.lowercased() })
    }

    /// The keys of each sentence of `sentences` (written in `language`), in order, from the document's
    /// scanned `tokens` (a token belongs to the sentence whose byte range holds its start).
    /// - Throws: ``TextError/data(_:)`` when the language's function-word list is malformed.
    /// - Complexity: O(n) lexicon look-ups for n words (each distinct word looked up once per instance).
    func keys(of sentences: [Sentence], tokens: [ScannedToken],
              in language: LanguageCode) throws(TextError) -> [Set<String>] {
        if functionWords[language] == nil { functionWords[language] = try Self.functionWords(of: language) }
        let skipped = functionWords[language] ?? []
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
            let found = skipped.contains(word) ? []
                : language == target ? [stem(word)].compactMap { $0 } : translatedStems(of: word, from: language)
            cache[word] = found
            result[index].formUnion(found)
        }
        return result
    }

    private func translatedStems(of word: String, from language: LanguageCode) -> [String] {
        var result: [String] = []
        let skipped = functionWords[target] ?? []
        for translation in lexicon.translations(of: word, from: language, to: target, limit: 3) {
            for part in translation.text.split(separator: " ")
            where part.count >= 4 && !skipped.contains(part.lowercased()) {
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
