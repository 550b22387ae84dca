import Foundation

/// Genitives and possessives: the one place that says whether a word ends in one, and what it leaves.
///
/// English writes a possessive with an apostrophe, straight or typographic (U+2019): "Assange's",
/// "Assange’s", "officials'". Danish, Norwegian and Swedish write the genitive "s" inside the word
/// ("Ecuadors", "Clintons") and an apostrophe only after an acronym or a final s, x or z ("USA's", "Assange'").
/// The endings and their shapes are defined here; each reader decides with the evidence it has whether an
/// ending is really a genitive: the lexicon's morphology (a lemma it knows), the entity recognizer (a name the
/// document or the gazetteer knows without the "s"), the spelling keys of alignment and paraphrase (a
/// capitalised word of more than three letters).
///
/// ```swift
/// Genitive.withoutPossessive("Assange’s")    // "Assange"
/// Genitive.strippingPossessive("clinton's")  // "clinton"
/// Genitive.isInflecting(.danish)             // true: "Ecuadors"
/// ```
public enum Genitive {
    /// True for languages whose genitive "s" is written inside the word (Danish, Norwegian, Swedish).
    public static func isInflecting(_ language: LanguageCode) -> Bool {
        [.danish, .norwegianBokmal, .norwegianNynorsk, .swedish].contains(language)
    }

    /// The possessive endings, with either apostrophe: "'s" and "’s" (two characters each).
    public static let possessiveEndings = ["'s", "\u{2019}s"]

    /// The endings a name may carry, in the order they are tried: the possessive endings, then a bare "s".
    public static let nameEndings = possessiveEndings + ["s"]

    /// A Danish genitive apostrophe after a final s, x or z ("Lars'", "Elvis’"), either apostrophe; tried after
    /// ``nameEndings`` (a bare apostrophe, so its own list: "'s" is no "s" after an apostrophe).
    public static let apostropheEndings = ["'", "\u{2019}"]

    /// `word` without a possessive ending, or without a final apostrophe after s, x or z (a Danish genitive
    /// written as Universal NER keeps it inside the name: "Lars'" -> "Lars"); `word` itself otherwise.
    /// - Complexity: O(n) in the length of `word`.
    public static func withoutNamePossessive(_ word: String) -> String {
        if possessiveEnding(of: word) != nil { return String(word.dropLast(2)) }
        guard word.count > 2, let last = word.last, last == "'" || last == "\u{2019}",
            let before = word.dropLast().last, "sxzSXZ".contains(before)
        else { return word }
        return String(word.dropLast())
    }

    /// The possessive ending (``possessiveEndings``) `word` ends with, or `nil`.
    /// - Complexity: O(1).
    public static func possessiveEnding(of word: String) -> String? {
        possessiveEndings.first { word.hasSuffix($0) }
    }

    /// `word` without a possessive ending: "assange's" -> "assange"; `word` itself when it has none.
    /// - Complexity: O(n) in the length of `word`.
    public static func withoutPossessive(_ word: String) -> String {
        possessiveEnding(of: word) == nil ? word : String(word.dropLast(2))
    }

    /// A lower-case form without its possessive, for lexicon look-up: `clinton's` -> `clinton`,
    /// `officials'` -> `officials`, `assange'` -> `assange` (Danish after s, x, z); a typographic apostrophe
    /// is read as a straight one. `nil` when the form has no possessive or would keep fewer than two characters.
    /// - Complexity: O(n) in the length of `form`.
    public static func strippingPossessive(_ form: String) -> String? {
        // Foundation replaces only where the byte E2 that opens U+2019 in UTF-8 is there at all.
        let normalized = form.utf8.contains(0xE2) ? form.replacingOccurrences(of: "\u{2019}", with: "'") : form
        if normalized.hasSuffix("'s"), normalized.count > 3 { return String(normalized.dropLast(2)) }
        if normalized.hasSuffix("'"), normalized.count > 2 { return String(normalized.dropLast()) }
        return nil
    }

    /// Where a possessive ending ('s, ’s or a final apostrophe of either kind) starts in `name`, when at least
    /// two characters stand before it; `nil` otherwise.
    /// - Complexity: O(1).
    public static func possessiveStart(_ name: String) -> String.Index? {
        for ending in ["'s", "\u{2019}s", "'", "\u{2019}"] where name.hasSuffix(ending) && name.count > ending.count + 1 {
            return name.index(name.endIndex, offsetBy: -ending.count)
        }
        return nil
    }

    /// True for an acronym of two or more capitals with a genitive "s": "SFs", "EUs".
    public static func isAcronymGenitive(_ word: String) -> Bool {
        word.count >= 3 && word.hasSuffix("s") && word.dropLast().allSatisfy { $0.isUppercase }
    }

    /// A capitalised word folded by ``WordFolding`` as a name is keyed: without a final genitive "s" when
    /// longer than three letters ("ecuadors" -> "ecuador"; a possessive's apostrophe is no letter and already
    /// ended the word).
    /// - Complexity: O(1).
    @inline(__always)
    package static func nameSpelling(_ folded: [UInt8]) -> ArraySlice<UInt8> {
        folded.count > 3 && folded.last == UInt8(ascii: "s") ? folded.dropLast() : folded[...]
    }
}
