import Foundation
import TolkEntities
import TolkLexicon
import TolkPhrasing
import TolkText

/// The language tools for one side of a glossary run: tokens, stems (the matching keys), names and function
/// words.
final class TermSide {
    let language: LanguageCode
    let stemmer: Stemmer
    let morphology: TolkLexicon.Morphology
    private let segmenter: Segmenter
    private let recognizer: EntityRecognizer
    private let functionWords: Set<String>
    /// Fixed phrases that are one term ("i stedet", "at least"), by their first word, longest first.
    private let fixedPhrases: [String: [[String]]]
    /// The phrasing word lists of the language (reporting verbs, hedges ...), for categories.
    let phrasing: PhrasingLexicon

    init(language: LanguageCode, gazetteer: Gazetteer) throws {
        self.language = language
        stemmer = Stemmer(language: language)
        morphology = try TolkLexicon.Morphology.shipped(language)
        segmenter = try Segmenter(language: language)
        recognizer = try EntityRecognizer(language: language, gazetteer: gazetteer)
        functionWords = try PhrasingLexicon.functionWords(language: language)
        var phrases: [String: [[String]]] = [:]
        for phrase in try PhrasingLexicon.fixedPhrases(language: language) {
            if let first = phrase.first { phrases[first, default: []].append(phrase) }
        }
        fixedPhrases = phrases.mapValues { $0.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) } }
        phrasing = try PhrasingLexicon.shipped(language)
    }

    /// The word tokens of `text` (letters only), interned by stem in `vocabulary`. A word keeps its capital
    /// only inside a name or away from the start of the passage.
    func words(of text: String, vocabulary: inout TermVocabulary) -> [UnitWord] {
        let mentions = recognizer.mentions(in: text).filter { $0.form == .name }
        var words: [UnitWord] = []
        var mentionIndex = 0
        var previousWasWord = false
        var previousEnd = -1
        // Where the next word must start to stay next to the previous one across a hyphen ("year-old").
        var hyphenEnd: Int?
        var position = 0
        for token in segmenter.tokens(in: text) {
            guard token.kind == .word, token.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
                if previousWasWord, hyphenEnd == nil, Self.hyphens.contains(token.text),
                   token.range.lowerBound == previousEnd {
                    hyphenEnd = token.range.upperBound
                } else {
                    previousWasWord = false
                    hyphenEnd = nil
                }
                continue
            }
            if let hyphenEnd, token.range.lowerBound != hyphenEnd { previousWasWord = false }
            defer {
                previousWasWord = true
                previousEnd = token.range.upperBound
                hyphenEnd = nil
                position += 1
            }
            while mentionIndex < mentions.count && mentions[mentionIndex].range.upperBound <= token.range.lowerBound {
                mentionIndex += 1
            }
            let isName = mentionIndex < mentions.count && mentions[mentionIndex].range.lowerBound < token.range.upperBound
            let lowered = token.text.lowercased()
            let surface = isName || (position > 0 && token.text != lowered) ? token.text : lowered
            let mention = isName ? mentions[mentionIndex] : nil
            let whole = mention.map(\.baseForm)
            words.append(UnitWord(id: vocabulary.intern(key(lowered), form: lowered), surface: surface, isName: isName,
                                  followsWord: previousWasWord, name: whole, startsPassage: position == 0))
        }
        return joiningFixedPhrases(words, vocabulary: &vocabulary)
    }

    /// `words` with every fixed phrase ("i stedet", "at least") of adjacent words outside names joined into one
    /// word, keyed by its words' stems; the longest phrase that fits wins.
    /// - Complexity: O(n·k) for n words and k phrases sharing a first word.
    func joiningFixedPhrases(_ words: [UnitWord], vocabulary: inout TermVocabulary) -> [UnitWord] {
        guard !fixedPhrases.isEmpty else { return words }
        var result: [UnitWord] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let word = words[index]
            let phrase = word.isName ? nil : fixedPhrases[word.surface.lowercased()]?.first { phrase in
                guard index + phrase.count <= words.count else { return false }
                return (1..<phrase.count).allSatisfy { offset in
                    let next = words[index + offset]
                    return next.followsWord && !next.isName && next.surface.lowercased() == phrase[offset]
                }
            }
            guard let phrase else {
                result.append(word)
                index += 1
                continue
            }
            let written = words[index..<(index + phrase.count)].map(\.surface).joined(separator: " ")
            let lowered = phrase.joined(separator: " ")
            var joined = word
            joined.id = vocabulary.intern(phrase.map(key).joined(separator: " "), form: lowered)
            joined.surface = written
            joined.isPhrase = true
            result.append(joined)
            index += phrase.count
        }
        return result
    }

    /// Hyphens that join two words into one phrase when written between them without spaces.
    static let hyphens: Set<String> = ["-", "\u{2010}", "\u{2011}"]

    /// The word tokens of `text` that hold a letter.
    func tokens(of text: String) -> [Token] {
        segmenter.tokens(in: text).filter { token in
            token.kind == .word && token.text.unicodeScalars.contains { $0.properties.isAlphabetic }
        }
    }

    /// The matching key of a lower-case word: its Snowball stem.
    func key(_ lowered: String) -> String { stemmer.stem(lowered) }

    /// The form a dictionary lists for `word` (lower case): a singular noun without its suffixed definite
    /// article ("området" -> "område", "bolden" -> "bold") when `isKnown` accepts that form; other words as
    /// they are (plurals, adjectives and verb forms stay as linked).
    func dictionaryForm(_ word: String, isKnown: (String) -> Bool) -> String {
        for analysis in morphology.analyses(of: word) where word.hasPrefix(analysis.lemma) && isKnown(analysis.lemma) {
            if Self.isSingularWithArticle(word, analysis) { return analysis.lemma }
        }
        return word
    }

    /// Whether `analysis` reads `word` as a singular noun with its suffixed definite article, which a glossary
    /// removes: "område-t", "bold-en", "historie-n"; not "sø-n" (a single letter after a lemma not ending in e).
    /// - Complexity: O(n) in the word's length.
    static func isSingularWithArticle(_ word: String, _ analysis: MorphologicalAnalysis) -> Bool {
        let features = analysis.features
        guard features.contains(.definite), !features.contains(.plural), word.hasPrefix(analysis.lemma) else {
            return false
        }
        return word.count - analysis.lemma.count >= 2 || analysis.lemma.hasSuffix("e")
    }

    /// The content words next to `words[index]` (nothing but space between them) that no firm link of the unit
    /// holds: the rest of a phrase the word is one part of ("Minister" beside a linked "Prime").
    /// - Parameters:
    ///   - linked: The ids of this side held by firm links in the unit (links of two best partners).
    ///   - keys: The vocabulary's keys, by id.
    /// - Returns: Zero, one or two term ids.
    /// - Complexity: O(1).
    func unlinkedNeighbours(of index: Int, in words: [UnitWord], linked: Set<Int32>, keys: [String]) -> [Int32] {
        var result: [Int32] = []
        func consider(_ neighbour: UnitWord) {
            guard !linked.contains(neighbour.id), neighbour.id != words[index].id,
                  Int(neighbour.id) < keys.count, !isFunctionWord(keys[Int(neighbour.id)]) else { return }
            result.append(neighbour.id)
        }
        if index > 0, words[index].followsWord { consider(words[index - 1]) }
        if index + 1 < words.count, words[index + 1].followsWord { consider(words[index + 1]) }
        return result
    }

    /// Whether a key is the stem of a function word.
    func isFunctionWord(_ key: String) -> Bool { functionWords.contains(key) }

    /// Whether a lower-case word (not a stem) is a function word.
    func isFunctionWordForm(_ lowered: String) -> Bool { functionWords.contains(key(lowered)) }
}
