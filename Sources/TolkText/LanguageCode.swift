/// An ISO 639-1 language code ("da", "en", "nb"), the value by which every Tolk module names a language.
///
/// Languages are values, never parts of identifiers: code asks for `source` and `target` languages and
/// compares them with these constants.
public struct LanguageCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The lower-case code, such as "da".
    public let rawValue: String

    /// A code from a string such as "da" or "DA"; `nil` unless it is two or three ASCII letters.
    public init?(rawValue: String) {
        let lowered = rawValue.lowercased()
        guard (2...3).contains(lowered.count), lowered.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        self.rawValue = lowered
    }

    /// A code from a literal; literals in Tolk's source are always valid codes.
    public init(stringLiteral value: String) {
        self.rawValue = value.lowercased()
    }

    public var description: String { rawValue }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let danish: LanguageCode = "da"
    public static let english: LanguageCode = "en"
    public static let norwegianBokmal: LanguageCode = "nb"
    public static let norwegianNynorsk: LanguageCode = "nn"
    public static let swedish: LanguageCode = "sv"
    public static let german: LanguageCode = "de"
    public static let dutch: LanguageCode = "nl"
}

extension LanguageCode {
    /// The ISO 639 codes ICU lists, read once.
    private static let icuCodes: Set<String> = Set(LocaleNames.languageCodes)

    /// Whether this is a real ISO 639 code (one in ICU's list, such as "da", "en", "fo"), or `und`
    /// (undetermined). Well-formed codes that name no language, such as "zz" or "xx", are not known.
    /// - Complexity: O(1) after the first call, which reads ICU's list (about 600 codes).
    public var isKnown: Bool { rawValue == "und" || Self.icuCodes.contains(rawValue) }
}
