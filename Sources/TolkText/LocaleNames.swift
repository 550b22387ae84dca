import CICU

/// Names from ICU's copy of CLDR: regions (countries and territories), languages, months and weekdays,
/// in a display language such as Danish ("da") or English ("en").
///
/// ```swift
/// LocaleNames.country("SE", in: "da")   // "Sverige"
/// LocaleNames.country("SE", in: "en")   // "Sweden"
/// ```
public enum LocaleNames {
    /// The two-letter ISO 3166 region codes ICU knows, in ICU's order.
    public static var regionCodes: [String] {
        (0..<cicu_iso_country_count()).compactMap { index in
            cicu_iso_country(index).map { String(cString: $0) }
        }
    }

    /// The ISO 639 language codes ICU knows, in ICU's order.
    public static var languageCodes: [String] {
        (0..<cicu_iso_language_count()).compactMap { index in
            cicu_iso_language(index).map { String(cString: $0) }
        }
    }

    /// The name of region `code` ("DK") in `displayLanguage`, or `nil` when CLDR has none
    /// (ICU then echoes the code back).
    public static func country(_ code: String, in displayLanguage: String) -> String? {
        let name = try? callICU("uloc_getDisplayCountry", capacity: 64) { buffer, capacity, status in
            cicu_display_country(code, displayLanguage, buffer, capacity, status)
        }
        return name.map { String(icuUnits: $0) }.flatMap { $0.isEmpty || $0 == code ? nil : $0 }
    }

    /// The name of language `code` ("da") in `displayLanguage`, or `nil` when CLDR has none.
    public static func language(_ code: String, in displayLanguage: String) -> String? {
        let name = try? callICU("uloc_getDisplayLanguage", capacity: 64) { buffer, capacity, status in
            cicu_display_language(code, displayLanguage, buffer, capacity, status)
        }
        return name.map { String(icuUnits: $0) }.flatMap { $0.isEmpty || $0 == code ? nil : $0 }
    }

    /// The twelve month names (wide, as in running text) in `language`, January first.
    public static func months(in language: String) -> [String] { symbols(kind: 0, count: 12, language) }

    /// The seven weekday names (wide) in `language`, Sunday first as in CLDR.
    public static func weekdays(in language: String) -> [String] { symbols(kind: 1, count: 7, language) }

    private static func symbols(kind: Int32, count: Int32, _ language: String) -> [String] {
        (0..<count).compactMap { index in
            (try? callICU("udat_getSymbols", capacity: 32) { buffer, capacity, status in
                max(0, cicu_date_symbol(language, kind, index, buffer, capacity, status))
            }).map { String(icuUnits: $0) }
        }
    }

    /// The exemplar characters of `language` as a UnicodeSet pattern, such as "[a-zåæø]" for Danish.
    public static func exemplarPattern(of language: String) -> String? {
        let pattern = try? callICU("ulocdata_getExemplarSet", capacity: 128) { buffer, capacity, status in
            cicu_exemplar_pattern(language, buffer, capacity, status)
        }
        return pattern.map { String(icuUnits: $0) }
    }
}
