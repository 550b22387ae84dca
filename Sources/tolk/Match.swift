import ArgumentParser
import Foundation
import TolkAlign
import TolkEntities
import TolkEvents
import TolkFormats
import TolkLanguage
import TolkLexicon
import TolkMatch
import TolkPhrasing
import TolkText

/// `tolk match`: pairs the source and target documents that cover the same story and matches their statements.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pair documents that cover the same story across two languages and match their statements.",
        discussion: """
            Each side is a file, a directory of files (sorted by name), or a JSONL file of {"id", "text", \
            "language"?} records. Documents are paired one-to-one (--many: every related pair) and documents \
            without a counterpart are listed; inside each pair, statements are matched in any order, one to one \
            or one to two adjacent sentences, and the statements only one side has are listed. json: {pairs: \
            [{source, target, score, statements: [{source_text, target_text, score, source_range, target_range}], \
            entities, events, only_in_source, only_in_target}], unmatched_source, unmatched_target}; ranges are \
            [start, end) UTF-8 bytes of each decoded NFC document text. jsonl: one line per pair (as in json, \
            plus source_fields/target_fields: the records' other fields), then one {"id", "unmatched": \
            "source"|"target", "fields"?} line per document without a counterpart. '-' reads standard input: \
            JSONL records when it starts with '{', else one document.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl, html
    }

    @Argument(help: "Source documents: a file, a directory, or a .jsonl file.")
    var sources: String

    @Argument(help: "Target documents: a file, a directory, or a .jsonl file.")
    var targets: String

    @Flag(help: "Pair a document with every related document (clusters), not only its best counterpart.")
    var many = false

    @Option(help: ArgumentHelp("An extra lexicon (TSV: source, target, pos, weight, origin, category) beside the shipped one.",
                               valueName: "file"))
    var lexicon: String?

    @Option(help: "text | json | jsonl | html.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    var output: String?



    @Option(help: ArgumentHelp("Publication date (YYYY, YYYY-MM or YYYY-MM-DD) of every document whose record gives none; without it a document's leading 'date YYYY-MM[-DD]' stamp is read.",
                               valueName: "date"))
    var date: String?

    @Option(name: .customLong("date-window"),
            help: ArgumentHelp("Compare only documents published at most this many days apart, such as 30 for news (both dated; a document without a date is compared with every document). Default: no window.",
                               valueName: "days"))
    var dateWindow: Int?

    @Flag(help: "Report progress on standard error (on by default when it is a terminal).")
    var progress = false

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var reading: EncodingOptions

    func validate() throws {
        try Frontend.validateStandardInput([sources, targets])
        if let dateWindow, dateWindow < 0 { throw ValidationError("--date-window must not be negative") }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    func run() throws {
        do {
            let reporter = ProgressReporter(enabled: progress || isatty(2) != 0)
            let policy = LanguagePolicy()
            var segmenters: [LanguageCode: Segmenter] = [:]
            let sourceOption = languages.source
            let targetOption = languages.target
            // With both languages given (every document takes them), the lexicon loads while the documents are read.
            let early = sourceOption.flatMap { source in targetOption.map { MatchData(source: source, target: $0) } }
            let sourceSide = try MatchSide(
                path: sources, encoding: reading.encoding, option: sourceOption, fallback: .danish,
                policy: policy, segmenters: &segmenters) { reporter.report("reading sources", $0, nil) }
            let targetSide = try MatchSide(
                path: targets, encoding: reading.encoding, option: targetOption, fallback: .english,
                policy: policy, segmenters: &segmenters) { reporter.report("reading targets", $0, nil) }
            reporter.finish()
            StandardStreams.writeError(sourceSide.report("sources") + targetSide.report("targets"))
            let sourceCode = sourceSide.language
            let targetCode = targetSide.language
            let published = Self.published(records: sourceSide.dates.merging(targetSide.dates) { first, _ in first },
                                           option: date.flatMap(CalendarDate.init(iso:)),
                                           documents: sourceSide.documents + targetSide.documents)
            // Pairing prefers coverage published close together: each document's publication day.
            let sourceDocuments = Self.dated(sourceSide.documents, published: published)
            let targetDocuments = Self.dated(targetSide.documents, published: published)
            let data = early ?? MatchData(source: sourceCode, target: targetCode)

            var options = MatchOptions()
            options.allowsClusters = many
            options.candidateWindowDays = dateWindow
            // The shipped lexicon is read once: the events analysis uses it as shipped, matching and the
            // html phrasing comparison with the extra file added.
            let shipped = try data.lexicon.value()
            // The gazetteer, needed only by the analyses after matching, loads meanwhile: started once the lexicon
            // (on the way to matching) is in, so that it does not slow that down.
            let languages = [sourceCode, targetCode]
            let gazetteer = Background { try Gazetteer.shipped(languages: languages) }
            let withExtra = try GlossaryInput.lexicon(shipped: shipped, extra: lexicon,
                                                      source: sourceCode, target: targetCode)
            options.lexicon = withExtra.map { TranslationLexicon($0, source: sourceCode, target: targetCode) }
            let matcher = try ComparableMatcher(options: options)
            LongDocuments.report(sourceDocuments + targetDocuments, limit: options.maximumPartSentences,
                                 command: "match")
            let result = matcher.match(source: sourceDocuments, target: targetDocuments) { done, total in
                reporter.report("matching statements", done, total)
            }
            reporter.finish()
            let analyses = try Self.analyses(result, gazetteer: gazetteer.value(), lexicon: shipped,
                                             published: published)
            let text: String
            switch format {
            case .text:
                text = MatchTextWriter.text(result) + MatchEventsTextWriter.text(result, analyses: analyses)
            case .json:
                // Written as it is encoded: the text of a long input's pairs is many times its size.
                let writer = MatchJSONWriter(annotate: analyses.annotate)
                try Frontend.writeStreaming(to: output) { emit in try writer.write(result, to: emit) }
                return
            case .jsonl:
                let writer = MatchJSONWriter(annotate: analyses.annotate)
                let sourceFields = sourceSide.fields
                let targetFields = targetSide.fields
                try Frontend.writeStreaming(to: output) { emit in
                    try writer.writeLines(result, fields: { side, id in
                        side == .source ? sourceFields[id] : targetFields[id]
                    }, to: emit)
                }
                return
            case .html:
                let comparer = try PhrasingComparer(sourceLanguage: sourceCode, targetLanguage: targetCode,
                                                    lexicon: withExtra)
                text = MatchHTMLWriter.html(result, analyses: analyses, phrasing: comparer.compare)
            }
            try Frontend.write(Data(text.utf8), to: output)
        } catch {
            throw Frontend.fail(error)
        }
    }

    /// Entities, links and events of every pair (TolkEvents), for every format, pairs spread over the cores;
    /// `lexicon` is the shipped lexicon of the pair (nil when none is shipped).
    static func analyses(_ result: ComparableMatch, gazetteer: Gazetteer, lexicon: BilingualLexicon?,
                         published: [String: PublicationDate] = [:]) throws -> MatchAnalyses {
        try MatchAnalyses(result, published: published) { PairAnalyzer(gazetteer: gazetteer, lexicon: lexicon) }
    }

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

    /// Publication dates by document id: a record's `date`, else `option` for a document without a leading
    /// `date` stamp (the analysis reads the stamp itself).
    static func published(records: [String: CalendarDate], option: CalendarDate?,
                          documents: [ComparableDocument]) -> [String: PublicationDate] {
        var result = records.mapValues { PublicationDate(date: $0, origin: .record) }
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
struct MatchData {
    let lexicon: Background<BilingualLexicon?>

    init(source: LanguageCode, target: LanguageCode) {
        lexicon = Background { try BilingualLexicon.shippedIfPresent(LanguagePair(source, target)) }
    }
}

/// Progress lines on standard error, rewritten in place, at most a few times a second.
final class ProgressReporter {
    private let enabled: Bool
    private var last = Date.distantPast
    private var wrote = false

    init(enabled: Bool) { self.enabled = enabled }

    /// Reports `done` of `total` (nil: of an unknown number) for `stage`; the last one of a known total always.
    func report(_ stage: String, _ done: Int, _ total: Int?) {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(last) > 0.2 else { return }
        last = now
        let count = total.map { "\(done)/\($0)" } ?? "\(done)"
        StandardStreams.writeError("\rtolk match: \(stage) \(count)\u{1B}[K")
        wrote = true
    }

    /// Ends the progress line.
    func finish() {
        if wrote { StandardStreams.writeError("\n") }
        wrote = false
    }
}
