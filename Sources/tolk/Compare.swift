import ArgumentParser
import Foundation
import TolkAlign
import TolkEvents
import TolkFormats
import TolkLexicon
import TolkMatch
import TolkPhrasing
import TolkText

/// `tolk compare`: how two outlets phrase the same story.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare how two outlets phrase the same story: sources, reporting verbs, hedges, quotes.",
        discussion: """
            SOURCE and TARGET are two articles (or, like `tolk match`, directories or JSONL files, whose \
            documents are paired first). For the whole articles and for each matched statement, side by side: \
            who is cited and how (reporting verbs and attribution markers with their sources), hedges and \
            certainty markers, evaluative words, direct quotes versus paraphrase, and the words only one side \
            uses. Word lists: lexicons/phrasing/<language>/ and lexicons/da-en/reporting.tsv. json ranges are \
            [start, end) UTF-8 bytes of each decoded NFC document.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: "Source article: a file (or a directory or .jsonl file of documents).")
    var source: String
    @Argument(help: "Target article: a file (or a directory or .jsonl file of documents).")
    var target: String
    @Option(help: ArgumentHelp("An extra lexicon (TSV: source, target, pos, weight, origin, category).", valueName: "file"))
    var lexicon: String?
    @Option(help: "text | json | html.")
    var format: Format = .text
    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var reading: EncodingOptions

    func validate() throws {
        try Frontend.validateStandardInput([source, target])
    }

    func run() throws {
        do {
            let sides = try GlossaryInput.comparableSides(sources: source, targets: target, encoding: reading.encoding,
                                                          sourceOption: languages.sourceLanguage, targetOption: languages.targetLanguage,
                                                          command: "compare")
            let inputs = try GlossaryInput.LanguagesAndLexicon(source: sides.source.language,
                                                               target: sides.target.language, extra: lexicon)
            let pairs = try Self.pairs(sources: sides.source.documents, targets: sides.target.documents,
                                       lexicon: inputs.translationKeys)
            let comparer = try PhrasingComparer(sourceLanguage: inputs.source, targetLanguage: inputs.target,
                                                lexicon: inputs.lexicon)
            if format == .json {
                // Each pair is compared as it is written: a long input's text is many times its size.
                try Frontend.writeStreaming(to: output) { emit in
                    try PhrasingJSONWriter.write(pairs.lazy.map(comparer.compare), to: emit)
                }
                return
            }
            let comparisons = pairs.map(comparer.compare)
            let text: String
            switch format {
            case .text: text = PhrasingTextWriter.text(comparisons)
            case .json: text = try PhrasingJSONWriter.json(comparisons)
            case .html: text = PhrasingHTML.page(comparisons)
            }
            try Frontend.write(Data(text.utf8), to: output)
        } catch {
            throw Frontend.fail(error)
        }
    }

    /// The matched pairs: two single articles are compared even when the pairer finds them unrelated.
    static func pairs(sources: [ComparableDocument], targets: [ComparableDocument],
                      lexicon: TranslationLexicon?) throws -> [MatchedPair] {
        let matcher = try GlossaryInput.matcher(lexicon: lexicon)
        LongDocuments.report(sources + targets, limit: matcher.options.maximumPartSentences, command: "compare")
        let result = matcher.match(source: sources, target: targets)
        if result.pairs.isEmpty, sources.count == 1, targets.count == 1, let first = sources.first,
           let second = targets.first {
            return matcher.matchPair(source: first, target: second)
        }
        return result.pairs
    }
}
