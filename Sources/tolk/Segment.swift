import ArgumentParser
import Foundation
import TolkText

/// `tolk segment`: paragraphs, sentences and tokens of a text, with web-copy lines kept out and reported.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a text into sentences (and paragraphs and tokens), reporting removed web-copy lines.",
        discussion: """
            text: one sentence per line on standard output; each removed line (browser notice, image caption, \
            photo credit, repeated pull quote) and each metadata field is reported on standard error. \
            json: {input, encoding, language, metadata, paragraphs: [{text, range, sentences: [{text, range, \
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

    @Option(help: "The text's language (da, en, ...): picks abbreviation rules. Default: the tag in a file name such as article.da.txt, else da.")
    var language: String?

    @Option(help: "The input's encoding (utf-8, utf-16, windows-1252, iso-8859-15, ...); detected when absent.")
    var encoding: String?

    @Flag(help: "Keep web-copy lines (browser notices, captions, credits, pull quotes) as paragraphs.")
    var keepBoilerplate = false

    func run() throws {
        let language = try Frontend.language(option: language, input: input)
        do {
            let segmenter = try Segmenter(language: language)
            let stream = try TextInput.open(path: input, encoding: encoding)
            let output = OutputBuffer()
            switch format {
            case .text:
                try segmenter.segment(stream, keepBoilerplate: keepBoilerplate) { document in
                    for sentence in document.sentences { output.write(sentence.text + "\n") }
                    for removed in document.removed {
                        Frontend.warn("removed \(removed.reason) [\(removed.range.lowerBound), \(removed.range.upperBound)): \(removed.text)")
                    }
                }
            case .json:
                let writer = SegmentJSONWriter(output: output, input: input, encoding: stream.encoding,
                                               language: language, segmenter: segmenter)
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
    private let language: LanguageCode
    private let segmenter: Segmenter
    private var started = false
    private var paragraphCount = 0
    private var removed: [RemovedLine] = []

    init(output: OutputBuffer, input: String, encoding: String, language: LanguageCode, segmenter: Segmenter) {
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
        for paragraph in document.paragraphs {
            output.write(paragraphCount == 0 ? "\n  " : ",\n  ")
            paragraphCount += 1
            output.write("{\"text\": ")
            output.writeJSONString(paragraph.text)
            output.write(", \"range\": \(Self.range(paragraph.range)), \"sentences\": [")
            for (number, sentence) in document.sentences[relative(paragraph.sentences, document)].enumerated() {
                output.write(number == 0 ? "\n    {\"text\": " : ",\n    {\"text\": ")
                output.writeJSONString(sentence.text)
                output.write(", \"range\": \(Self.range(sentence.range)), \"tokens\": [")
                let base = sentence.range.lowerBound
                for (index, token) in segmenter.tokens(in: sentence.text).enumerated() {
                    output.write(index == 0 ? "{\"text\": " : ", {\"text\": ")
                    output.writeJSONString(token.text)
                    output.write(", \"range\": [\(base + token.range.lowerBound), \(base + token.range.upperBound)], \"kind\": \"\(token.kind.rawValue)\"}")
                }
                output.write("]}")
            }
            output.write("]}")
        }
    }

    /// Closes the paragraphs and writes the removed lines.
    func finish() {
        if !started { start(metadata: [:]) }
        output.write(paragraphCount == 0 ? "],\n\"removed\": [" : "\n],\n\"removed\": [")
        for (index, line) in removed.enumerated() {
            output.write(index == 0 ? "\n  {\"text\": " : ",\n  {\"text\": ")
            output.writeJSONString(line.text)
            output.write(", \"range\": \(Self.range(line.range)), \"reason\": ")
            output.writeJSONString(line.reason)
            output.write("}")
        }
        output.write(removed.isEmpty ? "]\n}\n" : "\n]\n}\n")
    }

    private func start(metadata: [String: String]) {
        started = true
        output.write("{\"input\": ")
        output.writeJSONString(input)
        output.write(", \"encoding\": ")
        output.writeJSONString(encoding)
        output.write(", \"language\": ")
        output.writeJSONString(language.rawValue)
        output.write(",\n\"metadata\": {")
        for (index, key) in metadata.keys.sorted().enumerated() {
            if index > 0 { output.write(", ") }
            output.writeJSONString(key)
            output.write(": ")
            output.writeJSONString(metadata[key] ?? "")
        }
        output.write("},\n\"paragraphs\": [")
    }

    /// Sentence indices of a paragraph are absolute; the document's array starts at its first sentence.
    private func relative(_ range: Range<Int>, _ document: Document) -> Range<Int> {
        let first = document.paragraphs.first?.sentences.lowerBound ?? 0
        return (range.lowerBound - first)..<(range.upperBound - first)
    }

    private static func range(_ range: Range<Int>) -> String { "[\(range.lowerBound), \(range.upperBound)]" }
}
