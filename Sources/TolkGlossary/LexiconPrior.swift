import TolkLexicon
import TolkText

/// Term pairs the lexicon translates into each other, by term id: prior evidence that competitive linking takes
/// before association, the way a seed dictionary guides word alignment. A word's best few translations count
/// (an induced lexicon's weaker entries are noise), in both directions.
///
/// ```swift
/// let prior = LexiconPrior(lexicon: lexicon, translationsPerWord: 3, source: sourceSide, target: targetSide,
///                          sourceVocabulary: sourceVocabulary, targetVocabulary: targetVocabulary)
/// prior.contains(sagde, said)  // true: "sagde" -> "said"
/// ```
struct LexiconPrior {
    private var pairs: Set<UInt64> = []

    /// No prior: every pair is left to association.
    init() {}

    /// The prior of `lexicon` over two vocabularies.
    /// - Parameters:
    ///   - translationsPerWord: How many of each word's best single-word translations count; 0 for none.
    /// - Complexity: O(V) lexicon look-ups for V terms in the two vocabularies.
    init(lexicon: BilingualLexicon?, translationsPerWord: Int, source: TermSide, target: TermSide,
         sourceVocabulary: TermVocabulary, targetVocabulary: TermVocabulary) {
        guard let lexicon, translationsPerWord > 0 else { return }
        func add(from side: TermSide, _ vocabulary: TermVocabulary, to other: TermSide,
                 _ otherVocabulary: TermVocabulary, forward: Bool) {
            for (id, form) in vocabulary.forms.enumerated() {
                let translations = lexicon.translations(of: form, from: side.language, to: other.language)
                    .lazy.filter { !$0.text.contains(" ") }.prefix(translationsPerWord)
                for translation in translations {
                    guard let otherID = otherVocabulary.id(of: other.key(translation.text.lowercased())) else {
                        continue
                    }
                    pairs.insert(forward ? pairKey(Int32(id), otherID) : pairKey(otherID, Int32(id)))
                }
            }
        }
        add(from: source, sourceVocabulary, to: target, targetVocabulary, forward: true)
        add(from: target, targetVocabulary, to: source, sourceVocabulary, forward: false)
    }

    /// Whether the lexicon pairs the source term `source` with the target term `target`.
    /// - Complexity: O(1).
    func contains(_ source: Int32, _ target: Int32) -> Bool { pairs.contains(pairKey(source, target)) }

    /// How many term pairs the prior holds.
    var count: Int { pairs.count }
}
