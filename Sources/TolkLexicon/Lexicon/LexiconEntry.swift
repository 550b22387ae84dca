import TolkText

/// Two languages in a fixed order, such as Danish-English; a lexicon for the pair answers both ways.
public struct LanguagePair: Hashable, Sendable, CustomStringConvertible {
    /// The language of the `source` column.
    public let source: LanguageCode
    /// The language of the `target` column.
    public let target: LanguageCode

    /// The pair `source`-`target`.
    public init(_ source: LanguageCode, _ target: LanguageCode) {
        self.source = source
        self.target = target
    }

    /// The folder name inside `lexicons/`, such as "da-en".
    public var description: String { "\(source)-\(target)" }

    /// The same pair the other way round.
    public var reversed: LanguagePair { LanguagePair(target, source) }
}

/// One line of a lexicon: a source word or expression and one of its translations.
///
/// Entries are many-to-many (a word has several translations, a translation several source words) and
/// answer both ways. `source` is a lemma or a fixed form (names, "ingen tvivl om").
public struct LexiconEntry: Hashable, Sendable {
    /// The source-language word or multiword expression, as written (NFC).
    public var source: String
    /// The target-language word or expression.
    public var target: String
    /// The part of speech when known ("noun", "verb", "adj", "propn" ...), else `nil`.
    public var partOfSpeech: String?
    /// Confidence in 0...1; higher ranks first.
    public var weight: Double
    /// Where the entry comes from ("europarl", "freedict", "cldr", "demonyms", "reporting", or a user's label).
    public var origin: String
    /// A grouping the glossary and phrasing features use ("reporting-verb", "sourcing", "hedge" ...), else `nil`.
    public var category: String?

    /// An entry; `weight` is clamped to 0...1.
    public init(
        source: String, target: String, partOfSpeech: String? = nil, weight: Double = 1, origin: String,
        category: String? = nil
    ) {
        self.source = source
        self.target = target
        self.partOfSpeech = partOfSpeech
        self.weight = min(1, max(0, weight))
        self.origin = origin
        self.category = category
    }
}

/// How a looked-up word reached an entry.
public enum LexiconMatch: Hashable, Sendable {
    /// The word itself (ignoring case) is in the lexicon.
    case exact
    /// An inflected form: the lexicon knows its lemma (`ambassaden` -> `ambassade`).
    case lemma(String)
    /// A compound translated part by part (`præsidentvalg` -> `præsident` + `valg`).
    case compound([String])
    /// Only the stems agree (`servic` for `services` and `service`): the weakest evidence.
    case stem(String)
}

/// A translation returned by a lookup, best first.
public struct LexiconTranslation: Hashable, Sendable {
    /// The translation, in the target language.
    public var text: String
    /// The combined score the ranking used (0...1, higher is better).
    public var score: Double
    /// The origins that agree on this translation, in file order.
    public var origins: [String]
    /// The part of speech of the best entry, when known.
    public var partOfSpeech: String?
    /// The category of the best entry, when it has one.
    public var category: String?
    /// How the word reached the entries.
    public var match: LexiconMatch
}
