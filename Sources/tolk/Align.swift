import ArgumentParser
import Foundation
import TolkAlign
import TolkFormats
import TolkLanguage
import TolkLexicon
import TolkText

/// `tolk align`: sentence pairs from a document and its translation.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the sentences of a document with those of its translation.",
        discussion: """
            Beads are 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3 and 3-1; every sentence of both inputs appears in exactly \
            one bead, in order. beads: 'source indices:target indices' per line (0-based, '3:' and ':4' for a \
            sentence without counterpart); tsv: source tab target; json: beads with texts and confidence; tmx: \
            TMX 1.4b translation memory of the pairs.
            """
    )

    typealias OutputFormat = AlignmentFormat

    @OptionGroup var sides: SideArguments<Sides>

    @Flag(help: "The inputs hold one sentence per line, taken as given (otherwise TolkText segments them).")
    var presegmented = false

    @OptionGroup var lexicon: ExtraLexiconOptions

    @Flag(help: "Use no lexicon at all (not even the shipped one): length, cognates, numbers, names and punctuation only.")
    var noLexicon = false

    @OptionGroup var reading: EncodingOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .beads

    @OptionGroup var writing: OutputOptions

    @OptionGroup var languages: LanguagePairOptions

    @Option(name: .customLong("min-confidence"),
            help: ArgumentHelp("Write pairs under this confidence (0 to 1) as unaligned sentences (left out of tmx).",
                               valueName: "confidence"))
    var minConfidence: Double?

    func validate() throws {
        if noLexicon && lexicon.lexicon != nil { throw ValidationError("--lexicon and --no-lexicon exclude each other") }
        try Frontend.validateStandardInput(sides.paths, rereads: presegmented ? "--presegmented" : nil)
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    func run() throws {
        try Frontend.running {
            let alignment = try AlignPipeline.prepare(request, report: StandardStreams.writeError)
            let sink = try BufferedOutputFile(path: writing.output)
            let writer = AlignmentStreamWriter(format: format, sourceLanguage: alignment.sourceLanguage,
                                               targetLanguage: alignment.targetLanguage, toolVersion: Tolk.version,
                                               emit: sink.write)
            try writer.begin()
            let review = try alignment.run(minimumConfidence: minConfidence, emit: writer.add)
            try writer.end()
            try sink.commit()
            for note in review.notes(command: "align") { StandardStreams.writeError(note + "\n") }
        }
    }

    /// The pipeline's request from the options.
    private var request: AlignmentRequest {
        var request = AlignmentRequest(source: sides.source, target: sides.target)
        request.presegmented = presegmented
        request.encoding = reading.encoding
        request.sourceLanguage = languages.source
        request.targetLanguage = languages.target
        request.extraLexicon = lexicon.lexicon
        request.usesLexicon = !noLexicon
        return request
    }
}

extension AlignmentFormat: ExpressibleByArgument {}

extension Align {
    /// The sides of `align`: a document and its translation.
    enum Sides: SideHelp {
        static let source = ArgumentHelp("The source document (UTF-8 text).", valueName: "source")
        static let target = ArgumentHelp("Its translation (UTF-8 text).", valueName: "target")
    }
}
