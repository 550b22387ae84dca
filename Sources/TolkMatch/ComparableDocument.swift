import TolkText

/// One document given to comparable matching: an identifier (a path or a record id), its decoded text, its
/// language, and its sentences with UTF-8 byte ranges into that text.
///
/// ```swift
/// let segmenter = try Segmenter(language: .danish)
/// let text = try TextInput.read(path: "article.da.txt").text
/// let document = ComparableDocument(id: "article.da.txt", text: text, language: .danish,
///                                   sentences: segmenter.segment(text).sentences)
/// ```
public struct ComparableDocument: Sendable {
    /// A path or a record id; what the outputs call the document.
    public let id: String
    /// The decoded (NFC) text the sentence ranges point into.
    public let text: String
    /// The document's language, when known.
    public let language: LanguageCode?
    /// The sentences, in reading order.
    public let sentences: [Sentence]
    /// The publication date as a day number (days since 1970-01-01; a month-only date counts as its 15th), when
    /// known: pairing prefers documents published close together (``MatchOptions/sameEventDays``).
    public var publicationDay: Int?

    /// A document from its parts.
    public init(id: String, text: String, language: LanguageCode?, sentences: [Sentence], publicationDay: Int? = nil) {
        self.id = id
        self.text = text
        self.language = language
        self.sentences = sentences
        self.publicationDay = publicationDay
    }

    /// The day number of a proleptic Gregorian date (days since 1970-01-01), for ``publicationDay``.
    /// - Returns: `nil` when the month or day is out of range.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int? {
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31,
                       30, 31, 30, 31]
        guard (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
        // Days from civil (H. Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
