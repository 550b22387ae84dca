import TolkText

/// Lexicon entries from the CLDR names in the system ICU: countries and territories, languages, months and
/// weekdays, each named in the pair's two languages (`Tyskland` -> `Germany`, `januar` -> `January`).
public enum LocaleNameEntries {
    /// The origin label of these entries.
    public static let origin = "cldr"

    /// Every name CLDR gives in both languages of `pair`, as entries with weight 1.
    ///
    /// Names equal in both languages (`Ecuador`) are kept: they are still translations. Codes CLDR has no
    /// name for in either language are skipped.
    /// - Complexity: O(r + l) ICU calls for r regions and l languages.
    public static func entries(for pair: LanguagePair) -> [LexiconEntry] {
        var result: [LexiconEntry] = []
        func add(_ source: String?, _ target: String?, _ partOfSpeech: String, _ category: String) {
            guard let source, let target, !source.isEmpty, !target.isEmpty else { return }
            result.append(
                LexiconEntry(
                    source: source, target: target, partOfSpeech: partOfSpeech, weight: 1, origin: origin,
                    category: category))
        }
        let source = pair.source.rawValue
        let target = pair.target.rawValue
        for code in LocaleNames.regionCodes {
            add(LocaleNames.country(code, in: source), LocaleNames.country(code, in: target), "propn", "country")
        }
        for code in LocaleNames.languageCodes where code.count == 2 {
            add(LocaleNames.language(code, in: source), LocaleNames.language(code, in: target), "noun", "language")
        }
        for (month, name) in zip(LocaleNames.months(in: source), LocaleNames.months(in: target)) {
            add(month, name, "noun", "month")
        }
        for (day, name) in zip(LocaleNames.weekdays(in: source), LocaleNames.weekdays(in: target)) {
            add(day, name, "noun", "weekday")
        }
        return result
    }
}
