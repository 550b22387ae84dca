/// Splits text into paragraphs, sentences and word tokens with ICU break iterators, keeps abbreviations and
/// ordinal numbers inside their sentences, and keeps web-copy lines (browser notices, image captions, photo
/// credits, repeated pull quotes) out of the sentences, reporting each as removed.
///
/// ```swift
/// let segmenter = try Segmenter(language: .danish)
/// let document = segmenter.segment(try TextInput.read(path: "article.da.txt").text)
/// document.sentences.map(\.text)      // one string per sentence
/// document.removed.map(\.reason)      // ["metadata", ...]
/// ```
///
/// A paragraph is a non-blank line; a line break always ends a sentence, so a headline without a full stop is
/// its own sentence. Ranges are UTF-8 byte ranges into the text given (give it NFC text, as ``TextInput``
/// returns). An instance holds ICU iterators: it is not safe to share between threads; make one per thread.
public final class Segmenter {
    /// The language whose rules are used.
    public let language: LanguageCode
    /// The abbreviation and number rules in use.
    public let rules: SegmentationRules
    let boilerplate: BoilerplateRules
    private let sentenceIterator: BreakIterator
    /// The one word scanner, for the tokens of a sentence (``tokens(in:)``).
    let scanner: WordScanner

    /// A segmenter with the data files of `language` (abbreviations, sentence openers) and the web-copy rules.
    /// - Throws: ``TextError`` when a data file is missing or malformed, or ICU cannot open its iterators.
    public init(language: LanguageCode) throws(TextError) {
        self.language = language
        self.rules = try SegmentationRules.load(language: language)
        self.boilerplate = try BoilerplateRules.load()
        self.sentenceIterator = try BreakIterator(.sentence, locale: language.rawValue)
        self.scanner = try WordScanner(language: language, sentences: false)
    }

    /// A segmenter with explicit rules and no web-copy clean-up (for tests and embedding).
    public init(language: LanguageCode, rules: SegmentationRules) throws(TextError) {
        self.language = language
        self.rules = rules
        self.boilerplate = BoilerplateRules()
        self.sentenceIterator = try BreakIterator(.sentence, locale: language.rawValue)
        self.scanner = try WordScanner(language: language, sentences: false)
    }

    /// Segments a whole text: metadata at its start, paragraphs, sentences, removed web-copy lines.
    /// - Parameters:
    ///   - text: NFC text.
    ///   - keepBoilerplate: keep web-copy lines as paragraphs instead of removing them (metadata is still read).
    /// - Returns: the document; its ranges are UTF-8 byte ranges into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func segment(_ text: String, keepBoilerplate: Bool = false) -> Document {
        layOut(text, offset: 0, atStart: true, cleanUp: true, keepBoilerplate: keepBoilerplate,
               paragraphBase: 0, sentenceBase: 0)
    }

    /// The sentences of `text` with no clean-up: every non-blank line is a paragraph.
    /// - Returns: sentences whose ranges are UTF-8 byte ranges into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func sentences(in text: String) -> [Sentence] {
        layOut(text, offset: 0, atStart: false, cleanUp: false, keepBoilerplate: true,
               paragraphBase: 0, sentenceBase: 0).sentences
    }

    /// Segments a stream chunk by chunk, calling `body` with one document per chunk, so that memory stays flat.
    ///
    /// Ranges and indices in each document are absolute (into the whole decoded input, counting paragraphs and
    /// sentences from the start); metadata appears in the first document only. Pull quotes are recognised
    /// within a chunk.
    /// - Throws: the stream's ``TextError``s, or what `body` throws.
    /// - Complexity: O(n) time in the input's size, memory O(chunk size).
    public func segment(_ stream: TextStream, keepBoilerplate: Bool = false,
                        _ body: (Document) throws -> Void) throws {
        var paragraphs = 0
        var sentences = 0
        var atStart = true
        while let chunk = try stream.nextUTF8() {
            let document = layOut(String(decoding: chunk.bytes, as: UTF8.self), offset: chunk.offset,
                                  atStart: atStart, cleanUp: true, keepBoilerplate: keepBoilerplate,
                                  paragraphBase: paragraphs, sentenceBase: sentences)
            if !chunk.bytes.isEmpty { atStart = atStart && document.paragraphs.isEmpty && document.removed.isEmpty }
            paragraphs += document.paragraphs.count
            sentences += document.sentences.count
            try body(document)
        }
    }

    /// Lays out one chunk of text (NFC): its sentences, paragraphs and removed lines are slices of `text`, and
    /// its bytes are read in place (only a text that starts with metadata is copied, for ICU to see it blanked).
    private func layOut(_ text: String, offset: Int, atStart: Bool, cleanUp: Bool, keepBoilerplate: Bool,
                        paragraphBase: Int, sentenceBase: Int) -> Document {
        var base = text
        base.makeContiguousUTF8()
        return Self.withBytes(of: base) { original in
            var layout = ChunkLayout()
            layout.findLines(original)
            let blanked = cleanUp && atStart ? layout.readMetadata(original, rules: boilerplate) : []
            if cleanUp && !keepBoilerplate { layout.removeLines(original, rules: boilerplate) }
            let boundaries: [Int]
            if blanked.isEmpty {
                boundaries = sentenceBoundaries(original)
            } else {
                var forICU = Array(original)
                for range in blanked { forICU.replaceSubrange(range, with: repeatElement(0x20, count: range.count)) }
                boundaries = forICU.withUnsafeBufferPointer { sentenceBoundaries($0) }
            }
            layout.assignSentences(original, boundaries: boundaries)
            layout.splitMissedBoundaries(original, rules: rules)
            layout.joinFalseBoundaries(original, rules: rules)
            if cleanUp && !keepBoilerplate { layout.removePullQuotes(original, rules: boilerplate) }
            return layout.document(original, base: base, offset: offset, paragraphBase: paragraphBase,
                                   sentenceBase: sentenceBase)
        }
    }

    /// ICU's sentence boundaries in `bytes` (UTF-8), the first and the last included; `[0, count]` when ICU
    /// cannot take the text (one segment per line then).
    private func sentenceBoundaries(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        do {
            return try sentenceIterator.withText(bytes) {
                var result = [sentenceIterator.firstBoundary()]
                result.reserveCapacity(bytes.count / 64 + 2)
                while let next = sentenceIterator.nextBoundary() { result.append(next) }
                return result
            }
        } catch {
            return [0, bytes.count]
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text` in place (a copy only if the string is not contiguous).
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
