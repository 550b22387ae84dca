import Foundation
import TolkLanguage
import TolkText

/// What `tolk align` reads and how: a document and its translation.
public struct AlignmentRequest: Sendable {
    /// The source document (`-`: standard input).
    public var source: String
    /// Its translation.
    public var target: String
    /// The inputs hold one sentence per line, taken as given (read as a stream: memory stays flat).
    public var presegmented = false
    /// The inputs' encoding (`nil`: detected).
    public var encoding: String?
    /// The source language given on the command line (`nil`: by ``LanguagePolicy``).
    public var sourceLanguage: LanguageCode?
    /// The target language given on the command line (`nil`: by ``LanguagePolicy``).
    public var targetLanguage: LanguageCode?
    /// An extra lexicon file beside the shipped one.
    public var extraLexicon: String?
    /// Align with the shipped lexicon (and ``extraLexicon``); false: length, cognates, numbers, names and
    /// punctuation only.
    public var usesLexicon = true

    /// A request to align `source` with `target`.
    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }
}

/// A document and its translation, read, with their languages decided and the aligner ready: ``run(emit:)``
/// hands out the beads one by one, so that a writer can stream them.
public final class PreparedAlignment {
    /// The source document's language.
    public let sourceLanguage: LanguageCode
    /// The translation's language.
    public let targetLanguage: LanguageCode
    private let source: Input
    private let target: Input
    private let aligner: SentenceAligner

    /// One input: a UTF-8 file of one sentence per line (read as a stream), or a decoded text to segment.
    enum Input {
        case lines(AlignmentInput.Converted)
        case text(String)
    }

    init(sourceLanguage: LanguageCode, targetLanguage: LanguageCode, source: Input, target: Input,
         aligner: SentenceAligner) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.source = source
        self.target = target
        self.aligner = aligner
    }

    /// Aligns the two inputs, handing each bead with the texts of its sentences to `emit`, in order; every
    /// sentence of both inputs is in exactly one bead.
    /// - Throws: ``TextError`` naming the file and byte offset of a line that is not valid text, or what `emit`
    ///   throws.
    public func run(emit: (Bead, ArraySlice<String>, ArraySlice<String>) throws -> Void) throws {
        switch (source, target) {
        case let (.text(sourceText), .text(targetText)):
            // TolkText's sentences with no web-copy clean-up, so that every sentence of the input is aligned.
            let sourceSentences = try Segmenter(language: sourceLanguage).sentences(in: sourceText).map(\.text)
            let targetSentences = try Segmenter(language: targetLanguage).sentences(in: targetText).map(\.text)
            let ratio = SentenceAligner.characterRatio(source: sourceSentences, target: targetSentences)
            try aligner.align(source: sourceSentences, target: targetSentences, characterRatio: ratio, emit: emit)
        case let (.lines(sourceFile), .lines(targetFile)):
            let (sourcePath, targetPath) = (sourceFile.path, targetFile.path)
            // Three passes over each file (language sample, character count, alignment) keep memory flat.
            let ratio = Double(max(try AlignmentInput.characterCount(path: targetPath), 1))
                / Double(max(try AlignmentInput.characterCount(path: sourcePath), 1))
            let sourceLines = try AlignmentInput.LineReader(path: sourcePath)
            let targetLines = try AlignmentInput.LineReader(path: targetPath)
            try aligner.align(source: sourceLines, target: targetLines, characterRatio: ratio, emit: emit)
            if let error = sourceLines.error ?? targetLines.error { throw error }
        default:
            break  // both inputs are read the same way
        }
    }
}

/// `tolk align` as one call: sentence pairs from a document and its translation.
///
/// ```swift
/// let alignment = try AlignPipeline.prepare(AlignmentRequest(source: "a.da.txt", target: "a.en.txt")) {
///     print($0, terminator: "")
/// }
/// try alignment.run { bead, source, target in print(bead, source.joined(separator: " ")) }
/// ```
public enum AlignPipeline {
    /// Reads both inputs, decides their languages (``LanguagePolicy``: the option, else the file name's tag,
    /// else detection on the first 20,000 characters, else the default with a note), loads the pair's lexicon
    /// and opens the aligner.
    /// - Parameter report: receives the lines for standard error (each input's language and how it was found).
    /// - Throws: ``MemoryLimitError`` when `ulimit -v` leaves too little room for the inputs (checked before they
    ///   are read), ``TextError`` naming an unreadable input, ``LexiconError`` naming a malformed lexicon file
    ///   and line, ``AlignmentError`` for broken alignment data.
    public static func prepare(_ request: AlignmentRequest, report: (String) -> Void) throws -> PreparedAlignment {
        try MemoryLimit.check(memoryNeed, inputBytes: MemoryLimit.inputBytes([request.source, request.target]),
                              command: "align")
        let source = try read(request.source, request)
        let target = try read(request.target, request)
        let policy = LanguagePolicy()
        let sourceChoice = try language(option: request.sourceLanguage, input: source, path: request.source,
                                        fallback: .danish, policy: policy)
        let targetChoice = try language(option: request.targetLanguage, input: target, path: request.target,
                                        fallback: .english, policy: policy)
        report(sourceChoice.report(command: "align", side: "source"))
        report(targetChoice.report(command: "align", side: "target"))
        var options = AlignmentOptions()
        if request.usesLexicon {
            options.lexicon = try TranslationLexicon.shipped(source: sourceChoice.language,
                                                             target: targetChoice.language, extra: request.extraLexicon)
        }
        return PreparedAlignment(sourceLanguage: sourceChoice.language, targetLanguage: targetChoice.language,
                                 source: source, target: target, aligner: try SentenceAligner(options: options))
    }

    /// The address space `align` needs (``MemoryLimit``), above what was measured on the release build
    /// (docs/MEASURED.md, issue 16): 162 MB on the two samples, 1.8 bytes per further byte of input.
    static let memoryNeed = MemoryLimit.Need(fixed: 180 << 20, perInputByte: 4)

    private static func read(_ path: String, _ request: AlignmentRequest) throws -> PreparedAlignment.Input {
        guard !request.presegmented else {
            return .lines(try AlignmentInput.Converted(path: path, encoding: request.encoding))
        }
        return .text(try TextInput.read(path: path, encoding: request.encoding).text)
    }

    /// The input's language by ``LanguagePolicy``: the option, else the file name's tag
    /// (``LanguageCode/tag(inFileName:)``: `article.da.txt`, `doc.en`), else the one TolkLanguage detects in the
    /// first 20,000 characters, else `fallback` with a note.
    private static func language(option code: LanguageCode?, input: PreparedAlignment.Input, path: String,
                                 fallback: LanguageCode, policy: LanguagePolicy) throws -> LanguageChoice {
        let sample: String
        switch input {
        case .lines(let file):
            let reader = try AlignmentInput.LineReader(path: file.path)
            sample = String(Array(reader.prefix(200)).joined(separator: "\n").prefix(20_000))
            if let error = reader.error { throw error }
        case .text(let text): sample = String(text.prefix(20_000))
        }
        return try policy.choose(option: code, path: path == "-" ? nil : path, sample: sample, fallback: fallback,
                                 name: path == "-" ? "<stdin>" : path)
    }
}
