import TolkText

/// The writing systems the detector tells apart before any statistics: Latin text goes to the n-gram model, the
/// others name their language (or decide between two) by script alone.
enum ScriptFamily: Int, CaseIterable, Sendable {
    case latin, cyrillic, greek, arabic, hebrew, han, kana, hangul, thai, armenian, georgian, devanagari, other

    /// The family of a letter's ICU script (Hiragana and Katakana both count as kana).
    init(of scalar: Unicode.Scalar) {
        if scalar.value < 0x250 {
            self = .latin
            return
        }
        // ICU UScriptCode values (uscript.h), compared as numbers to keep the hot loop free of strings.
        switch UnicodeScript(of: scalar).code {
        case 25: self = .latin
        case 8: self = .cyrillic
        case 14: self = .greek
        case 2: self = .arabic
        case 19: self = .hebrew
        case 17: self = .han
        case 20, 22: self = .kana
        case 18: self = .hangul
        case 38: self = .thai
        case 3: self = .armenian
        case 12: self = .georgian
        case 10: self = .devanagari
        default: self = .other
        }
    }

    /// Languages this family answers with by script alone (Cyrillic: Russian or Ukrainian by their letters).
    var languages: [LanguageCode] {
        switch self {
        case .latin, .other: return []
        case .cyrillic: return ["ru", "uk"]
        case .greek: return ["el"]
        case .arabic: return ["ar"]
        case .hebrew: return ["he"]
        case .han: return ["zh"]
        case .kana: return ["ja"]
        case .hangul: return ["ko"]
        case .thai: return ["th"]
        case .armenian: return ["hy"]
        case .georgian: return ["ka"]
        case .devanagari: return ["hi"]
        }
    }
}

/// Simple (one scalar to one scalar) lower-casing for the scalars below U+0600 (Latin, Greek, Cyrillic,
/// Armenian), computed once; other scalars are returned unchanged. Matches the generator's per-character folding.
enum CaseTable {
    private static let limit: UInt32 = 0x600
    private static let table: [UInt32] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let first = lower.first else { return value }
        return first.value
    }

    /// The lower-case form of `scalar`.
    @inline(__always)
    static func lower(_ scalar: UInt32) -> UInt32 {
        scalar < limit ? table[Int(scalar)] : scalar
    }
}
