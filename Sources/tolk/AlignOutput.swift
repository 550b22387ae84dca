import Foundation
import TolkFormats
import TolkText

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

/// Standard output or `--output` (an ``OutputFile``: a regular file is replaced only when all is written), with a
/// buffer.
final class AlignmentOutput {
    private let output: OutputFile
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        output = try OutputFile(path: path)
        buffer.reserveCapacity(1 << 17)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, moves it into place.
    func commit() throws {
        try flush()
        try output.commit()
    }
}
