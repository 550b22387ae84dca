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

    @OptionGroup var sides: SideArguments<DocumentSides>
    @OptionGroup var lexicon: ExtraLexiconOptions
    @Option(help: "text | json | html.")
    var format: Format = .text
    @OptionGroup var writing: OutputOptions

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var reading: EncodingOptions

    func run() throws {
        try Frontend.running {
            let run = try ComparePipeline.run(
                sources: sides.source, targets: sides.target, encoding: reading.encoding,
                sourceLanguage: languages.source, targetLanguage: languages.target, extraLexicon: lexicon.lexicon,
                report: StandardStreams.writeError)
            try write(run)
        }
    }

    /// Hands the comparisons to the writer of `--format` (json streamed: each pair is compared as it is written,
    /// a long input's text is many times its size).
    private func write(_ run: PhrasingRun) throws {
        let output = writing.output
        switch format {
        case .json: try Frontend.writeStreaming(to: output) { try PhrasingJSONWriter.write(run.comparisons, to: $0) }
        case .text: try Frontend.write(Data(PhrasingTextWriter.text(Array(run.comparisons)).utf8), to: output)
        case .html: try Frontend.write(Data(PhrasingHTML.page(Array(run.comparisons)).utf8), to: output)
        }
    }
}
