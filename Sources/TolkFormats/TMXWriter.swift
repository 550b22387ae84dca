import Foundation
import TolkText

/// Writes translation units as a TMX 1.4b translation memory that CAT tools and translate-toolkit read.
///
/// Only pairs become `<tu>` elements (a sentence without counterpart is no translation). Each unit carries
/// its confidence as `<prop type="x-confidence">`, and each `<tuv>` its `xml:lang`.
/// ```swift
/// let writer = TMXWriter(sourceLanguage: .danish, targetLanguage: .english, toolVersion: "0.1.0")
/// let xml = writer.document(units)
/// ```
public struct TMXWriter: Sendable {
    /// Language of the source segments (also the header's `srclang`).
    public let sourceLanguage: LanguageCode
    /// Language of the target segments.
    public let targetLanguage: LanguageCode
    /// `creationtool` in the header.
    public let tool: String
    /// `creationtoolversion` in the header.
    public let toolVersion: String

    /// A writer for `sourceLanguage` to `targetLanguage` units.
    public init(sourceLanguage: LanguageCode, targetLanguage: LanguageCode, tool: String = "tolk",
                toolVersion: String) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.tool = tool
        self.toolVersion = toolVersion
    }

    /// The whole TMX document for `units` (UTF-8 XML text).
    /// - Complexity: O(n) in the total length of the units' texts.
    public func document(_ units: [TranslationUnit]) -> String {
        var xml = header()
        for unit in units { xml += self.unit(unit) }
        return xml + footer()
    }

    /// The XML declaration, the `<tmx>` and `<header>` elements and the opening `<body>`.
    public func header() -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="\(XMLEscaping.escape(tool))" creationtoolversion="\(XMLEscaping.escape(toolVersion))" \
        segtype="sentence" o-tmf="\(XMLEscaping.escape(tool))" adminlang="en" srclang="\(sourceLanguage)" \
        datatype="plaintext"/>
          <body>

        """
    }

    /// One `<tu>` element, or nothing for a unit that is not a pair.
    /// - Complexity: O(n) in the length of the unit's texts.
    public func unit(_ unit: TranslationUnit) -> String {
        guard unit.isPair else { return "" }
        return """
                <tu>
                  <prop type="x-confidence">\(Self.format(unit.confidence))</prop>
                  <tuv xml:lang="\(sourceLanguage)"><seg>\(XMLEscaping.escape(unit.sourceText))</seg></tuv>
                  <tuv xml:lang="\(targetLanguage)"><seg>\(XMLEscaping.escape(unit.targetText))</seg></tuv>
                </tu>

            """
    }

    /// Closes `<body>` and `<tmx>`.
    public func footer() -> String { "  </body>\n</tmx>\n" }

    /// A confidence with three decimals, the same on every platform and locale.
    static func format(_ value: Double) -> String {
        let clamped = value.isFinite ? min(max(value, 0), 1) : 0
        let thousandths = Int((clamped * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
