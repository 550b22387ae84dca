import Foundation
import TolkText

/// Writes an alignment in the `beads`, `tsv` and `json` formats of `tolk align`, whole or unit by unit.
public enum AlignmentWriter {
    /// One bead per line: source indices joined by commas, a colon, target indices (`5,6:7`, `3:`, `:4`).
    /// - Complexity: O(n) in the number of beads.
    public static func beads(_ units: [TranslationUnit]) -> String { units.map(beadLine).joined() }

    /// The `beads` line of one unit, with its line break.
    public static func beadLine(_ unit: TranslationUnit) -> String {
        unit.source.map(String.init).joined(separator: ",") + ":" + unit.target.map(String.init).joined(separator: ",")
            + "\n"
    }

    /// One bead per line: source text, a tab, target text; an unpaired sentence has an empty side.
    /// Tabs and line breaks inside a text become spaces.
    /// - Complexity: O(n) in the total length of the texts.
    public static func tsv(_ units: [TranslationUnit]) -> String { units.map(tsvLine).joined() }

    /// The `tsv` line of one unit, with its line break.
    public static func tsvLine(_ unit: TranslationUnit) -> String {
        flat(unit.sourceText) + "\t" + flat(unit.targetText) + "\n"
    }

    /// A JSON object with the two languages (null when unknown) and the beads, one per line, each with its
    /// indices, texts and confidence; keys sorted, so the same alignment gives the same bytes.
    /// - Complexity: O(n) in the total length of the texts.
    public static func json(_ units: [TranslationUnit], sourceLanguage: LanguageCode?,
                            targetLanguage: LanguageCode?) throws -> String {
        var text = jsonHeader(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        for (index, unit) in units.enumerated() { text += try jsonUnit(unit, first: index == 0) }
        return text + jsonFooter()
    }

    /// The opening of the JSON document, up to the beads array.
    public static func jsonHeader(sourceLanguage: LanguageCode?, targetLanguage: LanguageCode?) -> String {
        func value(_ code: LanguageCode?) -> String { code.map { "\"\($0.rawValue)\"" } ?? "null" }
        return "{\"source_language\":\(value(sourceLanguage)),\"target_language\":\(value(targetLanguage)),\"beads\":[\n"
    }

    /// One bead of the JSON document (`first` tells whether a separating comma is needed before it).
    public static func jsonUnit(_ unit: TranslationUnit, first: Bool) throws -> String {
        let object = String(decoding: try JSONStyle.encoder(pretty: false).encode(unit), as: UTF8.self)
        return (first ? "" : ",\n") + object
    }

    /// The end of the JSON document.
    public static func jsonFooter() -> String { "\n]}\n" }

    private static func flat(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
