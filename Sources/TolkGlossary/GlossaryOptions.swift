import TolkEntities
/// Settings for ``GlossaryExtractor``.
///
/// ```swift
/// var options = GlossaryOptions()
/// options.minimumCount = 3           // only pairs linked in three units or more
/// options.includesFunctionWords = true
/// ```
public struct GlossaryOptions: Sendable {
    /// Fewest units a pair must be linked in to be listed.
    public var minimumCount = 2
    /// Lowest log-likelihood ratio (G²) a pair must reach; 10.83 is chance at p < 0.001 for one table.
    public var minimumScore = 10.83
    /// Most example units kept per entry.
    public var examplesPerEntry = 3
    /// Whether to list pairs of function words ("og" / "and"); they are always used for linking.
    public var includesFunctionWords = false
    /// Whether to list names written the same in both languages ("Trump" / "Trump"), and other words written
    /// the same that the lexicon does not pair (loanwords such as "fourballs"): they need no translation, so
    /// a glossary leaves them out unless asked.
    public var includesIdenticalNames = false
    /// Whether to show single words as a dictionary lists them, with the same inflection on both sides: as
    /// linked when both are inflected alike ("sagde" / "said") or both are lemmas, else both as lemmas
    /// ("sociale" / "social" -> "social" / "social"), a Danish noun without its suffixed article. When false,
    /// the forms most often linked, a noun without its suffixed definite article ("området" -> "område").
    public var showsLemmas = true
    /// Whether a pair must be the best-linked partner of both its terms; other pairs are mostly indirect
    /// associations or partial translations.
    public var requiresBestPartner = true
    /// How many of each word's best single-word lexicon translations are linked before association decides
    /// (``LexiconPrior``); 0 leaves linking to association alone. Chosen on a development set of allowed data
    /// (scripts/tune-glossary.py).
    public var priorTranslationsPerWord = 1
    /// Whether to look for multiword terms (a compound on one side against a two-word phrase on the other).
    public var findsMultiwordTerms = true
    /// Lowest Dice coefficient of a compound and a phrase for a multiword term.
    public var multiwordMinimumDice = 0.5

    /// The default settings.
    public init() {}

    /// Checks that every setting is in range.
    /// - Throws: ``GlossaryError/invalidOption(name:reason:)`` naming the first bad setting.
    public func validate() throws(GlossaryError) {
        guard minimumCount >= 1 else { throw .invalidOption(name: "minimumCount", reason: "must be at least 1") }
        guard minimumScore.isFinite, minimumScore >= 0 else {
            throw .invalidOption(name: "minimumScore", reason: "must be finite and not negative")
        }
        guard examplesPerEntry >= 0 else {
            throw .invalidOption(name: "examplesPerEntry", reason: "must not be negative")
        }
        guard priorTranslationsPerWord >= 0 else {
            throw .invalidOption(name: "priorTranslationsPerWord", reason: "must not be negative")
        }
        guard (0...1).contains(multiwordMinimumDice) else {
            throw .invalidOption(name: "multiwordMinimumDice", reason: "must be in 0...1")
        }
    }
}
