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
