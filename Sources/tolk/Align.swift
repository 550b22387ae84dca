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

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case beads, tmx, tsv, json
    }

    @Argument(help: "The source document (UTF-8 text).")
    var source: String

    @Argument(help: "Its translation (UTF-8 text).")
    var target: String

    @Flag(help: "The inputs hold one sentence per line, taken as given (otherwise TolkText segments them).")
    var presegmented = false

    @Option(help: ArgumentHelp("An extra lexicon (TSV: source, target, pos, weight, origin, category; source column Danish) beside the shipped one.",
                               valueName: "file"))
    var lexicon: String?

    @Flag(help: "Use no lexicon at all (not even the shipped one): length, cognates, numbers, names and punctuation only.")
    var noLexicon = false

    @OptionGroup var reading: EncodingOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .beads

    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    var output: String?



    @OptionGroup var languages: LanguagePairOptions

    @Option(name: .customLong("min-confidence"),
            help: ArgumentHelp("Write pairs under this confidence (0 to 1) as unaligned sentences (left out of tmx).",
                               valueName: "confidence"))
    var minConfidence: Double?

    func validate() throws {
        if noLexicon && lexicon != nil { throw ValidationError("--lexicon and --no-lexicon exclude each other") }
        try Frontend.validateStandardInput([source, target], rereads: presegmented ? "--presegmented" : nil)
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    func run() throws {
        do {
            let sourceInput = try read(path: source)
            let targetInput = try read(path: target)
            let policy = LanguagePolicy()
            let sourceChoice = try Self.language(option: languages.sourceLanguage, input: sourceInput, path: source,
                                                 fallback: .danish, policy: policy)
            let targetChoice = try Self.language(option: languages.targetLanguage, input: targetInput, path: target,
                                                 fallback: .english, policy: policy)
            LanguageReport.write(sourceChoice, command: "align", side: "source")
            LanguageReport.write(targetChoice, command: "align", side: "target")
            let sourceCode = sourceChoice.language, targetCode = targetChoice.language
            var options = AlignmentOptions()
            if !noLexicon {
                options.lexicon = try TranslationLexicon.shipped(source: sourceCode, target: targetCode, extra: lexicon)
            }
            let aligner = try SentenceAligner(options: options)
            let sink = try AlignmentOutput(path: output)
            let writer = UnitWriter(format: format, sourceLanguage: sourceCode, targetLanguage: targetCode, sink: sink)
            try writer.begin()
            var review = AlignmentReview(minimumConfidence: minConfidence)
            let add: (Bead, ArraySlice<String>, ArraySlice<String>) throws -> Void = { bead, sourceTexts, targetTexts in
                guard !review.add(bead), bead.isPair else {
                    return try writer.add(TranslationUnit(bead: bead, sourceTexts: sourceTexts, targetTexts: targetTexts))
                }
                // A pair under --min-confidence: its sentences as unaligned ones.
                for part in AlignmentReview.unaligned(bead) {
                    try writer.add(TranslationUnit(
                        bead: part,
                        sourceTexts: part.source.map { sourceTexts[sourceTexts.startIndex + $0 - bead.source.lowerBound] },
                        targetTexts: part.target.map { targetTexts[targetTexts.startIndex + $0 - bead.target.lowerBound] }))
                }
            }
            switch (sourceInput, targetInput) {
            case let (.text(sourceText), .text(targetText)):
                // TolkText's sentences with no web-copy clean-up, so that every sentence of the input is aligned.
                let sourceSentences = try Segmenter(language: sourceCode).sentences(in: sourceText).map(\.text)
                let targetSentences = try Segmenter(language: targetCode).sentences(in: targetText).map(\.text)
                let ratio = SentenceAligner.characterRatio(source: sourceSentences, target: targetSentences)
                try aligner.align(source: sourceSentences, target: targetSentences, characterRatio: ratio, emit: add)
            case let (.lines(sourceFile), .lines(targetFile)):
                let (sourcePath, targetPath) = (sourceFile.path, targetFile.path)
                // Three passes over each file (language sample, character count, alignment) keep memory flat.
                let ratio = Double(max(try AlignmentInput.characterCount(path: targetPath), 1))
                    / Double(max(try AlignmentInput.characterCount(path: sourcePath), 1))
                let sourceLines = try AlignmentInput.LineReader(path: sourcePath)
                let targetLines = try AlignmentInput.LineReader(path: targetPath)
                try aligner.align(source: sourceLines, target: targetLines, characterRatio: ratio, emit: add)
                if let error = sourceLines.error ?? targetLines.error { throw error }
            default:
                break  // both inputs are read the same way
            }
            try writer.end()
            try sink.commit()
            for note in review.notes(command: "align") { StandardStreams.writeError(note + "\n") }
        } catch {
            throw Frontend.fail(error)
        }
    }

    /// One input: a UTF-8 file of one sentence per line (read as a stream), or a decoded text to segment.
    private enum Input {
        case lines(AlignmentInput.Converted)
        case text(String)
    }

    private func read(path: String) throws -> Input {
        guard !presegmented else { return .lines(try AlignmentInput.Converted(path: path, encoding: reading.encoding)) }
        return .text(try TextInput.read(path: path, encoding: reading.encoding).text)
    }

    /// The input's language by ``LanguagePolicy``: the option, else the file name's tag
    /// (``LanguageCode/tag(inFileName:)``: `article.da.txt`, `doc.en`), else the one TolkLanguage detects in the
    /// first 20,000 characters, else `fallback` with a note.
    private static func language(option: String?, input: Input, path: String, fallback: LanguageCode,
                                 policy: LanguagePolicy) throws -> LanguageChoice {
        var code: LanguageCode?
        if let option {
            guard let given = LanguageCode(rawValue: option) else {
                throw ValidationError("'\(option)' is not a language code (two or three letters, such as da or en)")
            }
            code = given
        }
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
