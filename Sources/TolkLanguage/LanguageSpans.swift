import TolkText

/// A stretch of a text in one language: a sentence, or a run of neighbouring sentences merged.
public struct LanguageSpan: Sendable, Equatable {
    /// The language, or nil when the stretch has no letters or too little evidence.
    public let language: LanguageCode?
    /// UTF-8 byte range into the text that was analysed (trailing white space excluded).
    public let range: Range<Int>
    /// The confidence of `language` for this stretch (for a merged run: the lowest of its sentences).
    public let confidence: Double

    public init(language: LanguageCode?, range: Range<Int>, confidence: Double) {
        self.language = language
        self.range = range
        self.confidence = confidence
    }
}

extension LanguageDetector {
    /// Detects the language of each sentence of `text` (TolkText's segmenter) on its own.
    /// - Returns: One span per sentence that holds anything but white space, in text order.
    /// - Throws: ``LanguageError/data(_:)`` when the segmenter's shipped data is missing or malformed.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func detectSentences(in text: String) throws(LanguageError) -> [LanguageSpan] {
        let bytes = Array(text.utf8)
        return try sentenceRanges(text, bytes).map { range in
            let ranked = bytes.withUnsafeBufferPointer { buffer in
                confidences(utf8: UnsafeBufferPointer(rebasing: buffer[range]))
            }
            guard let best = ranked.first else { return LanguageSpan(language: nil, range: range, confidence: 0) }
            let second = ranked.count > 1 ? ranked[1].confidence : 0
            let sure = best.confidence - second >= options.minimumRelativeDistance
            return LanguageSpan(language: sure ? best.language : nil, range: range, confidence: best.confidence)
        }
    }

    /// The language spans of a mixed document (an English quote inside a Danish article): sentences are detected
    /// one by one, then neighbours in the same language are merged; a sentence without an answer joins the span
    /// before it (or after it, at the start).
    /// - Returns: Spans in text order covering every sentence; neighbouring spans differ in language.
    /// - Throws: ``LanguageError/data(_:)`` when the segmenter's shipped data is missing or malformed.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func detectSpans(in text: String) throws(LanguageError) -> [LanguageSpan] {
        var spans: [LanguageSpan] = []
        for sentence in try detectSentences(in: text) {
            guard let last = spans.last else {
                spans.append(sentence)
                continue
            }
            if sentence.language == nil || last.language == nil || sentence.language == last.language {
                let language = last.language ?? sentence.language
                let confidence = last.language == nil ? sentence.confidence
                    : sentence.language == nil ? last.confidence : min(last.confidence, sentence.confidence)
                spans[spans.count - 1] = LanguageSpan(language: language,
                                                      range: last.range.lowerBound..<sentence.range.upperBound,
                                                      confidence: confidence)
            } else {
                spans.append(sentence)
            }
        }
        return spans
    }

    /// Sentence byte ranges of `text` from TolkText's ``Segmenter`` (Danish rules: abbreviations of both
    /// languages' news text end no sentence).
    private func sentenceRanges(_ text: String, _ bytes: [UInt8]) throws(LanguageError) -> [Range<Int>] {
        let segmenter: Segmenter
        do { segmenter = try Segmenter(language: .danish) } catch { throw .text(error) }
        return segmenter.sentences(in: text).compactMap { trimmed($0.range, bytes) }
    }

    /// `range` without white space at either end, or nil when nothing else is left.
    private func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int>? {
        var lower = max(range.lowerBound, 0)
        var upper = min(range.upperBound, bytes.count)
        while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }
}
