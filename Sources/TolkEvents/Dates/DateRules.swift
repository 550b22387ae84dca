import Foundation
import TolkEntities
import TolkText

/// The date expressions and words of one language (`lexicons/dates/`), compiled for ``DateResolver``.
struct DateRules: Sendable {
    /// One element of a pattern.
    enum Element: Sendable, Equatable {
        case word(String)
        case weekday, month, day, numericMonth, year, count
    }

    /// What a matched pattern means.
    enum Meaning: Sendable, Equatable {
        case day(Int)
        case weekday(WeekdayDirection)
        case weekend
        case date
        /// A month: from the slots (nil offset: the slot's year, else the year nearest publication), or
        /// relative to the publication month (no month slot).
        case month(yearOffset: Int?)
        case year(Int)
        case yearSlot
        case ago(Unit)
    }

    enum WeekdayDirection: String, Sendable { case past, next, before }
    enum Unit: String, Sendable { case year, month, week, day }

    struct Pattern: Sendable {
        let elements: [Element]
        let meaning: Meaning
    }

    var patterns: [Pattern] = []
    /// Lower-case month names and abbreviations, 1...12.
    var months: [String: Int] = [:]
    /// Abbreviations, after which a "." belongs to the month.
    var abbreviations: Set<String> = []
    /// Lower-case weekday names and inflected forms, 0 = Sunday.
    var weekdays: [String: Int] = [:]
    var numberWords: [String: Int] = [:]
    /// True when the language writes month names with a capital ("May"): a lower-case "may" is then no month.
    var capitalisedMonths = false

    /// The rules of `language`.
    /// - Throws: ``DataError`` naming the file and line of a malformed row.
    static func load(language: LanguageCode) throws(DataError) -> DateRules {
        var rules = DateRules()
        let months = LocaleNames.months(in: language.rawValue)
        rules.capitalisedMonths = months.first?.first?.isUppercase ?? false
        for (index, name) in months.enumerated() { rules.months[name.lowercased()] = index + 1 }
        for (index, name) in LocaleNames.weekdays(in: language.rawValue).enumerated() {
            rules.weekdays[name.lowercased()] = index
        }
        let words = try DataTable.load("dates/words.tsv", columns: ["language", "word", "class", "value"])
        let expressions = try DataTable.load("dates/expressions.tsv", columns: ["language", "pattern", "meaning"])
        let quantities: QuantityNormalizer
        do {
            quantities = try QuantityNormalizer(language: language)
        } catch {
            // Its number words are data; anything else is ICU failing to open the normalizer.
            if case let .data(failure) = error { throw failure }
            throw .unreadable(path: "lexicons/dates/", reason: error.errorDescription)
        }
        rules.numberWords = quantities.numberWords.filter { $0.value == $0.value.rounded() && $0.value < 1000 }
            .mapValues { Int($0) }
        for row in words.rows where row.fields[0] == language.rawValue {
            let word = row.fields[1].lowercased(), kind = row.fields[2]
            guard let value = Int(row.fields[3]) else {
                throw .malformedLine(path: words.path, line: row.line, reason: "value '\(row.fields[3])' is not a whole number")
            }
            switch kind {
            case "month":
                let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
                rules.months[bare] = value
                rules.abbreviations.insert(bare)
            case "weekday": rules.weekdays[word] = value
            case "number": rules.numberWords[word] = value
            default:
                throw .malformedLine(path: words.path, line: row.line, reason: "unknown class '\(kind)'")
            }
        }
        for row in expressions.rows where row.fields[0] == language.rawValue {
            guard let meaning = Self.meaning(row.fields[2]) else {
                throw .malformedLine(path: expressions.path, line: row.line, reason: "unknown meaning '\(row.fields[2])'")
            }
            let elements = row.fields[1].split(separator: " ").map { token -> Element in
                switch token {
                case "{weekday}": .weekday
                case "{month}": .month
                case "{day}": .day
                case "{m}": .numericMonth
                case "{year}": .year
                case "{n}": .count
                default: .word(token.lowercased())
                }
            }
            guard !elements.isEmpty else {
                throw .malformedLine(path: expressions.path, line: row.line, reason: "empty pattern")
            }
            rules.patterns.append(Pattern(elements: elements, meaning: meaning))
        }
        return rules
    }

    private static func meaning(_ text: String) -> Meaning? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1] : nil
        switch (parts[0], argument) {
        case ("day", let k?): return Int(k).map(Meaning.day)
        case ("weekday", let k?): return WeekdayDirection(rawValue: k).map(Meaning.weekday)
        case ("weekend", "past"): return .weekend
        case ("date", nil): return .date
        case ("month", nil): return .month(yearOffset: nil)
        case ("month", let k?): return Int(k).map { .month(yearOffset: $0) }
        case ("year", nil): return .yearSlot
        case ("year", let k?): return Int(k).map(Meaning.year)
        case ("ago", let k?): return Unit(rawValue: k).map(Meaning.ago)
        default: return nil
        }
    }
}
