import TolkText

/// What `tolk detect` reads and what it answers for.
public struct DetectionRequest: Sendable {
    /// What one answer covers.
    public enum Unit: Sendable, Equatable {
        /// The whole input, with every candidate ranked.
        case whole
        /// Each sentence, with its byte range.
        case sentences
        /// Each run of neighbouring sentences in one language, with its byte range.
        case spans
        /// Each input line on its own (exactly one answer per line).
        case lines
    }

    /// The input (`-`: standard input).
    public var input: String
    /// The input's encoding (`nil`: detected).
    public var encoding: String?
    /// What one answer covers.
    public var unit = Unit.whole
    /// The detector's candidates and minimum relative distance.
    public var options = LanguageDetectorOptions()

    /// A request to detect the language of `input`.
    public init(input: String) {
        self.input = input
    }
}

/// One answer of the detector: the best language, or nil (`und`) when the best confidence does not beat the
/// second by the minimum relative distance (or the text says too little).
public struct DetectionAnswer: Sendable, Equatable {
    /// The language, nil when unsure.
    public let language: LanguageCode?
    /// Its confidence (0 when unsure).
    public let confidence: Double

    /// The answer a ranking gives: its best language when its confidence beats the second's by at least
    /// `minimumRelativeDistance`, else none.
    public init(ranked: [(language: LanguageCode, confidence: Double)], minimumRelativeDistance: Double) {
        let second = ranked.count > 1 ? ranked[1].confidence : 0
        if let best = ranked.first, best.confidence - second >= minimumRelativeDistance {
            language = best.language
            confidence = best.confidence
        } else {
            language = nil
            confidence = 0
        }
    }
}

/// The answers of `tolk detect`, in the shape the request asked for.
public enum DetectionResult: Sendable {
    /// The whole input's answer and every candidate ranked by confidence.
    case whole(DetectionAnswer, candidates: [(language: LanguageCode, confidence: Double)])
    /// One span per sentence or per run of sentences in one language (byte ranges into the decoded NFC text).
    case spans([LanguageSpan])
    /// One answer per input line.
    case lines([DetectionAnswer])
}

/// `tolk detect` as one call: the language of a text, of each sentence or line of it, or its language spans.
///
/// ```swift
/// var request = DetectionRequest(input: "article.txt")
/// request.unit = .spans
/// if case .spans(let spans) = try DetectPipeline.run(request) { print(spans) }
/// ```
public enum DetectPipeline {
    /// Opens the detector (before reading, so that a bad candidate list is found first), reads the input and
    /// answers for the unit asked.
    /// - Throws: ``LanguageError`` for unsupported candidates, no candidates, or a missing or malformed model;
    ///   ``TextError`` naming an unreadable input and the byte offset of bad text.
    /// - Complexity: O(n) in the input's size. Lines are classified on the UTF-8 bytes (other encodings
    ///   converted) without decoding the whole input into a `String`.
    public static func run(_ request: DetectionRequest) throws -> DetectionResult {
        let detector = try LanguageDetector(options: request.options)
        let distance = detector.options.minimumRelativeDistance
        if request.unit == .lines {
            let bytes = try TextInput.textBytes(path: request.input, encoding: request.encoding).bytes
            return .lines(bytes.withUnsafeBufferPointer { buffer in
                LineRanges.of(buffer).map { range in
                    DetectionAnswer(ranked: detector.confidences(utf8: UnsafeBufferPointer(rebasing: buffer[range])),
                                    minimumRelativeDistance: distance)
                }
            })
        }
        let text = try TextInput.read(path: request.input, encoding: request.encoding).text
        switch request.unit {
        case .sentences: return .spans(try detector.detectSentences(in: text))
        case .spans: return .spans(try detector.detectSpans(in: text))
        case .whole, .lines:
            let ranked = detector.confidences(text)
            return .whole(DetectionAnswer(ranked: ranked, minimumRelativeDistance: distance), candidates: ranked)
        }
    }
}
