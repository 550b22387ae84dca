import TolkAlign
import TolkText

/// An output format of `tolk align`.
public enum AlignmentFormat: String, CaseIterable, Sendable {
    /// `source indices:target indices` per line (see ``AlignmentWriter/beadLine(_:)``).
    case beads
    /// A TMX 1.4b translation memory of the pairs (see ``TMXWriter``).
    case tmx
    /// Source text, a tab, target text per line.
    case tsv
    /// The two languages and the beads with their texts and confidence.
    case json
}

/// Writes an alignment in one ``AlignmentFormat`` bead by bead, as the aligner hands the beads out, so that the
/// alignment is never held in memory: ``begin()``, ``add(_:sourceTexts:targetTexts:)`` per bead, ``end()``.
public final class AlignmentStreamWriter {
    private let format: AlignmentFormat
    private let sourceLanguage: LanguageCode
    private let targetLanguage: LanguageCode
    private let emit: (String) throws -> Void
    private let tmx: TMXWriter
    private var first = true

    /// A writer of `format` for an alignment of `sourceLanguage` with `targetLanguage`, handing its text to
    /// `emit` piece by piece; `toolVersion` goes into the TMX header.
    public init(format: AlignmentFormat, sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
                toolVersion: String, emit: @escaping (String) throws -> Void) {
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.emit = emit
        tmx = TMXWriter(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, toolVersion: toolVersion)
    }

    /// Writes what comes before the first bead (the TMX header, the opening of the JSON document).
    public func begin() throws {
        switch format {
        case .tmx: try emit(tmx.header())
        case .json: try emit(AlignmentWriter.jsonHeader(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
        case .beads, .tsv: break
        }
    }

    /// Writes one bead with the texts of its sentences.
    public func add(_ bead: Bead, sourceTexts: ArraySlice<String>, targetTexts: ArraySlice<String>) throws {
        try add(TranslationUnit(bead: bead, sourceTexts: sourceTexts, targetTexts: targetTexts))
    }

    /// Writes one unit.
    public func add(_ unit: TranslationUnit) throws {
        switch format {
        case .beads: try emit(AlignmentWriter.beadLine(unit))
        case .tsv: try emit(AlignmentWriter.tsvLine(unit))
        case .json: try emit(try AlignmentWriter.jsonUnit(unit, first: first))
        case .tmx: try emit(tmx.unit(unit))
        }
        first = false
    }

    /// Writes what comes after the last bead.
    public func end() throws {
        switch format {
        case .tmx: try emit(tmx.footer())
        case .json: try emit(AlignmentWriter.jsonFooter())
        case .beads, .tsv: break
        }
    }
}
