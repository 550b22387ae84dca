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

    func run() throws {
        if let language, LanguageCode(rawValue: language) == nil {
            throw ValidationError("--language takes a two- or three-letter code such as da or en, not '\(language)'")
        }
        try Frontend.validateLanguage(language, option: "--language")
        do {
            let stream = try TextInput.open(path: input, encoding: reading.encoding)
            let chosen = try SegmentLanguage.choose(option: language, input: input, stream: stream)
            LanguageReport.write(chosen, command: "segment")
            let segmenter = try Segmenter(language: chosen.language)
            let output = OutputBuffer()
            switch format {
            case .text:
                try segmenter.segment(stream, keepBoilerplate: keepBoilerplate) { document in
                    for sentence in document.sentences {
                        output.write(sentence.text)
                        output.write("\n")
                    }
                    for removed in document.removed {
                        Frontend.warn("removed \(removed.reason) [\(removed.range.lowerBound), \(removed.range.upperBound)): \(removed.text)")
                    }
                }
            case .json:
                let writer = SegmentJSONWriter(output: output, input: input, encoding: stream.encoding,
                                               language: chosen, segmenter: segmenter)
                try segmenter.segment(stream, keepBoilerplate: keepBoilerplate) { document in writer.add(document) }
                writer.finish()
            }
            output.flush()
        } catch {
            throw Frontend.fail(error)
        }
    }
}

/// Writes `tolk segment --format json` as documents arrive, so that the whole input is never held in memory.
final class SegmentJSONWriter {
    private let output: OutputBuffer
    private let input: String
    private let encoding: String
    private let language: LanguageChoice
    private let segmenter: Segmenter
    private var started = false
    private var paragraphCount = 0
    private var removed: [RemovedLine] = []

    init(output: OutputBuffer, input: String, encoding: String, language: LanguageChoice, segmenter: Segmenter) {
        self.output = output
        self.input = input
        self.encoding = encoding
        self.language = language
        self.segmenter = segmenter
    }

    /// Writes the paragraphs of `document` (and, the first time, the header with its metadata).
    func add(_ document: Document) {
        if !started { start(metadata: document.metadata) }
        removed += document.removed
        let first = document.paragraphs.first?.sentences.lowerBound ?? 0
        for paragraph in document.paragraphs {
            var json = JSONBytes()
            json.raw(paragraphCount == 0 ? "\n  " : ",\n  ")
            paragraphCount += 1
            json.openSpan(paragraph.text, paragraph.range)
            json.raw(", \"sentences\": [")
            let sentences = document.sentences[(paragraph.sentences.lowerBound - first)..<(paragraph.sentences.upperBound - first)]
            for (number, sentence) in sentences.enumerated() {
                json.raw(number == 0 ? "\n    " : ",\n    ")
                json.openSpan(sentence.text, sentence.range)
                json.raw(", \"tokens\": [")
                let base = sentence.range.lowerBound
                for (index, token) in segmenter.tokens(in: sentence.text).enumerated() {
                    if index > 0 { json.raw(", ") }
                    json.openSpan(token.text, (base + token.range.lowerBound)..<(base + token.range.upperBound))
                    switch token.kind {
                    case .word: json.raw(", \"kind\": \"word\"}")
                    case .number: json.raw(", \"kind\": \"number\"}")
                    case .punctuation: json.raw(", \"kind\": \"punctuation\"}")
                    case .symbol: json.raw(", \"kind\": \"symbol\"}")
                    }
                }
                json.raw("]}")
            }
            json.raw("]}")
            output.write(json)
        }
    }

    /// Closes the paragraphs and writes the removed lines.
    func finish() {
        if !started { start(metadata: [:]) }
        var json = JSONBytes()
        json.raw(paragraphCount == 0 ? "],\n\"removed\": [" : "\n],\n\"removed\": [")
        for (index, line) in removed.enumerated() {
            json.raw(index == 0 ? "\n  " : ",\n  ")
            json.openSpan(line.text, line.range)
            json.raw(", \"reason\": ")
            json.string(line.reason)
            json.raw("}")
        }
        json.raw(removed.isEmpty ? "]\n}\n" : "\n]\n}\n")
        output.write(json)
    }

    private func start(metadata: [String: String]) {
        started = true
        var json = JSONBytes()
        json.raw("{\"input\": ")
        json.string(input)
        json.raw(", \"encoding\": ")
        json.string(encoding)
        json.raw(", \"language\": ")
        json.string(language.language.rawValue)
        json.raw(", \"language_source\": ")
        json.string(language.source.rawValue)
        json.raw(",\n\"metadata\": {")
        for (index, key) in metadata.keys.sorted().enumerated() {
            if index > 0 { json.raw(", ") }
            json.string(key)
            json.raw(": ")
            json.string(metadata[key] ?? "")
        }
        json.raw("},\n\"paragraphs\": [")
        output.write(json)
    }
}

extension JSONBytes {
    /// Opens the object of a piece of text with its byte range, as every item of `tolk segment --format json`
    /// starts: `{"text": TEXT, "range": [START, END]` (the caller adds its other fields and the closing brace).
    mutating func openSpan(_ text: String, _ range: Range<Int>) {
        raw("{\"text\": ")
        string(text)
        raw(", \"range\": ")
        self.range(range)
    }
}
