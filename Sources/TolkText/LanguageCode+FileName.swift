extension LanguageCode {
    /// Three-letter codes (ISO 639-2/3, as NTREX names its files) of the languages Tolk has rules for, with the
    /// two-letter codes Tolk names them by; and `no` (Norwegian, the macrolanguage), read as Bokmål, the written
    /// standard most Norwegian text is in.
    static let threeLetterForms: [String: LanguageCode] = [
        "dan": .danish, "eng": .english, "nob": .norwegianBokmal, "nno": .norwegianNynorsk, "swe": .swedish,
        "deu": .german, "nld": .dutch, "no": .norwegianBokmal, "nor": .norwegianBokmal,
    ]

    /// The two-letter code of a language Tolk has rules for given in three letters (`dan` -> `da`), `no` as `nb`;
    /// any other code as it is.
    public var twoLetterForm: LanguageCode { Self.threeLetterForms[rawValue] ?? self }

    /// The language tag of a file name, the one rule every command uses when nothing else tells an input's
    /// language.
    ///
    /// The tag is the part before the extension (`article.da.txt`, `newstest2019-ref.dan.txt`,
    /// `speech.eng-GB.txt`) or, in a name of two parts, the extension itself (`doc.en`). A region after `-` or
    /// `_` is cut, a three-letter code of a language Tolk has rules for becomes its two-letter code, and only a
    /// real ISO 639 code counts (``isKnown``), so `report.final.txt`, `notes.v2.txt` and `x.zz.txt` have none.
    ///
    /// ```swift
    /// LanguageCode.tag(inFileName: "samples/2019-07-assange-embassy-russians.da.txt")  // "da"
    /// LanguageCode.tag(inFileName: "notes.txt")                                         // nil
    /// ```
    /// - Parameter path: a file path; only its last component is read.
    /// - Returns: the tagged language, or `nil` when the name carries no tag.
    /// - Complexity: O(n) in the path's length (the first call reads ICU's list of codes).
    public static func tag(inFileName path: String) -> LanguageCode? {
        guard let name = path.split(separator: "/").last else { return nil }
        let parts = name.split(separator: ".")
        let tag: Substring
        switch parts.count {
        case 0, 1: return nil
        case 2: tag = parts[1]
        default: tag = parts[parts.count - 2]
        }
        let language = tag.prefix { $0 != "-" && $0 != "_" }
        guard let code = LanguageCode(rawValue: String(language))?.twoLetterForm, code.isKnown else { return nil }
        return code
    }
}
