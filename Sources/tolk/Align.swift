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

    @Option(help: "The inputs' encoding (utf-8, utf-16, windows-1252, ...) when not presegmented; detected when absent.")
    var encoding: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .beads

    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Language of the source document, such as da.", valueName: "code"))
    var sourceLanguage: String?

    @Option(help: ArgumentHelp("Language of the target document, such as en.", valueName: "code"))
    var targetLanguage: String?

    func validate() throws {
        for code in [sourceLanguage, targetLanguage].compactMap({ $0 }) where LanguageCode(rawValue: code) == nil {
            throw ValidationError("'\(code)' is not a language code (two or three letters, such as da or en)")
        }
        if noLexicon && lexicon != nil { throw ValidationError("--lexicon and --no-lexicon exclude each other") }
    }

    func run() throws {
        do {
            let sourceText = try read(path: source)
            let targetText = try read(path: target)
            var detector: LanguageDetector?
            let sourceCode = try Self.language(option: sourceLanguage, text: sourceText, path: source, detector: &detector)
            let targetCode = try Self.language(option: targetLanguage, text: targetText, path: target, detector: &detector)
            let sourceSentences = try sentences(sourceText, language: sourceCode)
            let targetSentences = try sentences(targetText, language: targetCode)
            var options = AlignmentOptions()
            if !noLexicon {
                if let sourceCode, let targetCode {
                    options.lexicon = try Match.lexicon(extra: lexicon, source: sourceCode, target: targetCode)
                } else {
                    Frontend.warn("languages unknown (give --source-language and --target-language): aligning without a lexicon")
                }
            }
            let aligner = try SentenceAligner(options: options)
            let beads = aligner.align(source: sourceSentences, target: targetSentences)
            let units = beads.map { TranslationUnit(bead: $0, source: sourceSentences, target: targetSentences) }
            let text: String
            switch format {
            case .beads: text = AlignmentWriter.beads(units)
            case .tsv: text = AlignmentWriter.tsv(units)
            case .json: text = try AlignmentWriter.json(units, sourceLanguage: sourceCode, targetLanguage: targetCode)
            case .tmx:
                let writer = TMXWriter(sourceLanguage: sourceCode ?? "und", targetLanguage: targetCode ?? "und",
                                       toolVersion: Tolk.version)
                text = writer.document(units)
            }
            try Frontend.write(Data(text.utf8), to: output)
        } catch {
            throw Frontend.fail(error)
        }
    }

    /// One input: its lines with --presegmented, else its decoded text.
    private enum Input {
        case lines([String])
        case text(String)
    }

    private func read(path: String) throws -> Input {
        presegmented ? .lines(try AlignmentInput.lines(path: path)) : .text(try TextInput.read(path: path, encoding: encoding).text)
    }

    /// The sentences of one input: its lines as given, else TolkText's segmentation (no web-copy clean-up, so
    /// that every sentence of the input is aligned).
    private func sentences(_ input: Input, language: LanguageCode?) throws -> [String] {
        switch input {
        case .lines(let lines): return lines
        case .text(let text): return try Segmenter(language: language ?? .english).sentences(in: text).map(\.text)
        }
    }

    /// The language given; else the one TolkLanguage detects in the input's first 20,000 characters; else the
    /// language tag of the file name (`article.da.txt`, `doc.en`); else nil.
    private static func language(option: String?, text input: Input, path: String,
                                 detector: inout LanguageDetector?) throws -> LanguageCode? {
        if let option {
            guard let code = LanguageCode(rawValue: option) else {
                throw ValidationError("'\(option)' is not a language code (two or three letters, such as da or en)")
            }
            return code
        }
        let sample: String
        switch input {
        case .lines(let lines): sample = String(lines.prefix(200).joined(separator: "\n").prefix(20_000))
        case .text(let text): sample = String(text.prefix(20_000))
        }
        if detector == nil { detector = try? LanguageDetector() }
        if let detected = detector?.detect(sample) { return detected }
        let parts = URL(fileURLWithPath: path).lastPathComponent.split(separator: ".").dropFirst()
        let known: Set<LanguageCode> = [.danish, .english, .norwegianBokmal, .norwegianNynorsk, .swedish, .german, .dutch]
        return parts.reversed().lazy.compactMap { LanguageCode(rawValue: String($0)) }.first { known.contains($0) }
    }
}

/// Reads alignment input files.
enum AlignmentInput {
    /// The lines of a UTF-8 file (a final line break does not start another line; CR LF counts as one break).
    /// - Throws: ``TextError`` naming the file, and the byte offset of the first invalid UTF-8 byte.
    static func lines(path: String) throws -> [String] {
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TextError.unreadable(path: path, reason: error.localizedDescription)
        }
        if let nul = data.firstIndex(of: 0) {
            throw TextError.binaryInput(path: path, offset: nul - data.startIndex)
        }
        return try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws -> [String] in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var lines: [String] = []
            var start = 0
            // A byte-order mark is not part of the first sentence.
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
                guard let line = String(validating: slice, as: UTF8.self) else {
                    let offset = start + (invalidUTF8Offset(Data(slice)) ?? 0)
                    throw TextError.invalidEncoding(path: path, encoding: "UTF-8", offset: offset)
                }
                lines.append(line)
                start = end + 1
            }
            return lines
        }
    }

    /// Byte offset of the first byte that is not well-formed UTF-8, or nil.
    static func invalidUTF8Offset(_ data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error(let length): _ = length; return offset
            }
        }
    }
}
