import Foundation
import TolkAlign

/// Writes a ``ComparableMatch`` as the JSON of `tolk match --format json`.
///
/// Keys are snake case and sorted, so the same result gives the same bytes on every run. An annotator may add
/// `entities` and `events` to each pair before it is written:
/// ```swift
/// let writer = MatchJSONWriter { matched, pair in
///     pair.entities = links(for: matched).map(AnyEncodable.init)
/// }
/// let text = try writer.json(result)
/// ```
public struct MatchJSONWriter: Sendable {
    /// Fills a pair's JSON (its `entities` and `events`, or more) from the matched pair.
    public typealias Annotator = @Sendable (MatchedPair, inout MatchJSON.Pair) -> Void

    private let annotate: Annotator?

    /// A writer; `annotate`, when given, is called once per pair.
    public init(annotate: Annotator? = nil) {
        self.annotate = annotate
    }

    /// The JSON value of `result`, after annotation.
    /// - Complexity: O(n) in the size of the result, plus the annotator's work.
    public func value(_ result: ComparableMatch) -> MatchJSON {
        var json = MatchJSON(result)
        if let annotate {
            for index in json.pairs.indices { annotate(result.pairs[index], &json.pairs[index]) }
        }
        return json
    }

    /// The JSON text of `result` (pretty-printed, keys sorted, ending with a line break).
    /// - Throws: `EncodingError` when an annotation cannot be encoded (such as a non-finite number).
    /// - Complexity: O(n) in the size of the result.
    public func json(_ result: ComparableMatch) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(value(result))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
