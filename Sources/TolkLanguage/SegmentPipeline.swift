import TolkText

/// What `tolk segment` reads and how: one text, read in chunks.
public struct SegmentationRequest: Sendable {
    /// The input (`-`: standard input).
    public var input: String
    /// The input's encoding (`nil`: detected).
    public var encoding: String?
    /// The language given on the command line (`nil`: by ``LanguagePolicy``).
    public var language: LanguageCode?
    /// Keep web-copy lines (browser notices, captions, credits, pull quotes) as paragraphs.
    public var keepsBoilerplate = false

    /// A request to segment `input`.
    public init(input: String) {
        self.input = input
    }
}

/// A text opened for segmentation, with its language decided and its segmenter ready: ``run(emit:)`` hands out
/// one ``Document`` per chunk, so that memory stays flat with the input's size.
public final class PreparedSegmentation {
    /// The input as given (`-`: standard input).
    public let input: String
    /// The text's language and how it was chosen.
    public let language: LanguageChoice
    /// The segmenter of that language (for the tokens of each sentence).
    public let segmenter: Segmenter
    /// The encoding the input is read with (detected, or the one asked for).
    public var encoding: String { stream.encoding }
    private let stream: TextStream
    private let keepsBoilerplate: Bool

    init(input: String, language: LanguageChoice, segmenter: Segmenter, stream: TextStream, keepsBoilerplate: Bool) {
        self.input = input
        self.language = language
        self.segmenter = segmenter
        self.stream = stream
        self.keepsBoilerplate = keepsBoilerplate
    }

    /// Segments the input chunk by chunk, handing each chunk's document to `emit` (ranges and indices are
    /// absolute: see ``Segmenter/segment(_:keepBoilerplate:_:)``).
    /// - Throws: the stream's ``TextError`` naming the input and byte offset, or what `emit` throws.
    public func run(emit: (Document) throws -> Void) throws {
        try segmenter.segment(stream, keepBoilerplate: keepsBoilerplate, emit)
    }
}

/// `tolk segment` as one call: a text's paragraphs, sentences and tokens, web-copy lines kept out.
///
/// ```swift
/// let segmentation = try SegmentPipeline.prepare(SegmentationRequest(input: "article.da.txt")) {
///     print($0, terminator: "")
/// }
/// try segmentation.run { document in for sentence in document.sentences { print(sentence.text) } }
/// ```
public enum SegmentPipeline {
    /// How much of the text's start the detector reads: enough for a confident answer on an article, and
    /// bounded, so that start-up does not grow with the input.
    public static let detectionWindow = 64 * 1024

    /// Opens the input, decides its language (``LanguagePolicy``: the option, else the file name's tag, else
    /// detection on the first ``detectionWindow`` bytes, else Danish with a note) and opens its segmenter.
    /// - Parameter report: receives the lines for standard error (the language and how it was found).
    /// - Throws: ``TextError`` naming an unreadable input or missing segmentation data, ``LanguageError`` when
    ///   the detector's model is missing or malformed.
    public static func prepare(_ request: SegmentationRequest, report: (String) -> Void) throws
        -> PreparedSegmentation
    {
        let stream = try TextInput.open(path: request.input, encoding: request.encoding)
        let sample = request.language == nil ? try stream.peek(bytes: detectionWindow) : ""
        let standardInput = request.input == "-"
        let choice = try LanguagePolicy().choose(option: request.language, path: standardInput ? nil : request.input,
                                                 sample: sample, fallback: .danish,
                                                 name: standardInput ? "<stdin>" : request.input)
        report(choice.report(command: "segment"))
        return PreparedSegmentation(input: request.input, language: choice, segmenter: try Segmenter(language: choice.language),
                                    stream: stream, keepsBoilerplate: request.keepsBoilerplate)
    }
}
