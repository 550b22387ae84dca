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
            or one to two adjacent sentences, and the statements only one side has are listed (sentences whose \
            counterpart is likely but uncertain apart from them). json: {pairs: [{source, target, score, \
            statements: [{source_text, target_text, score, source_range, target_range}], entities, events, \
            only_in_source, only_in_target, uncertain_source, uncertain_target}], unmatched_source, \
            unmatched_target}; ranges are \
            [start, end) UTF-8 bytes of each decoded NFC document text. jsonl: one line per pair (as in json, \
            plus source_fields/target_fields: the records' other fields), then one {"id", "unmatched": \
            "source"|"target", "fields"?} line per document without a counterpart. '-' reads standard input: \
            JSONL records when it starts with '{', else one document.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl, html
    }

    @OptionGroup var sides: SideArguments<DocumentSides>

    @Flag(help: "Pair a document with every related document (clusters), not only its best counterpart.")
    var many = false

    @OptionGroup var lexicon: ExtraLexiconOptions

    @Option(help: "text | json | jsonl | html.")
    var format: Format = .text

    @OptionGroup var writing: OutputOptions

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
        if let dateWindow, dateWindow < 0 { throw ValidationError("--date-window must not be negative") }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    func run() throws {
        try Frontend.running {
            let reporter = ProgressLine(command: "match", enabled: progress || isatty(2) != 0,
                                        write: StandardStreams.writeError)
            let run = try MatchPipeline.run(request, progress: MatchProgress(
                progress: reporter.report, stageEnded: reporter.finish, report: StandardStreams.writeError))
            try write(run)
        }
    }

    /// Hands the run to the writer of `--format`: every format is written as it is made, each batch of pairs
    /// analysed as it comes (the analyses and the text of a long input's pairs are many times its size).
    private func write(_ run: MatchRun) throws {
        let output = writing.output
        switch format {
        case .text:
            try Frontend.writeStreaming(to: output) { emit in
                try MatchTextWriter.write(run.result, to: emit)
                try MatchEventsTextWriter.write(run.result, analyses: { try run.analyses(of: $0) }, to: emit)
            }
        case .json:
            let writer = MatchJSONWriter(annotateBatch: { try run.analyses(of: $0).annotate })
            try Frontend.writeStreaming(to: output) { emit in try writer.write(run.result, to: emit) }
        case .jsonl:
            let writer = MatchJSONWriter(annotateBatch: { try run.analyses(of: $0).annotate })
            try Frontend.writeStreaming(to: output) { emit in
                try writer.writeLines(run.result, fields: { side, id in
                    side == .source ? run.sourceFields[id] : run.targetFields[id]
                }, to: emit)
            }
        case .html:
            let phrasing = try run.phrasingComparer()
            try Frontend.writeStreaming(to: output) { emit in
                try MatchHTMLWriter.write(run.result, analyses: { try run.analyses(of: $0) }, phrasing: phrasing.compare,
                                          to: emit)
            }
        }
    }

    /// The pipeline's request from the options.
    private var request: MatchRequest {
        var request = MatchRequest(sources: sides.source, targets: sides.target)
        request.encoding = reading.encoding
        request.sourceLanguage = languages.source
        request.targetLanguage = languages.target
        request.extraLexicon = lexicon.lexicon
        request.allowsClusters = many
        request.candidateWindowDays = dateWindow
        request.date = date.flatMap(CalendarDate.init(iso:))
        return request
    }
}
