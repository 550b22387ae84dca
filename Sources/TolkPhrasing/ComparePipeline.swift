import TolkAlign
import TolkLanguage
import TolkMatch
import TolkText

/// The phrasing comparison of two sides of coverage, ready for a writer: the matched pairs and the comparer.
public struct PhrasingRun {
    /// The matched pairs (two single articles are one pair even when the pairer finds them unrelated).
    public let pairs: [MatchedPair]
    /// The comparer of the pair's languages, with the pair's lexicon.
    public let comparer: PhrasingComparer

    /// The comparison of every pair, computed as it is read (a long input's comparisons are many times its
    /// size, so a writer that streams never holds them all).
    public var comparisons: LazyMapSequence<[MatchedPair], PhrasingComparison> { pairs.lazy.map(comparer.compare) }
}

/// `tolk compare` as one call: how two outlets phrase the same story.
///
/// ```swift
/// let run = try ComparePipeline.run(sources: "a.da.txt", targets: "b.en.txt") { print($0, terminator: "") }
/// for comparison in run.comparisons { print(comparison.sourceDocument, comparison.targetDocument) }
/// ```
public enum ComparePipeline {
    /// Reads both sides (files, directories or JSONL files, each document's language by ``LanguagePolicy``),
    /// loads the pair's lexicon (the shipped one plus `extraLexicon`), pairs the documents and matches their
    /// statements, and opens the phrasing comparer of the two languages.
    /// - Parameters:
    ///   - sourceLanguage, targetLanguage: the languages given on the command line (`nil`: each document's own).
    ///   - report: receives, as they arise, the lines for standard error: each side's language and how it was
    ///     found, then notes on documents too long to match in one piece.
    /// - Throws: ``MemoryLimitError`` when `ulimit -v` leaves too little room for the inputs (checked before they
    ///   are read), ``TextError`` naming an unreadable input (file and line or byte), ``LexiconError`` or
    ///   ``DataError`` naming a malformed data file and line, ``AlignmentError`` for broken matching data.
    public static func run(sources: String, targets: String, encoding: String? = nil,
                           sourceLanguage: LanguageCode? = nil, targetLanguage: LanguageCode? = nil,
                           extraLexicon: String? = nil, report: (String) -> Void) throws -> PhrasingRun {
        try MemoryLimit.check(memoryNeed, inputBytes: MemoryLimit.inputBytes([sources, targets]), command: "compare")
        let sides = try MatchSide.read(sources: sources, targets: targets, encoding: encoding,
                                       sourceOption: sourceLanguage, targetOption: targetLanguage,
                                       command: "compare", report: report)
        let lexicon = try PairLexicon(source: sides.source.language, target: sides.target.language,
                                      extra: extraLexicon)
        let pairs = try Self.pairs(sources: sides.source.documents, targets: sides.target.documents,
                                   lexicon: lexicon.translationKeys, report: report)
        let comparer = try PhrasingComparer(sourceLanguage: lexicon.source, targetLanguage: lexicon.target,
                                            lexicon: lexicon.lexicon)
        return PhrasingRun(pairs: pairs, comparer: comparer)
    }

    /// The address space `compare` needs (``MemoryLimit``), above what was measured on the release build
    /// (docs/MEASURED.md, issue 16): 154 MB on the two samples, 8.6 bytes per further byte of input.
    static let memoryNeed = MemoryLimit.Need(fixed: 176 << 20, perInputByte: 12)

    /// The matched pairs: two single articles are compared even when the pairer finds them unrelated.
    static func pairs(sources: [ComparableDocument], targets: [ComparableDocument], lexicon: TranslationLexicon?,
                      report: (String) -> Void) throws -> [MatchedPair] {
        let matcher = try ComparableMatcher(lexicon: lexicon)
        report(LongDocuments.notes(sources + targets, limit: matcher.options.maximumPartSentences, command: "compare"))
        let result = matcher.match(source: sources, target: targets)
        if result.pairs.isEmpty, sources.count == 1, targets.count == 1, let first = sources.first,
           let second = targets.first {
            return matcher.matchPair(source: first, target: second)
        }
        return result.pairs
    }
}
