import Foundation
import TolkAlign
import TolkLexicon
import TolkText

/// The lexicon of a language pair: the shipped one (either direction) with the user's extra file added, in the
/// two forms the commands use (entries for phrasing and glossaries, translation keys for matching).
///
/// ```swift
/// let pair = try PairLexicon(source: .danish, target: .english, extra: nil)
/// let matcher = try ComparableMatcher(lexicon: pair.translationKeys)
/// ```
public struct PairLexicon: Sendable {
    public let source: LanguageCode
    public let target: LanguageCode
    /// The lexicon of the pair, nil when none is shipped and no extra file is given.
    public let lexicon: BilingualLexicon?
    /// The lexicon's entries as translation keys read from `source` to `target`.
    public let translationKeys: TranslationLexicon?

    /// - Throws: ``LexiconError`` when the shipped lexicon or `extra` cannot be read.
    public init(source: LanguageCode, target: LanguageCode, extra: String?) throws {
        self.source = source
        self.target = target
        lexicon = try Self.lexicon(extra: extra, source: source, target: target)
        translationKeys = lexicon.map { TranslationLexicon($0, source: source, target: target) }
    }

    /// The shipped lexicon of the pair (either direction) plus `extra`; nil when there is none.
    /// - Throws: ``LexiconError`` naming the file and line of a malformed entry.
    public static func lexicon(extra: String?, source: LanguageCode, target: LanguageCode) throws -> BilingualLexicon? {
        try lexicon(shipped: try BilingualLexicon.shippedIfPresent(LanguagePair(source, target)), extra: extra,
                    source: source, target: target)
    }

    /// `shipped` (already read) plus the entries of `extra`; nil when there is neither.
    /// - Throws: ``LexiconError`` naming the file and line of a malformed entry of `extra`.
    public static func lexicon(shipped: BilingualLexicon?, extra: String?, source: LanguageCode,
                               target: LanguageCode) throws -> BilingualLexicon? {
        var lexicon = shipped
        if let extra {
            if lexicon == nil { lexicon = BilingualLexicon(pair: LanguagePair(source, target)) }
            try lexicon?.add(contentsOf: URL(fileURLWithPath: extra))
        }
        return lexicon
    }
}

extension ComparableMatcher {
    /// A matcher of comparable coverage with the default options that reads translations from `lexicon` (nil:
    /// without a lexicon).
    /// - Throws: ``AlignmentError`` when the shipped data the matcher reads is missing or malformed.
    public init(lexicon: TranslationLexicon?) throws {
        var options = MatchOptions()
        options.lexicon = lexicon
        try self.init(options: options)
    }
}
