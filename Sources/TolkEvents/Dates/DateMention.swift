import TolkText
/// A date expression found in a text: as written, where, and what it resolves to.
public struct DateMention: Sendable, Hashable, Codable {
    /// As written: "i april i år", "for syv år siden", "Sunday", "February 5".
    public var text: String
    /// `[start, end]` UTF-8 bytes in the document's text.
    public var range: [Int]
    /// The ISO value ("2019-04", "2012", "2016-10-02"), or nil when the expression is relative and the
    /// document has no publication date (or only its month, for a weekday).
    public var iso: String?
    /// True for a date written out in calendar terms ("5. februar", "juni 1967", "2016"); false for one read
    /// relative to the publication date ("i går", "Sunday", "last month").
    public var absolute: Bool

    public init(text: String, range: [Int], iso: String?, absolute: Bool) {
        self.text = text
        self.range = range
        self.iso = iso
        self.absolute = absolute
    }

    /// The resolved date, when there is one.
    public var date: CalendarDate? { iso.flatMap(CalendarDate.init(iso:)) }
}
