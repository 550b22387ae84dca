/// The three text forms Tolk works with.
public enum TextForm: String, CaseIterable, Sendable {
    /// Canonical composition: for everything kept and shown.
    case nfc
    /// For comparing text: NFKC_Casefold with unified punctuation (see ``TextNormalizer/match(_:)``).
    case match
    /// For matching names across spellings and scripts: ASCII, lower-cased (see ``TextNormalizer/fold(_:)``).
    case fold
}

/// Puts text into one of the ``TextForm``s through ICU.
///
/// ```swift
/// let normalizer = try TextNormalizer()
/// normalizer.match("«Det er  “Wikileaks”» – sagde han")   // "\"det er  \"wikileaks\"\" - sagde han"
/// normalizer.fold("Søren Kierkegaard")                    // "soren kierkegaard"
/// ```
///
/// Holds an ICU transliterator, so an instance is not safe to share between threads; make one per thread.
public final class TextNormalizer {
    private let nfcNormalizer: Normalizer
    private let casefoldNormalizer: Normalizer
    private var transliterator: Transliterator?

    /// The ICU transform behind ``fold(_:)``.
    public static let foldTransform = "Any-Latin; Latin-ASCII"

    /// Opens ICU's normalizers (the transliterator is opened on first use of ``fold(_:)``).
    /// - Throws: ``TextError/icu(operation:status:)`` when ICU's data is missing.
    public init() throws(TextError) {
        nfcNormalizer = try Normalizer(.nfc)
        casefoldNormalizer = try Normalizer(.nfkcCasefold)
    }

    /// Returns `text` in `form`.
    /// - Complexity: O(n) in the length of `text`.
    public func normalize(_ text: String, form: TextForm) throws(TextError) -> String {
        switch form {
        case .nfc: return nfc(text)
        case .match: return match(text)
        case .fold: return try fold(text)
        }
    }

    /// NFC: composed characters, for display and for keeping.
    /// - Complexity: O(n); text already in NFC is returned without copying.
    public func nfc(_ text: String) -> String { nfcNormalizer.normalize(text) }

    /// The matching form: typographic quotes (« » „ “ ” ‟ ‹ › ‚ ‘ ’ ‛) become `"` or `'`, hyphens, dashes and
    /// the minus sign become `-`, then NFKC_Casefold, which also turns no-break and thin spaces into plain
    /// spaces, removes soft hyphens and folds case.
    /// - Complexity: O(n) in the length of `text`.
    public func match(_ text: String) -> String {
        casefoldNormalizer.normalize(Self.unifyPunctuation(text))
    }

    /// The name-folding form: ICU's `Any-Latin; Latin-ASCII` (any script to Latin, then to ASCII: "Søren" to
    /// "Soren", "Путин" to "Putin"), then lower-cased, with punctuation unified as in ``match(_:)``.
    /// - Throws: ``TextError/icu(operation:status:)`` if ICU lacks the transform.
    /// - Complexity: O(n) in the length of `text`.
    public func fold(_ text: String) throws(TextError) -> String {
        let transliterator: Transliterator
        if let existing = self.transliterator {
            transliterator = existing
        } else {
            transliterator = try Transliterator(id: Self.foldTransform)
            self.transliterator = transliterator
        }
        return transliterator.transliterate(Self.unifyPunctuation(nfc(text))).lowercased()
    }

    /// Replaces typographic quotes and dashes by their ASCII forms; removes soft hyphens; maps no-break and
    /// thin spaces to a space. Text without such characters is returned as is.
    /// - Complexity: O(n).
    public static func unifyPunctuation(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch replacement(for: scalar) {
            case .none: result.append(scalar)
            case let .some(replacement?): result.append(replacement)
            case .some(.none): break  // removed
            }
        }
        return String(result)
    }

    /// `nil` to keep `scalar`, `.some(nil)` to remove it, `.some(x)` to replace it by x.
    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar?? {
        switch scalar.value {
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E, 0xFF02: return .some("\"")
        case 0x2039, 0x203A, 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xFF07: return .some("'")
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return .some("-")
        case 0x00A0, 0x2007, 0x2009, 0x200A, 0x202F, 0x205F: return .some(" ")
        case 0x00AD: return .some(nil)
        default: return nil
        }
    }
}
