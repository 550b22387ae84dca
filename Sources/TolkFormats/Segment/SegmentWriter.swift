import TolkLanguage
import TolkText

/// Writes `tolk segment --format text` as documents arrive: one sentence per line, and each removed web-copy
/// line as a note (`tolk: removed REASON [START, END): TEXT`) for standard error.
public struct SegmentTextWriter {
    private let output: (String) -> Void
    private let note: (String) -> Void

    /// A writer handing the sentence lines to `output` and the notes (with their line ends) to `note`.
    public init(output: @escaping (String) -> Void, note: @escaping (String) -> Void) {
        self.output = output
        self.note = note
    }

    /// Writes the sentences of `document`, then notes its removed lines.
    public func add(_ document: Document) {
        for sentence in document.sentences {
            output(sentence.text)
            output("\n")
        }
        for removed in document.removed {
            note("tolk: removed \(removed.reason) [\(removed.range.lowerBound), \(removed.range.upperBound)): "
                + "\(removed.text)\n")
        }
    }
}

/// Writes `tolk segment --format json` as documents arrive, so that the whole input is never held in memory:
/// `{input, encoding, language, language_source, metadata, paragraphs: [{text, range, sentences: [{text, range,
/// tokens: [{text, range, kind}]}]}], removed: [{text, range, reason}]}`.
public final class SegmentJSONWriter {
    private let output: (JSONBytes) -> Void
    private let segmentation: PreparedSegmentation
    private var started = false
    private var paragraphCount = 0
    private var removed: [RemovedLine] = []

    /// A writer for the documents of `segmentation`, handing the JSON to `output` piece by piece (the input's
    /// name, encoding and language go into the header; its segmenter gives each sentence's tokens).
    public init(output: @escaping (JSONBytes) -> Void, segmentation: PreparedSegmentation) {
        self.output = output
        self.segmentation = segmentation
    }

    /// Writes the paragraphs of `document` (and, the first time, the header with its metadata).
    public func add(_ document: Document) {
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
                for (index, token) in segmentation.segmenter.tokens(in: sentence.text).enumerated() {
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
            output(json)
        }
    }

    /// Closes the paragraphs and writes the removed lines.
    public func finish() {
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
        output(json)
    }

    private func start(metadata: [String: String]) {
        started = true
        var json = JSONBytes()
        json.raw("{\"input\": ")
        json.string(segmentation.input)
        json.raw(", \"encoding\": ")
        json.string(segmentation.encoding)
        json.raw(", \"language\": ")
        json.string(segmentation.language.language.rawValue)
        json.raw(", \"language_source\": ")
        json.string(segmentation.language.source.rawValue)
        json.raw(",\n\"metadata\": {")
        for (index, key) in metadata.keys.sorted().enumerated() {
            if index > 0 { json.raw(", ") }
            json.string(key)
            json.raw(": ")
            json.string(metadata[key] ?? "")
        }
        json.raw("},\n\"paragraphs\": [")
        output(json)
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
