import Foundation

/// A Gregorian date known to the year, the month or the day: "2019", "2019-04", "2019-04-21".
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1...12, or nil for a year.
    public let month: Int?
    /// 1...31, or nil for a year or a month.
    public let day: Int?

    /// A date from its parts; nil when they are not a real date (month 13, 30 February, a day without a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= Self.daysIn(year: year, month: month) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nil for anything else.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]) else { return nil }
        self.init(year: year, month: parts.count > 1 ? Int(parts[1]) : nil, day: parts.count > 2 ? Int(parts[2]) : nil)
    }

    /// "2019", "2019-04" or "2019-04-21".
    public var iso: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    public var description: String { iso }

    /// Decodes the ISO form ("2019", "2019-04", "2019-04-21").
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not YYYY[-MM[-DD]]")
        }
        self = date
    }

    /// Encodes the ISO form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// True when the day is known.
    public var hasDay: Bool { day != nil }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// The date `days` days later (earlier when negative); the day must be known.
    public func adding(days: Int) -> CalendarDate? {
        guard let ordinal = dayNumber else { return nil }
        return Self(dayNumber: ordinal + days)
    }

    /// The month `months` months later, as a month.
    public func adding(months: Int) -> CalendarDate? {
        let index = year * 12 + (month ?? 1) - 1 + months
        return CalendarDate(year: index / 12, month: index % 12 + 1)
    }

    /// 0 = Sunday ... 6 = Saturday, for a date with a day.
    public var weekday: Int? {
        dayNumber.map { (($0 + 4) % 7 + 7) % 7 }
    }

    /// Days since 1970-01-01 (a Thursday).
    package var dayNumber: Int? {
        guard let month, let day else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private init?(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A document's publication date and where it came from.
public struct PublicationDate: Sendable, Hashable, Codable {
    /// Where a publication date was read.
    public enum Origin: String, Sendable, Codable {
        /// The input record's `date` field.
        case record
        /// A leading `date YYYY-MM[-DD]` line of the text.
        case leadingLine = "leading_line"
        /// The command line.
        case option
        /// The metadata of an HTML page (a `<meta>` tag, JSON-LD `datePublished`, a `<time>` element).
        case page
    }

    public var date: CalendarDate
    public var origin: Origin
    /// For a page's date: where the page states it ("meta article:published_time", "json-ld datePublished",
    /// "time"); nil otherwise.
    public var field: String?

    public init(date: CalendarDate, origin: Origin, field: String? = nil) {
        self.date = date
        self.origin = origin
        self.field = field
    }

    /// The day an HTML page's date value states: an ISO 8601 date or date-time ("2019-07-15",
    /// "2019-07-15T10:22:00+02:00", "2019-07-15 10:22"), read as written (the page's own calendar day); a value
    /// of only a year and month gives the month. Nil for anything else.
    public static func pageDate(_ value: String) -> CalendarDate? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let datePart = trimmed.prefix { $0 != "T" && $0 != " " && $0 != "t" }
        let rest = trimmed.dropFirst(datePart.count)
        // A date-time's time must follow a full date.
        guard rest.isEmpty || datePart.count == 10 else { return nil }
        guard let date = CalendarDate(iso: String(datePart)), date.month != nil else { return nil }
        return date
    }

    /// The date of a text that opens with `date YYYY-MM[-DD]` (spaces before it allowed), and the UTF-8 byte
    /// range of that stamp; nil when the text does not open so.
    public static func leadingStamp(of text: String) -> (date: CalendarDate, range: Range<Int>)? {
        let bytes = text.utf8.prefix(64)
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A { index = bytes.index(after: index) }
        let start = bytes.distance(from: bytes.startIndex, to: index)
        let rest = Array(bytes[index...])
        guard rest.starts(with: Array("date ".utf8)) else { return nil }
        var end = 5
        while end < rest.count, (rest[end] >= 0x30 && rest[end] <= 0x39) || rest[end] == 0x2D { end += 1 }
        guard end == rest.count || rest[end] == 0x20 || rest[end] == 0x0A || rest[end] == 0x0D || rest[end] == 0x09,
              let date = CalendarDate(iso: String(decoding: rest[5..<end], as: UTF8.self)) else { return nil }
        return (date, start..<(start + end))
    }
}
