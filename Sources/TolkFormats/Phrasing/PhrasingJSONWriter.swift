import Foundation
import TolkEvents
import TolkPhrasing

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
        let encoder = JSONStyle.encoder(pretty: true)
        return String(decoding: try encoder.encode(Root(comparisons: comparisons)), as: UTF8.self) + "\n"
    }

    /// Hands the JSON text of `comparisons` to `emit` one comparison at a time, as the sequence yields them: the
    /// same bytes as ``json(_:)``, but neither the comparisons nor the text need be held whole (pass a lazy
    /// sequence to compare each pair only when it is written).
    /// - Throws: `EncodingError` when a value cannot be encoded; whatever `emit` throws.
    /// - Complexity: O(n) in the size of the text; memory O(1) comparisons.
    public static func write<Comparisons: Sequence>(_ comparisons: Comparisons, to emit: (String) throws -> Void)
        throws where Comparisons.Element == PhrasingComparison
    {
        let encoder = JSONStyle.encoder(pretty: true)
        var written = 0
        for comparison in comparisons {
            let encoded = String(decoding: try encoder.encode(comparison), as: UTF8.self)
            // Nested two levels deep: every line but the empty ones of empty arrays is indented by four spaces.
            var piece = written == 0 ? "{\n  \"comparisons\" : [\n" : ",\n"
            var first = true
            for line in encoded.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { piece += "\n" }
                first = false
                if !line.isEmpty { piece += "    " }
                piece += line
            }
            try emit(piece)
            written += 1
        }
        // An empty array prints as "[", an empty line, and "]" indented to its depth.
        try emit(written == 0 ? "{\n  \"comparisons\" : [\n\n  ]\n}\n" : "\n  ]\n}\n")
    }
}
