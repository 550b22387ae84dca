/// The cross-language stem keys of the evidence layer: a hash of the first letters of a word folded by
/// ``WordFolding``, so that a Danish word and its English cognate or translation meet without a stemmer for
/// either language ("præsidenten" and "presidents" share "presid").
///
/// One scheme, three lengths, each what its reader was fitted on: six letters key the lexicon's translations
/// (``translation(_:)``: a lexicon entry, a sentence's word, a content word), five key a place concept
/// (``place(_:)``: "russere" and "Russia" meet as "ruser"/"rusia" stems of one region) and a paraphrase cognate,
/// four an aligner cognate (``cognate(_:letters:)``). The monolingual stems of a language (events, glossary,
/// phrasing, the word space) are Snowball's, `Stemmer` in TolkLexicon.
///
/// ```swift
/// StemKey.translation(WordFolding.folded("Kommissionen")) == StemKey.translation(WordFolding.folded("commission"))  // true
/// ```
package enum StemKey {
    /// Letters of a translation key (``translation(_:)``).
    package static let translationLetters = 6
    /// Letters of a place key (``place(_:)``): five, so that a demonym's inflections and its country's name
    /// meet although folding merges doubled letters (russer folds to "ruser").
    package static let placeLetters = 5

    /// The translation key of a folded word: a hash of its first ``translationLetters`` letters, the same for a
    /// lexicon entry, a sentence's word and a content word.
    /// - Complexity: O(1).
    @inline(__always)
    package static func translation(_ folded: some Collection<UInt8>) -> UInt64 {
        stableHash(folded.prefix(translationLetters))
    }

    /// ``translation(_:)`` of a byte array, specialised here: the other modules' calls of the generic one are not
    /// specialised across the module boundary, and cost several times the hash (lexicon loading and every word
    /// of matching).
    package static func translation(_ folded: [UInt8]) -> UInt64 {
        stableHash(folded.prefix(translationLetters))
    }

    /// The place key of a folded word: a hash of its first ``placeLetters`` letters; `nil` for a word of fewer
    /// than three.
    /// - Complexity: O(1).
    @inline(__always)
    package static func place(_ folded: [UInt8]) -> UInt64? {
        folded.count >= 3 ? stableHash(folded.prefix(placeLetters)) : nil
    }

    /// The cognate key of a folded word: a hash of its first `letters` letters; `nil` for a shorter word.
    /// - Complexity: O(1).
    /// Taken as a byte array, not generic: a generic call from another module is not specialised and costs
    /// several times the hash (every word of matching).
    package static func cognate(_ folded: [UInt8], letters: Int) -> UInt64? {
        folded.count >= letters ? stableHash(folded.prefix(letters)) : nil
    }
}
