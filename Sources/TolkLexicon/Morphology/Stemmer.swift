import TolkText

/// A Snowball stemmer for one language: Danish or English (Porter2), transcribed in Swift from the
/// published Snowball algorithms and checked against the reference implementation
/// (`scripts/check-stemmers.py`).
///
/// ```swift
/// Stemmer(language: .danish).stem("efterretningstjenester")  // "efterretningstjenest"
/// Stemmer(language: .english).stem("services")              // "servic"
/// ```
///
/// A stem is a matching key, not a word: two forms with the same stem are probably the same lexeme.
public struct Stemmer: Sendable {
    /// The languages with a stemmer.
    public static let supportedLanguages: [LanguageCode] = [.danish, .english]

    /// The language this stemmer stems.
    public let language: LanguageCode

    /// A stemmer for `language`. For a language outside ``supportedLanguages`` the stemmer only
    /// lower-cases (``isSupported`` is false).
    public init(language: LanguageCode) { self.language = language }

    /// Whether a Snowball algorithm exists for ``language``.
    public var isSupported: Bool { Stemmer.supportedLanguages.contains(language) }

    /// The stem of `word`, which is lower-cased first (Snowball's algorithms expect lower case).
    ///
    /// - Parameter word: One word, without surrounding spaces or punctuation.
    /// - Returns: The Snowball stem; the lower-cased word itself for an unsupported language.
    /// - Complexity: O(n) in the length of `word`.
    public func stem(_ word: String) -> String {
        let lowered = word.lowercased()
        switch language {
        case .danish: return DanishStemmer.stem(lowered)
        case .english: return EnglishStemmer.stem(lowered)
        default: return lowered
        }
    }
}
