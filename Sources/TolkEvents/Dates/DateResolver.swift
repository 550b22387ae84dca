import TolkEntities
import TolkText

/// Finds the date expressions of a text and resolves them against the publication date: "onsdag", "i går",
/// "i april i år", "for syv år siden", "sidste måned", "Sunday", "last month", "earlier this year",
/// "on February 5", "5. februar", "juni 1967", "2016".
///
/// The expressions are data (`lexicons/dates/expressions.tsv`, per language); at each place the longest one
/// wins. Weekdays are read as the last such day on or before publication; a day and month without a year (and
/// a month alone) take the year that puts them nearest publication, a day ahead weighing as three behind.
/// ```swift
/// let resolver = try DateResolver(language: .danish)
/// let published = CalendarDate(iso: "2019-07-12")
/// try resolver.mentions(in: "I april i år talte han.", published: published).map(\.iso)   // ["2019-04"]
/// ```
/// Safe to share between threads.
public struct DateResolver: Sendable {
    private let rules: DateRules
    /// The language of the rules (and of the word breaks of ``mentions(in:published:offset:)``).
    private let language: LanguageCode

    /// A resolver with the expressions of `language`.
    /// - Throws: ``DataError`` when the date tables are missing or malformed (naming the file and line).
    public init(language: LanguageCode) throws(DataError) {
        rules = try DateRules.load(language: language)
        self.language = language
        var byWord: [String: [Int]] = [:]
        var slotted: [Int] = []
        for (index, pattern) in rules.patterns.enumerated() {
            if case .word(let word) = pattern.elements.first {
                byWord[word, default: []].append(index)
            } else {
                slotted.append(index)
            }
        }
        patternsByFirstWord = byWord
        patternsFromSlot = slotted
        func firstBytes(_ words: some Sequence<String>) -> [Bool] {
            var table = [Bool](repeating: false, count: 256)
            for word in words { table[Int(word.utf8.first ?? 0)] = true }
            return table
        }
        weekdayOpeners = firstBytes(rules.weekdays.keys)
        monthOpeners = firstBytes(rules.months.keys)
        numberWordOpeners = firstBytes(rules.numberWords.keys)
    }

    /// Which first UTF-8 bytes a weekday, month or number word of the tables has (an empty word counts as byte 0).
    private let weekdayOpeners: [Bool]
    private let monthOpeners: [Bool]
    private let numberWordOpeners: [Bool]

    /// False when `token` surely cannot fill the slot `element` (the look-up ``match(_:tokens:at:)`` makes would
    /// fail): a slot pattern is then not tried at the token. True says only that it may.
    private func mayFill(_ element: DateRules.Element?, _ token: DateToken) -> Bool {
        let first = Int(token.lower.utf8.first ?? 0)
        switch element {
        case .weekday: return weekdayOpeners[first]
        case .month: return monthOpeners[first]
        case .day, .numericMonth, .year: return token.isNumber
        case .count: return token.isNumber || numberWordOpeners[first]
        case .word, nil: return true
        }
    }

    /// The indices of the patterns that open with a given word, ascending: only they can match at a token
    /// spelling it.
    private let patternsByFirstWord: [String: [Int]]
    /// The indices of the patterns that open with a slot (a weekday, a number ...), ascending.
    private let patternsFromSlot: [Int]

    /// The date expressions of `text`, in order, resolved against `published` (nil: only absolute ones get a
    /// value); ranges are UTF-8 bytes in `text` shifted by `offset`.
    ///
    /// The text is scanned here by a ``WordScanner`` of the resolver's language; a reader that has scanned a
    /// document already hands its tokens to ``mentions(in:of:tokens:published:)``.
    /// - Throws: ``TextError/icu(operation:status:)`` when ICU cannot open a word break iterator.
    /// - Complexity: O(n · p) for n tokens and p patterns.
    public func mentions(in text: String, published: CalendarDate?, offset: Int = 0) throws(TextError)
        -> [DateMention]
    {
        let scanned = try WordScanner(language: language, sentences: false).tokens(of: text)
        var bytes: [UInt8]?
        return mentions(tokens: DateToken.tokens(from: scanned[...], within: 0..<text.utf8.count),
                        bytes: &bytes, text: text, published: published).map { mention in
            var shifted = mention
            shifted.range = [mention.range[0] + offset, mention.range[1] + offset]
            return shifted
        }
    }

    /// The date expressions of each of `sentences` of `text`, resolved against `published`, read from `tokens`,
    /// the document's ``WordScanner`` tokens (the scan that entities, quantities and content words read);
    /// ranges are UTF-8 bytes in `text`.
    /// - Complexity: O(n · p) for n tokens and p patterns.
    package func mentions(in sentences: [Sentence], of text: String, tokens: [ScannedToken],
                          published: CalendarDate?) -> [[DateMention]] {
        var bytes: [UInt8]?
        var first = 0
        return sentences.map { sentence in
            let range = sentence.range
            while first > 0 && tokens[first - 1].range.upperBound > range.lowerBound { first -= 1 }
            while first < tokens.count && tokens[first].range.upperBound <= range.lowerBound { first += 1 }
            var end = first
            while end < tokens.count && tokens[end].range.lowerBound < range.upperBound { end += 1 }
            return mentions(tokens: DateToken.tokens(from: tokens[first..<end], within: range), bytes: &bytes,
                            text: text, published: published)
        }
    }

    /// The date expressions read from `tokens`, whose ranges are UTF-8 bytes in `text` (`bytes`: its bytes, once
    /// a mention needs them).
    private func mentions(tokens: [DateToken], bytes: inout [UInt8]?, text: String,
                          published: CalendarDate?) -> [DateMention] {
        var result: [DateMention] = []
        var index = 0
        while index < tokens.count {
            var best: (end: Int, slots: Slots, meaning: DateRules.Meaning)?
            // Only the patterns that can open here, in the table's order (the first of the longest wins): those
            // opening with this token's word and those opening with a slot, merged by index.
            let worded = patternsByFirstWord[tokens[index].lower] ?? []
            var nextWorded = 0, nextSlotted = 0
            while nextWorded < worded.count || nextSlotted < patternsFromSlot.count {
                let number: Int
                if nextSlotted >= patternsFromSlot.count
                    || (nextWorded < worded.count && worded[nextWorded] < patternsFromSlot[nextSlotted]) {
                    number = worded[nextWorded]
                    nextWorded += 1
                } else {
                    number = patternsFromSlot[nextSlotted]
                    nextSlotted += 1
                }
                let pattern = rules.patterns[number]
                guard mayFill(pattern.elements.first, tokens[index]),
                      let (end, slots) = match(pattern.elements, tokens: tokens, at: index),
                      end > best?.end ?? index else { continue }
                best = (end, slots, pattern.meaning)
            }
            guard let best else {
                index += 1
                continue
            }
            let start = tokens[index].range.lowerBound, end = tokens[best.end - 1].range.upperBound
            let value = resolve(best.meaning, slots: best.slots, published: published)
            let utf8 = bytes ?? Array(text.utf8)
            bytes = utf8
            result.append(DateMention(
                text: String(decoding: utf8[start..<end], as: UTF8.self),
                range: [start, end], iso: value?.iso, absolute: Self.isAbsolute(best.meaning, best.slots)))
            index = best.end
        }
        return result
    }

    /// What the slots of a matched pattern held.
    struct Slots {
        var weekday: Int?
        var month: Int?
        var day: Int?
        var year: Int?
        var count: Int?
    }

    private func match(_ elements: [DateRules.Element], tokens: [DateToken], at start: Int) -> (Int, Slots)? {
        var slots = Slots()
        var index = start
        for element in elements {
            guard index < tokens.count else { return nil }
            // Tokens of one pattern are adjacent or one space apart.
            if index > start, tokens[index].range.lowerBound - tokens[index - 1].range.upperBound > 1 { return nil }
            let token = tokens[index]
            switch element {
            case .word(let word):
                guard token.lower == word else { return nil }
            case .weekday:
                guard let weekday = rules.weekdays[token.lower] else { return nil }
                slots.weekday = weekday
            case .month:
                guard let month = rules.months[token.lower],
                      !rules.capitalisedMonths || token.isCapitalised else { return nil }
                slots.month = month
                if rules.abbreviations.contains(token.lower), index + 1 < tokens.count, tokens[index + 1].lower == ".",
                   tokens[index + 1].range.lowerBound == token.range.upperBound {
                    index += 1
                }
            case .day:
                guard token.isNumber, token.lower.count <= 2, let day = Int(token.lower), (1...31).contains(day) else { return nil }
                slots.day = day
                if index + 1 < tokens.count, ["st", "nd", "rd", "th"].contains(tokens[index + 1].lower),
                   tokens[index + 1].range.lowerBound == token.range.upperBound {
                    index += 1
                }
            case .numericMonth:
                guard token.isNumber, token.lower.count <= 2, let month = Int(token.lower), (1...12).contains(month) else { return nil }
                slots.month = month
            case .year:
                guard token.isNumber, token.lower.count == 4, let year = Int(token.lower), (1800...2100).contains(year) else { return nil }
                slots.year = year
            case .count:
                if token.isNumber, token.lower.count <= 3, let count = Int(token.lower) {
                    slots.count = count
                } else if let count = rules.numberWords[token.lower] {
                    slots.count = count
                } else {
                    return nil
                }
            }
            index += 1
        }
        // A pattern ending in a number does not end inside a longer number ("5. 2019" is no day).
        return (index, slots)
    }

    private static func isAbsolute(_ meaning: DateRules.Meaning, _ slots: Slots) -> Bool {
        switch meaning {
        case .date, .yearSlot: true
        case .month(let offset): offset == nil && slots.month != nil && slots.year != nil
        default: false
        }
    }

    private func resolve(_ meaning: DateRules.Meaning, slots: Slots, published: CalendarDate?) -> CalendarDate? {
        switch meaning {
        case .yearSlot:
            return slots.year.flatMap { CalendarDate(year: $0) }
        case .date:
            guard let month = slots.month, let day = slots.day else { return nil }
            if let year = slots.year { return CalendarDate(year: year, month: month, day: day) }
            guard let published else { return nil }
            return nearest(published) { CalendarDate(year: $0, month: month, day: day) }
        case .month(let offset):
            guard let published else {
                return slots.year.flatMap { year in slots.month.flatMap { CalendarDate(year: year, month: $0) } }
            }
            guard let month = slots.month else { return published.adding(months: offset ?? 0) }
            if let year = slots.year { return CalendarDate(year: year, month: month) }
            if let offset { return CalendarDate(year: published.year + offset, month: month) }
            return nearest(published) { CalendarDate(year: $0, month: month) }
        case .year(let offset):
            return published.flatMap { CalendarDate(year: $0.year + offset) }
        case .ago(let unit):
            guard let published, let count = slots.count else { return nil }
            switch unit {
            case .year: return CalendarDate(year: published.year - count)
            case .month: return published.adding(months: -count)
            case .week: return published.adding(days: -7 * count)
            case .day: return published.adding(days: -count)
            }
        case .day(let offset):
            return published?.adding(days: offset)
        case .weekday(let direction):
            guard let published, let today = published.weekday, let weekday = slots.weekday else { return nil }
            switch direction {
            case .past: return published.adding(days: -((today - weekday + 7) % 7))
            case .before: return published.adding(days: -((today - weekday + 6) % 7 + 1))
            case .next: return published.adding(days: (weekday - today + 6) % 7 + 1)
            }
        case .weekend:
            guard let published, let today = published.weekday else { return nil }
            return published.adding(days: -((today - 6 + 7) % 7))
        }
    }

    /// Of the date in the year before, of, and after `published`, the one nearest it (months by their middle;
    /// see ``distance(_:)``).
    private func nearest(_ published: CalendarDate, _ make: (Int) -> CalendarDate?) -> CalendarDate? {
        let reference = published.day.map { _ in published } ?? CalendarDate(year: published.year, month: published.month ?? 7, day: 15)
        guard let anchor = reference?.dayNumber else { return make(published.year) }
        return [published.year - 1, published.year, published.year + 1].compactMap(make).min { a, b in
            Self.distance(Self.middle(a) - anchor) < Self.distance(Self.middle(b) - anchor)
        }
    }

    /// Days from publication, a day ahead counted as three behind: news reports mostly what has happened.
    private static func distance(_ days: Int) -> Int { days > 0 ? 3 * days : -days }

    private static func middle(_ date: CalendarDate) -> Int {
        date.dayNumber ?? CalendarDate(year: date.year, month: date.month ?? 7, day: 15)?.dayNumber ?? 0
    }
}
