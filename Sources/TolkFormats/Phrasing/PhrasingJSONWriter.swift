import Foundation
import TolkEvents

/// Writes phrasing comparisons as JSON: `{"comparisons": [{"source_document", "target_document", "source":
/// {attributions, reporting_verbs, hedges, certainty, evaluative, quotations, mode, only_here, language},
/// "target": {...}, "statements": [{"source_sentences", "target_sentences", "score", "source_text",
/// "target_text", "source": {...}, "target": {...}}]}]}`. Ranges are `[start, end]` UTF-8 bytes of each
/// document's decoded text; keys are sorted, so the same input gives the same bytes.
public enum PhrasingJSONWriter {
    private struct Root: Encodable { var comparisons: [PhrasingComparison] }

    /// The JSON text of `comparisons`.
    /// - Throws: `EncodingError` when a value cannot be encoded (a non-finite score).
    public static func json(_ comparisons: [PhrasingComparison]) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Root(comparisons: comparisons)), as: UTF8.self) + "\n"
    }
}
