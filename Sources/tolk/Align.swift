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
        try Frontend.validateLanguage(sourceLanguage, option: "--source-language")
        try Frontend.validateLanguage(targetLanguage, option: "--target-language")
        if noLexicon && lexicon != nil { throw ValidationError("--lexicon and --no-lexicon exclude each other") }
        try Frontend.validateStandardInput([source, target], rereads: presegmented ? "--presegmented" : nil)
    }

    func run() throws {
        do {
            let sourceInput = try read(path: source)
            let targetInput = try read(path: target)
            var detector: LanguageDetector?
            let sourceCode = try Self.language(option: sourceLanguage, input: sourceInput, path: source, detector: &detector)
            let targetCode = try Self.language(option: targetLanguage, input: targetInput, path: target, detector: &detector)
            var options = AlignmentOptions()
            if !noLexicon {
                if let sourceCode, let targetCode {
                    options.lexicon = try TranslationLexicon.shipped(source: sourceCode, target: targetCode, extra: lexicon)
                } else {
                    Frontend.warn("languages unknown (give --source-language and --target-language): aligning without a lexicon")
                }
            }
            let aligner = try SentenceAligner(options: options)
            let sink = try AlignmentOutput(path: output)
            let writer = UnitWriter(format: format, sourceLanguage: sourceCode, targetLanguage: targetCode, sink: sink)
            try writer.begin()
            let add: (Bead, ArraySlice<String>, ArraySlice<String>) throws -> Void = { bead, sourceTexts, targetTexts in
                try writer.add(TranslationUnit(bead: bead, sourceTexts: sourceTexts, targetTexts: targetTexts))
            }
            switch (sourceInput, targetInput) {
            case let (.text(sourceText), .text(targetText)):
                // TolkText's sentences with no web-copy clean-up, so that every sentence of the input is aligned.
                let sourceSentences = try Segmenter(language: sourceCode ?? .english).sentences(in: sourceText).map(\.text)
                let targetSentences = try Segmenter(language: targetCode ?? .english).sentences(in: targetText).map(\.text)
                let ratio = SentenceAligner.characterRatio(source: sourceSentences, target: targetSentences)
                try aligner.align(source: sourceSentences, target: targetSentences, characterRatio: ratio, emit: add)
            case let (.lines(sourcePath), .lines(targetPath)):
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
        } catch {
            throw Frontend.fail(error)
        }
    }

    /// One input: a file of one sentence per line (read as a stream), or a decoded text to segment.
    private enum Input {
        case lines(String)
        case text(String)
    }

    private func read(path: String) throws -> Input {
        guard !presegmented else { return .lines(path) }
        return .text(try TextInput.read(path: path, encoding: encoding).text)
    }

    /// The language given; else the one TolkLanguage detects in the input's first 20,000 characters; else the
    /// language tag of the file name (``LanguageCode/tag(inFileName:)``: `article.da.txt`, `doc.en`); else nil.
    private static func language(option: String?, input: Input, path: String,
                                 detector: inout LanguageDetector?) throws -> LanguageCode? {
        if let option {
            guard let code = LanguageCode(rawValue: option) else {
                throw ValidationError("'\(option)' is not a language code (two or three letters, such as da or en)")
            }
            return code
        }
        let sample: String
        switch input {
        case .lines(let path):
            let reader = try AlignmentInput.LineReader(path: path)
            sample = String(Array(reader.prefix(200)).joined(separator: "\n").prefix(20_000))
            if let error = reader.error { throw error }
        case .text(let text): sample = String(text.prefix(20_000))
        }
        if detector == nil { detector = try? LanguageDetector() }
        if let detected = detector?.detect(sample) { return detected }
        return LanguageCode.tag(inFileName: path)
    }
}

/// Writes the chosen format unit by unit.
final class UnitWriter {
    private let format: Align.OutputFormat
    private let sourceLanguage: LanguageCode?
    private let targetLanguage: LanguageCode?
    private let sink: AlignmentOutput
    private let tmx: TMXWriter
    private var first = true

    init(format: Align.OutputFormat, sourceLanguage: LanguageCode?, targetLanguage: LanguageCode?, sink: AlignmentOutput) {
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.sink = sink
        tmx = TMXWriter(sourceLanguage: sourceLanguage ?? "und", targetLanguage: targetLanguage ?? "und",
                        toolVersion: Tolk.version)
    }

    func begin() throws {
        switch format {
        case .tmx: try sink.write(tmx.header())
        case .json: try sink.write(AlignmentWriter.jsonHeader(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
        case .beads, .tsv: break
        }
    }

    func add(_ unit: TranslationUnit) throws {
        switch format {
        case .beads: try sink.write(AlignmentWriter.beadLine(unit))
        case .tsv: try sink.write(AlignmentWriter.tsvLine(unit))
        case .json: try sink.write(try AlignmentWriter.jsonUnit(unit, first: first))
        case .tmx: try sink.write(tmx.unit(unit))
        }
        first = false
    }

    func end() throws {
        switch format {
        case .tmx: try sink.write(tmx.footer())
        case .json: try sink.write(AlignmentWriter.jsonFooter())
        case .beads, .tsv: break
        }
    }
}

/// Standard output, or a temporary file beside `--output` renamed over it when all is written (so the
/// output file is either complete or untouched).
final class AlignmentOutput {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        if let path, path != "-" {
            let url = URL(fileURLWithPath: path)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).tolk-\(ProcessInfo.processInfo.processIdentifier)").path
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporary) else {
                let folder = url.deletingLastPathComponent().path
                let reason = FileManager.default.fileExists(atPath: folder) ? "cannot create a file in \(folder)"
                    : "no folder \(folder)"
                throw TextError.unwritable(path: path, reason: reason)
            }
            self.path = path
            self.temporary = temporary
            self.handle = handle
        } else {
            self.path = nil
            self.temporary = nil
            self.handle = FileHandle.standardOutput
        }
        buffer.reserveCapacity(1 << 17)
    }

    deinit {
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, moves it into place.
    func commit() throws {
        try flush()
        guard let path, let temporary else { return }
        try handle.close()
        guard rename(temporary, path) == 0 else {
            throw TextError.unwritable(path: path, reason: "cannot move the finished output into place")
        }
    }
}

/// Reads alignment input files.
enum AlignmentInput {
    /// Characters (Unicode scalars) in a UTF-8 file, line breaks excluded: one pass, constant memory.
    static func characterCount(path: String) throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TextError.unreadable(path: path, reason: "no such file, or not readable")
        }
        defer { try? handle.close() }
        var count = 0
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                block.withUnsafeBytes { bytes in
                    for byte in bytes where byte & 0xC0 != 0x80 && byte != 0x0A && byte != 0x0D { count += 1 }
                }
            }
        } catch {
            throw TextError.unreadable(path: path, reason: Frontend.systemReason(error))
        }
        return count
    }

    /// The lines of a UTF-8 file, read block by block as they are needed. Iteration stops at the first line
    /// with an invalid byte or NUL, and ``error`` then names the file and the byte offset of the first one.
    final class LineReader: Sequence, IteratorProtocol {
        private let path: String
        private let handle: FileHandle
        private var block: [UInt8] = []
        private var position = 0
        private var blockOffset = 0
        private var finished = false
        private var atStart = true
        /// What stopped the reading early, if anything.
        private(set) var error: TextError?

        init(path: String) throws {
            guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
                throw TextError.unreadable(path: path, reason: "no such file, or not readable")
            }
            self.path = path
            self.handle = handle
        }

        deinit { try? handle.close() }

        func next() -> String? {
            while true {
                if let newline = block[position...].firstIndex(of: 0x0A) {
                    return line(upTo: newline, consuming: newline + 1)
                }
                if finished {
                    guard position < block.count else { return nil }
                    return line(upTo: block.count, consuming: block.count)
                }
                readBlock()
            }
        }

        private func readBlock() {
            // Keep the unfinished line, append the next block.
            blockOffset += position
            block.removeFirst(position)
            position = 0
            do {
                if let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
                    block.append(contentsOf: data)
                } else {
                    finished = true
                }
            } catch {
                self.error = .unreadable(path: path, reason: Frontend.systemReason(error))
                finished = true
                block.removeAll()
            }
        }

        private func line(upTo end: Int, consuming next: Int) -> String? {
            guard error == nil else { return nil }
            var start = position
            if atStart {
                atStart = false
                if end - start >= 3 && block[start] == 0xEF && block[start + 1] == 0xBB && block[start + 2] == 0xBF {
                    start += 3
                }
            }
            var stop = end
            if stop > start && block[stop - 1] == 0x0D { stop -= 1 }
            let line = block.withUnsafeBufferPointer { buffer -> String? in
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<stop])
                do throws(TextError) {
                    try TextInput.validateUTF8(slice, name: path, baseOffset: blockOffset + start)
                } catch {
                    self.error = error
                    return nil
                }
                return String(decoding: slice, as: UTF8.self)
            }
            position = next
            if line == nil { finished = true; block.removeAll(); position = 0 }
            return line
        }
    }
}
