import Foundation
import TolkLexicon
import TolkText

extension TranslationLexicon {
    /// The shipped lexicon of a language pair (in either direction, from `lexicons/`), plus an optional extra
    /// TSV file, as translation keys read from `source` to `target`.
    /// - Parameters:
    ///   - source: the language of the source side.
    ///   - target: the language of the target side.
    ///   - extra: a lexicon file in the shipped TSV format, added to the shipped entries.
    /// - Returns: `nil` when neither direction is shipped and no extra file is given.
    /// - Throws: `LexiconError` when the data folder is missing, or the shipped lexicon or the extra file cannot be
    ///   read or is malformed.
    /// Without `extra`, the keys are built once per process and data folder; later calls return them.
    /// - Complexity: O(n) in the number of entries the first time, O(1) after (without `extra`).
    public static func shipped(source: LanguageCode, target: LanguageCode, extra: String? = nil) throws
        -> TranslationLexicon?
    {
        if extra == nil {
            let root: URL
            do { root = try DataDirectory.locate() } catch { throw LexiconError.data(error) }
            return try shippedKeys.value(for: "\(root.path)\u{0}\(source.rawValue)\u{0}\(target.rawValue)") {
                try read(source: source, target: target, extra: nil)
            }
        }
        return try read(source: source, target: target, extra: extra)
    }

    /// The shipped translation keys built so far, by data folder and direction.
    private static let shippedKeys = ProcessCache<TranslationLexicon?>()

    /// Reads the shipped lexicon and `extra`; see ``shipped(source:target:extra:)``.
    private static func read(source: LanguageCode, target: LanguageCode, extra: String?) throws -> TranslationLexicon? {
        // BilingualLexicon.shipped looks in both directions' folders itself.
        var lexicon: BilingualLexicon
        if let shipped = try BilingualLexicon.shippedIfPresent(LanguagePair(source, target)) {
            lexicon = shipped
        } else if extra != nil {
            lexicon = BilingualLexicon(pair: LanguagePair(source, target))
        } else {
            return nil
        }
        if let extra { try lexicon.add(contentsOf: URL(fileURLWithPath: extra)) }
        return TranslationLexicon(lexicon, source: source, target: target)
    }

    /// The entries of an already loaded bilingual lexicon as translation keys read from `source` to `target`
    /// (so a command that also needs the ``BilingualLexicon`` reads the files once).
    /// - Parameters:
    ///   - lexicon: the lexicon, in either direction of the pair.
    ///   - source: the language of the source side.
    ///   - target: the language of the target side.
    /// - Complexity: O(n) in the number of entries.
    public init(_ lexicon: BilingualLexicon, source: LanguageCode, target: LanguageCode) {
        let pairs = lexicon.entries.map { ($0.source, $0.target, $0.weight) }
        self = TranslationLexicon(weightedPairs: pairs, sourceLanguage: lexicon.pair.source,
                                  targetLanguage: lexicon.pair.target)
            .oriented(source: source, target: target)
    }
}
