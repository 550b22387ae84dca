import ArgumentParser
import Foundation
import TolkFormats
import TolkLanguage
import TolkText

/// `tolk segment`: paragraphs, sentences and tokens of a text, with web-copy lines kept out and reported.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a text into sentences (and paragraphs and tokens), reporting removed web-copy lines.",
        discussion: """
            text: one sentence per line on standard output; each removed line (browser notice, image caption, \
            photo credit, repeated pull quote) and each metadata field is reported on standard error. \
            The language is --language, else the tag in a file name such as article.da.txt, else detected in \
            the start of the text, else da (with a note); the choice is reported on standard error. \
            json: {input, encoding, language, language_source (option | record | file-name | detected | fallback), \
            metadata, paragraphs: [{text, range, sentences: [{text, range, \
            tokens: [{text, range, kind}]}]}], removed: [{text, range, reason}]}; every range is [start, end) in \
            UTF-8 bytes of the decoded NFC text. Reads in chunks: memory stays flat with input size.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A file to read, or - for standard input.")
    var input: String = "-"

    @Option(help: "text | json.")
    var format: Format = .text

    @Option(help: "The text's language (da, en, ...): picks abbreviation rules. Default: the tag in a file name such as article.da.txt, else detected from the start of the text, else da.")
    var language: String?

    @OptionGroup var reading: EncodingOptions

    @Flag(help: "Keep web-copy lines (browser notices, captions, credits, pull quotes) as paragraphs.")
    var keepBoilerplate = false

    func validate() throws {
        if let language, LanguageCode(rawValue: language) == nil {
            throw ValidationError("--language takes a two- or three-letter code such as da or en, not '\(language)'")
        }
        try Frontend.validateLanguage(language, option: "--language")
    }

    func run() throws {
        try Frontend.running {
            let segmentation = try SegmentPipeline.prepare(request, report: StandardStreams.writeError)
            let output = OutputBuffer()
            switch format {
            case .text:
                let writer = SegmentTextWriter(output: output.write, note: StandardStreams.writeError)
                try segmentation.run(emit: writer.add)
            case .json:
                let writer = SegmentJSONWriter(output: output.write, segmentation: segmentation)
                try segmentation.run(emit: writer.add)
                writer.finish()
            }
            output.flush()
        }
    }

    /// The pipeline's request from the options.
    private var request: SegmentationRequest {
        var request = SegmentationRequest(input: input)
        request.encoding = reading.encoding
        request.language = language.flatMap(LanguagePolicy.language(option:))
        request.keepsBoilerplate = keepBoilerplate
        return request
    }
}
