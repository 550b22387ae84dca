import Foundation

/// The one JSON style of every Tolk output: keys in snake case (`source_text`, `language_source`), sorted, and
/// slashes written as they are. Every writer that encodes values takes its encoder from here; the streaming
/// writers that write JSON by hand (``JSONBytes``) use the same key names.
public enum JSONStyle {
    /// An encoder in Tolk's style.
    /// - Parameter pretty: pretty-printed (match, compare) rather than one value per line (align, entities).
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
