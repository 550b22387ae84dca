import TolkLanguage
import TolkMatch
import TolkText

/// What `tolk glossary` reads and how: a translation (or comparable coverage) and the extraction options.
public struct GlossaryRequest: Sendable {
    /// The source document (with ``comparable``: a file, directory or JSONL file of documents).
    public var sources: String
    /// The target document (with ``comparable``: a file, directory or JSONL file of documents).
    public var targets: String
    /// The inputs are comparable coverage: documents are paired and their matched statements are the units.
    public var comparable = false
    /// The inputs hold one sentence per line, taken as given (translations only).
    public var presegmented = false
    /// The inputs' encoding (`nil`: detected).
    public var encoding: String?
    /// The source language given on the command line (`nil`: by ``LanguagePolicy``).
    public var sourceLanguage: LanguageCode?
    /// The target language given on the command line (`nil`: by ``LanguagePolicy``).
    public var targetLanguage: LanguageCode?
    /// An extra lexicon file beside the shipped one.
    public var extraLexicon: String?
    /// How terms are linked, filtered and shown.
    public var options = GlossaryOptions()

    /// A request for the glossary of `sources` against `targets`, with the default options.
    public init(sources: String, targets: String) {
        self.sources = sources
        self.targets = targets
    }
}

/// A glossary extracted from aligned text, with the languages it was read in.
public struct GlossaryRun: Sendable {
    /// The glossary (merged into the existing one when one was given).
    public var glossary: Glossary
    public var sourceLanguage: LanguageCode
    public var targetLanguage: LanguageCode
    /// With an existing glossary: how many entries it had (kept as they were) and the entries added.
    public var merged: (kept: Int, added: [GlossaryEntry])?
    /// Why the extracted glossary is empty, for standard error (nil when it is not empty): see
    /// ``GlossaryExtractor/emptyReason(_:glossary:comparable:)``.
    public var emptyReason: String?
}

/// `tolk glossary` as one call: bilingual term pairs from a translation or from comparable coverage.
///
/// ```swift
/// var request = GlossaryRequest(sources: "report.da.txt", targets: "report.en.txt")
/// request.options.minimumCount = 3
/// let run = try GlossaryPipeline.run(request) { print($0, terminator: "") }
/// for entry in run.glossary.entries { print(entry.source, entry.target) }
/// ```
public enum GlossaryPipeline {
    /// Decides the languages (``LanguagePolicy``), loads the pair's lexicon (the shipped one plus the extra
    /// file), makes the aligned units (a translation aligned by ``SentenceAligner``, or the matched statements
    /// of comparable coverage), extracts the glossary, and merges it into `existing` when given.
    /// - Parameters:
    ///   - existing: reads the glossary to add to, in the languages decided (`nil`: none).
    ///   - report: receives, as they arise, the lines for standard error (each side's language and how it was
    ///     found).
    /// - Throws: ``MemoryLimitError`` when `ulimit -v` leaves too little room for the inputs (checked before they
    ///   are read), ``TextError`` naming an unreadable input, ``LexiconError`` or ``DataError`` naming a
    ///   malformed data file and line, ``AlignmentError`` for broken alignment data, or what `existing` throws.
    public static func run(_ request: GlossaryRequest,
                           existing: ((LanguageCode, LanguageCode) throws -> Glossary)? = nil,
                           report: (String) -> Void) throws -> GlossaryRun {
        try MemoryLimit.check(memoryNeed, inputBytes: MemoryLimit.inputBytes([request.sources, request.targets]),
                              command: "glossary")
        let (units, lexicon) = try request.comparable ? comparableUnits(request, report: report)
            : translationUnits(request, report: report)
        let extractor = try GlossaryExtractor(sourceLanguage: lexicon.source, targetLanguage: lexicon.target,
                                              lexicon: lexicon.lexicon, options: request.options)
        let extracted = extractor.extract(units)
        var run = GlossaryRun(glossary: extracted, sourceLanguage: lexicon.source, targetLanguage: lexicon.target)
        run.emptyReason = try extractor.emptyReason(units, glossary: extracted, comparable: request.comparable)
        if let existing {
            let old = try existing(lexicon.source, lexicon.target)
            let merged = GlossaryMerger.merge(existing: old, new: run.glossary)
            run.glossary = merged.glossary
            run.merged = (old.entries.count, merged.added)
        }
        return run
    }

    /// The address space `glossary` needs (``MemoryLimit``), above what was measured on the release build
    /// (docs/MEASURED.md, issue 16): 181 MB on the two samples (189 MB with `--comparable`), 30 bytes per
    /// further byte of input.
    static let memoryNeed = MemoryLimit.Need(fixed: 208 << 20, perInputByte: 40)

    /// The matched statements of comparable coverage, read as `tolk match` reads it.
    private static func comparableUnits(_ request: GlossaryRequest,
                                        report: (String) -> Void) throws -> ([AlignedUnit], PairLexicon) {
        let sides = try MatchSide.read(sources: request.sources, targets: request.targets, encoding: request.encoding,
                                       sourceOption: request.sourceLanguage, targetOption: request.targetLanguage,
                                       command: "glossary", report: report)
        let lexicon = try PairLexicon(source: sides.source.language, target: sides.target.language,
                                      extra: request.extraLexicon)
        let units = try GlossaryInput.comparableUnits(sources: sides.source.documents,
                                                      targets: sides.target.documents,
                                                      lexicon: lexicon.translationKeys)
        return (units, lexicon)
    }

    /// The sentence pairs of a document and its translation.
    private static func translationUnits(_ request: GlossaryRequest,
                                         report: (String) -> Void) throws -> ([AlignedUnit], PairLexicon) {
        let policy = LanguagePolicy()
        let source = try GlossaryInput.fileLanguage(option: request.sourceLanguage, path: request.sources,
                                                    encoding: request.encoding, fallback: .danish, policy: policy)
        let target = try GlossaryInput.fileLanguage(option: request.targetLanguage, path: request.targets,
                                                    encoding: request.encoding, fallback: .english, policy: policy)
        let lexicon = try PairLexicon(source: source.language, target: target.language, extra: request.extraLexicon)
        let units = try GlossaryInput.translationUnits(
            source: request.sources, target: request.targets, source: lexicon.source, target: lexicon.target,
            presegmented: request.presegmented, encoding: request.encoding, lexicon: lexicon.translationKeys)
        report(source.report(command: "glossary", side: "source"))
        report(target.report(command: "glossary", side: "target"))
        return (units, lexicon)
    }
}
