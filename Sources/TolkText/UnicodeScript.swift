import CICU

/// A Unicode script (ISO 15924), as ICU's `uscript` reports it for a code point.
public struct UnicodeScript: Hashable, Sendable, CustomStringConvertible {
    /// ICU's UScriptCode.
    public let code: Int32

    /// Common (punctuation, digits, symbols shared by scripts).
    public static let common = UnicodeScript(code: 0)
    /// Inherited (combining marks that take the script of their base).
    public static let inherited = UnicodeScript(code: 1)
    /// Latin.
    public static let latin = UnicodeScript(code: 25)

    /// The script of `scalar`.
    public init(of scalar: Unicode.Scalar) {
        var status: Int32 = 0
        let code = cicu_script(scalar.value, &status)
        self.code = status > 0 ? 0 : code
    }

    init(code: Int32) { self.code = code }

    /// The ISO 15924 four-letter code, such as "Latn", "Cyrl", "Hani".
    public var isoCode: String {
        guard let name = cicu_script_short_name(code) else { return "Zzzz" }
        return String(cString: name)
    }

    public var description: String { isoCode }

    /// Whether the script says nothing about a language (Common, Inherited, Unknown).
    public var isNeutral: Bool { code == 0 || code == 1 || code == 103 }
}

extension Unicode.Scalar {
    /// Whether ICU considers the scalar alphabetic (letters and letter-like marks).
    public var isICUAlphabetic: Bool { cicu_is_alphabetic(value) != 0 }
}
