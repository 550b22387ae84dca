import Foundation
import TolkText

/// Writes an alignment in the `beads`, `tsv` and `json` formats of `tolk align`.
public enum AlignmentWriter {
    /// One bead per line: source indices joined by commas, a colon, target indices (`5,6:7`, `3:`, `:4`).
    /// - Complexity: O(n) in the number of beads.
    public static func beads(_ units: [TranslationUnit]) -> String {
        var text = ""
        for unit in units {
            text += unit.source.map(String.init).joined(separator: ",") + ":"
                + unit.target.map(String.init).joined(separator: ",") + "\n"
        }
        return text
    }

    /// One bead per line: source text, a tab, target text; an unpaired sentence has an empty side.
    /// Tabs and line breaks inside a text become spaces.
    /// - Complexity: O(n) in the total length of the texts.
    public static func tsv(_ units: [TranslationUnit]) -> String {
        var text = ""
        for unit in units { text += flat(unit.sourceText) + "\t" + flat(unit.targetText) + "\n" }
        return text
    }

    /// A JSON object with the two languages (when known) and the beads with their indices, texts and
    /// confidences; keys sorted, so the same alignment gives the same bytes.
    /// - Complexity: O(n) in the total length of the texts.
    public static func json(_ units: [TranslationUnit], sourceLanguage: LanguageCode?,
                            targetLanguage: LanguageCode?) throws -> String {
        struct Document: Encodable {
            let sourceLanguage: String?
            let targetLanguage: String?
            let beads: [TranslationUnit]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(sourceLanguage: sourceLanguage?.rawValue,
                                               targetLanguage: targetLanguage?.rawValue, beads: units))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func flat(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
