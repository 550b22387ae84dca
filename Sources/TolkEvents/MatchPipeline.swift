import Foundation
import TolkAlign
import TolkEntities
import TolkLanguage
import TolkLexicon
import TolkMatch
import TolkText

/// What `tolk match` reads and how: two sides of comparable coverage and the matching options.
public struct MatchRequest: Sendable {
    /// Source documents: a file, a directory of files, or a JSONL file of records (`-`: standard input).
    public var sources: String
    /// Target documents, as ``sources``.
    public var targets: String
    /// The inputs' encoding (`nil`: detected; JSONL is always UTF-8).
    public var encoding: String?
    /// The source language every document takes (`nil`: each document's own, by ``LanguagePolicy``).
    public var sourceLanguage: LanguageCode?
    /// The target language every document takes (`nil`: each document's own).
    public var targetLanguage: LanguageCode?
    /// An extra lexicon file beside the shipped one.
    public var extraLexicon: String?
    /// Pair a document with every related document, not only its best counterpart.
    public var allowsClusters = false
    /// Compare only documents published at most this many days apart (`nil`: no window).
    public var candidateWindowDays: Int?
    /// The publication date of every document whose record gives none and whose text has no `date` stamp.
    public var date: CalendarDate?

    /// A request to match `sources` against `targets` with the default options.
    public init(sources: String, targets: String) {
        self.sources = sources
        self.targets = targets
    }
}

/// A matched corpus, ready for a writer: the pairs with their statements, each pair's analysis (entities,
/// links, events), and what the writers pass through.
public struct MatchRun: Sendable {
    /// Pairs, statements and the documents without a counterpart.
    public let result: ComparableMatch
    /// What the analyses read: the gazetteer, the shipped lexicon and the publication dates by document id.
    let gazetteer: Gazetteer
    let shippedLexicon: BilingualLexicon?
    let published: [String: PublicationDate]
    /// Each source JSONL record's other fields as a JSON object text, by document id.
    public let sourceFields: [String: String]
    /// Each target JSONL record's other fields, by document id.
    public let targetFields: [String: String]
    /// The source side's language (the option, else its documents' most common one).
    public let sourceLanguage: LanguageCode
    /// The target side's language.
    public let targetLanguage: LanguageCode
    /// The pair's lexicon: the shipped one with the extra file added (nil when there is neither).
    public let lexicon: BilingualLexicon?

    /// Entities, links and events of every pair (analysed on the cores when called).
    /// - Throws: ``TextError`` when ICU cannot open iterators for a document's language.
    public func analyses() throws -> MatchAnalyses { try analyses(of: result.pairs) }

    /// Entities, links and events of `pairs` only (one batch of a writer): a long result's analyses need not be
    /// held all at once.
    /// - Throws: ``TextError`` when ICU cannot open iterators for a document's language.
    /// The analyzers are kept across calls (``PairAnalyzerPool``): a writer's batches share their caches.
    public func analyses(of pairs: [MatchedPair]) throws -> MatchAnalyses {
        try MatchAnalyses(pairs: pairs, published: published, pool: analyzers)
    }

    /// The run's pair analyzers, lent to the threads of each call of ``analyses(of:)``.
    private let analyzers: PairAnalyzerPool

    init(result: ComparableMatch, gazetteer: Gazetteer, shippedLexicon: BilingualLexicon?,
         published: [String: PublicationDate], sourceFields: [String: String], targetFields: [String: String],
         sourceLanguage: LanguageCode, targetLanguage: LanguageCode, lexicon: BilingualLexicon?) {
        self.result = result
        self.gazetteer = gazetteer
        self.shippedLexicon = shippedLexicon
        self.published = published
        self.sourceFields = sourceFields
        self.targetFields = targetFields
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.lexicon = lexicon
        analyzers = PairAnalyzerPool { PairAnalyzer(gazetteer: gazetteer, lexicon: shippedLexicon) }
    }
}

/// How a long run reports its progress: `progress(stage, done, total)` (total nil: unknown) as work is done,
/// `stageEnded()` when a stage is over, `report(lines)` for the lines of standard error, in order.
public struct MatchProgress {
    public var progress: (_ stage: String, _ done: Int, _ total: Int?) -> Void
    public var stageEnded: () -> Void
    public var report: (String) -> Void

    /// Reports through the three functions given.
    public init(progress: @escaping (String, Int, Int?) -> Void = { _, _, _ in }, stageEnded: @escaping () -> Void = {},
                report: @escaping (String) -> Void) {
        self.progress = progress
        self.stageEnded = stageEnded
        self.report = report
    }
}

/// `tolk match` as one call: pairs the documents of two sides that cover the same story, matches their
/// statements, and analyses every pair (entities, links, events).
///
/// It lives here, not in TolkMatch, because the analysis of each pair needs TolkEntities and TolkEvents
/// (docs/DESIGN.md); TolkPhrasing adds the phrasing comparer of a run (``MatchRun/phrasingComparer()``).
///
/// ```swift
/// let run = try MatchPipeline.run(MatchRequest(sources: "da/", targets: "en/"),
///                                 progress: MatchProgress(report: { print($0, terminator: "") }))
/// for pair in run.result.pairs { print(pair.source.id, pair.target.id, pair.statements.matches.count) }
/// ```
public enum MatchPipeline {
    /// Reads both sides (each document's language by ``LanguagePolicy``, segmented by its rules), dates the
    /// documents (record, option, or a leading `date` stamp), loads the pair's lexicon, matches, and analyses
    /// every matched pair on all cores.
    /// - Throws: ``TextError`` naming an unreadable input (file and line or byte), ``InputUsageError`` for a
    ///   JSONL `language` that is no language code, ``LexiconError`` or ``DataError`` naming a malformed data
    ///   file and line, ``AlignmentError`` for broken matching data.
    public static func run(_ request: MatchRequest, progress: MatchProgress) throws -> MatchRun {
        try MemoryLimit.check(memoryNeed, inputBytes: MemoryLimit.inputBytes([request.sources, request.targets]),
                              command: "match")
        let policy = LanguagePolicy()
        var segmenters: [LanguageCode: Segmenter] = [:]
        // With both languages given (every document takes them), the lexicon loads while the documents are read.
        let early = request.sourceLanguage.flatMap { source in
            request.targetLanguage.map { ShippedLexicon(source: source, target: $0) }
        }
        // So does the sentence encoder statement matching reads (kept by SentenceEncoder.shipped() for the
        // matcher, which loads it again, and reports what failed, if this did not succeed).
        let bothGiven = request.sourceLanguage != nil && request.targetLanguage != nil
        let space: Background<Void>? = bothGiven && request.sourceLanguage != request.targetLanguage
            ? Background { _ = try SentenceEncoder.shipped() } : nil
        let sourceSide = try MatchSide(
            path: request.sources, encoding: request.encoding, option: request.sourceLanguage, fallback: .danish,
            policy: policy, segmenters: &segmenters) { progress.progress("reading sources", $0, nil) }
        let targetSide = try MatchSide(
            path: request.targets, encoding: request.encoding, option: request.targetLanguage, fallback: .english,
            policy: policy, segmenters: &segmenters) { progress.progress("reading targets", $0, nil) }
        progress.stageEnded()
        progress.report(sourceSide.report("sources") + targetSide.report("targets"))
        let sourceCode = sourceSide.language
        let targetCode = targetSide.language
        let published = Self.published(records: sourceSide.dates.merging(targetSide.dates) { first, _ in first },
                                       option: request.date, documents: sourceSide.documents + targetSide.documents)
        // Pairing prefers coverage published close together: each document's publication day.
        let sourceDocuments = Self.dated(sourceSide.documents, published: published)
        let targetDocuments = Self.dated(targetSide.documents, published: published)
        let data = early ?? ShippedLexicon(source: sourceCode, target: targetCode)

        var options = MatchOptions()
        options.allowsClusters = request.allowsClusters
        options.candidateWindowDays = request.candidateWindowDays
        // The shipped lexicon is read once: the events analysis uses it as shipped, matching and the
        // html phrasing comparison with the extra file added.
        let shipped = try data.lexicon.value()
        // The gazetteer, needed only by the analyses after matching, loads meanwhile: started once the lexicon
        // (on the way to matching) is in, so that it does not slow that down.
        let languages = [sourceCode, targetCode]
        let gazetteer = Background { try Gazetteer.shipped(languages: languages) }
        let withExtra = try PairLexicon.lexicon(shipped: shipped, extra: request.extraLexicon,
                                                source: sourceCode, target: targetCode)
        options.lexicon = withExtra.map { TranslationLexicon($0, source: sourceCode, target: targetCode) }
        space?.wait()
        let matcher = try ComparableMatcher(options: options)
        progress.report(LongDocuments.notes(sourceDocuments + targetDocuments, limit: options.maximumPartSentences,
                                            command: "match"))
        let result = matcher.match(source: sourceDocuments, target: targetDocuments) { done, total in
            progress.progress("matching statements", done, total)
        }
        progress.stageEnded()
        return MatchRun(result: result, gazetteer: try gazetteer.value(), shippedLexicon: shipped,
                        published: published, sourceFields: sourceSide.fields, targetFields: targetSide.fields,
                        sourceLanguage: sourceCode, targetLanguage: targetCode, lexicon: withExtra)
    }

    /// The address space `match` needs (``MemoryLimit``), above what was measured on the release build
    /// (docs/MEASURED.md, issue 16): the two samples ran under `ulimit -v` down to 230 MB; NTREX repeated to
    /// 1 MB a side reached 238 MB of address space (10 bytes per further byte of input).
    static let memoryNeed = MemoryLimit.Need(fixed: 256 << 20, perInputByte: 12)

    /// `documents` with their publication days: the date given (`published`), else a leading `date` stamp; a
    /// month-only date counts as the month's 15th, a year alone as none.
    static func dated(_ documents: [ComparableDocument], published: [String: PublicationDate]) -> [ComparableDocument] {
        documents.map { document in
            var dated = document
            if let date = published[document.id]?.date ?? PublicationDate.leadingStamp(of: document.text)?.date,
               let month = date.month {
                dated.publicationDay = ComparableDocument.dayNumber(year: date.year, month: month, day: date.day ?? 15)
            }
            return dated
        }
    }

    /// Publication dates by document id: a record's `date` or an HTML page's, else `option` for a document
    /// without a leading `date` stamp (the analysis reads the stamp itself).
    static func published(records: [String: PublicationDate], option: CalendarDate?,
                          documents: [ComparableDocument]) -> [String: PublicationDate] {
        var result = records
        if let option {
            for document in documents where result[document.id] == nil
                && PublicationDate.leadingStamp(of: document.text) == nil {
                result[document.id] = PublicationDate(date: option, origin: .option)
            }
        }
        return result
    }
}

/// The shipped bilingual lexicon of a language pair (`nil` when none is shipped), loading on another thread from
/// the start.
struct ShippedLexicon {
    let lexicon: Background<BilingualLexicon?>

    init(source: LanguageCode, target: LanguageCode) {
        lexicon = Background { try BilingualLexicon.shippedIfPresent(LanguagePair(source, target)) }
    }
}
