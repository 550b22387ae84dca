/// Finds the quantities of a text and normalises them across number formats and units: digits with the
/// language's decimal and thousands marks ("1.428" in Danish, "1,428" in English), number words ("syv",
/// "seven"), scale words ("mia.", "billion"), units ("kr.", "kroner", "%", "procent", "miles"), clock times
/// ("kl. 23.18", "2:03 a.m."), scores ("31-22") and ages ("27-årige", "27-year-old").
///
/// The words come from `lexicons/quantities/words.tsv`, one row per word and language.
/// ```swift
/// let english = try QuantityNormalizer(language: .english)
/// english.quantities(in: "It cost 1.5 billion kroner.").first?.value   // 1.5e9 (unit "DKK")
/// ```
/// Safe to share between threads (it holds only its tables).
public struct QuantityNormalizer: Sendable {
    private let vocabulary: QuantityVocabulary

    /// A normaliser for `language`.
    /// - Throws: ``TextError`` when `quantities/words.tsv` is missing or malformed (naming the file and line).
    public init(language: LanguageCode) throws(TextError) {
        vocabulary = try QuantityVocabulary.load(language: language)
    }

    /// The number words of the language and their values ("syv": 7, "seven": 7).
    public var numberWords: [String: Double] { vocabulary.numbers }

    /// The quantities of `text`, in order, with UTF-8 byte ranges into `text` shifted by `offset`.
    /// - Complexity: O(n) in the length of `text` times the number of unit words tried after each number.
    public func quantities(in text: String, offset: Int = 0) -> [Quantity] {
        var scanner = QuantityScanner(bytes: Array(text.utf8), vocabulary: vocabulary)
        return scanner.scan().map { found in
            Quantity(text: String(decoding: scanner.bytes[found.range], as: UTF8.self),
                     range: (found.range.lowerBound + offset)..<(found.range.upperBound + offset),
                     value: found.value, second: found.second, unit: found.unit, kind: found.kind, step: found.step)
        }
    }
}

/// One pass over a text's bytes for ``QuantityNormalizer``.
struct QuantityScanner {
    struct Found {
        var range: Range<Int>
        var value: Double
        var second: Double?
        var unit: String
        var kind: Quantity.Kind
        var step: Double
    }

    let bytes: [UInt8]
    let vocabulary: QuantityVocabulary
    /// The text with ASCII letters in lower case (same byte offsets).
    private let lower: [UInt8]

    init(bytes: [UInt8], vocabulary: QuantityVocabulary) {
        self.bytes = bytes
        self.vocabulary = vocabulary
        lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    mutating func scan() -> [Found] {
        var result: [Found] = []
        var index = 0
        while index < bytes.count {
            let startsWord = index == 0 || !isWordByte(at: index - 1)
            if isDigit(index), startsWord, !joinsPrevious(index) {
                if let found = number(at: index) {
                    result.append(found)
                    index = found.range.upperBound
                    continue
                }
                while index < bytes.count && (isDigit(index) || isMark(index)) { index += 1 }
                continue
            }
            if startsWord, isLetter(at: index) {
                let end = wordEnd(from: index)
                let word = String(decoding: lower[index..<end], as: UTF8.self)
                if let value = vocabulary.numbers[word] {
                    result.append(withUnit(Found(range: index..<end, value: value, unit: "", kind: .count, step: 1)))
                    index = result[result.count - 1].range.upperBound
                    continue
                }
                index = end
                continue
            }
            index += 1
        }
        return result
    }

    // MARK: numbers in digits

    private func number(at start: Int) -> Found? {
        var end = start
        while end < bytes.count && (isDigit(end) || (isMark(end) && end + 1 < bytes.count && isDigit(end + 1))) {
            end += 1
        }
        let written = String(decoding: bytes[start..<end], as: UTF8.self)
        if let clock = clock(written, start: start, end: end) { return clock }
        if let score = score(start: start, end: end) { return score }
        guard let (value, step) = parse(written) else { return nil }
        var found = Found(range: start..<end, value: value, unit: "", kind: .count, step: step)
        if let currency = currencyBefore(start) {
            found.range = currency.start..<end
            found.unit = currency.unit
            found.kind = .money
        }
        found = withUnit(found)
        if found.kind == .count && found.range == start..<end && !written.contains(where: { !$0.isNumber })
            && written.count == 4 && (1800...2100).contains(value) {
            found.kind = .year
        }
        return found
    }

    /// "1.428" (Danish) or "1,428" (English) as 1428, "36,6" or "36.6" as 36.6, with the rounding step.
    private func parse(_ written: String) -> (Double, Double)? {
        let decimal = Character(Unicode.Scalar(vocabulary.decimalMark))
        let group: Character = decimal == "," ? "." : ","
        let parts = written.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2, !written.contains(":") else { return nil }
        var groups = parts[0].split(separator: group, omittingEmptySubsequences: false).map(String.init)
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) || groups[0].count > 3 {
            // Written in the other language's format ("1.5" in Danish text): the group mark is the decimal.
            guard groups.count == 2, fraction.isEmpty else { return nil }
            fraction = groups[1]
            groups = [groups[0]]
        }
        let integer = groups.joined()
        guard let value = Double(fraction.isEmpty ? integer : integer + "." + fraction) else { return nil }
        if !fraction.isEmpty { return (value, pow10(-fraction.count)) }
        let zeros = integer.count - (integer.lastIndex(where: { $0 != "0" }).map { integer.distance(from: integer.startIndex, to: $0) + 1 } ?? 0)
        return (value, zeros >= 2 && value > 0 ? pow10(zeros) : 1)
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// "23.18" after "kl."/"klokken" or as a valid time in a language whose decimal mark is a comma; "2:03"
    /// and "11" followed by a.m./p.m.
    private func clock(_ written: String, start: Int, end: Int) -> Found? {
        let separators: Set<Character> = vocabulary.decimalMark == 0x2C ? [":", "."] : [":"]
        let parts = written.split(omittingEmptySubsequences: false) { separators.contains($0) }
        let meridiem = self.meridiem(after: end)
        guard parts.count == 2 || (parts.count == 1 && meridiem != nil && written.count <= 2) else {
            // "2.03 a.m." in a language whose decimal mark is a dot
            if let meridiem, parts.count == 1, written.split(separator: ".").count == 2 {
                return clockTime(written.split(separator: ".").map(String.init), start: start, meridiem: meridiem)
            }
            return nil
        }
        if parts.count == 2, parts[1].count != 2 { return nil }
        if parts.count == 2, !written.contains(":"), meridiem == nil, !afterClockWord(start) {
            // A Danish "23.18" standing alone is a time only when it could be one.
            guard let hours = Int(parts[0]), hours < 24, parts[0].count <= 2 else { return nil }
        }
        return clockTime(parts.map(String.init), start: start, end: end, meridiem: meridiem)
    }

    private func clockTime(_ parts: [String], start: Int, end: Int? = nil, meridiem: (hours: Double, end: Int)?) -> Found? {
        guard let hours = Int(parts[0]), hours < 24, parts[0].count <= 2 else { return nil }
        let minutes = parts.count > 1 ? Int(parts[1]) : 0
        guard let minutes, minutes < 60 else { return nil }
        var value = Double(hours % (meridiem != nil ? 12 : 24) * 60 + minutes)
        if let meridiem { value += meridiem.hours * 60 }
        let last = meridiem?.end ?? end ?? start + parts.joined(separator: ".").utf8.count
        return Found(range: start..<last, value: value, unit: "clock", kind: .clock, step: 1)
    }

    /// "31-22", "3–2": two numbers of at most three digits joined by a dash, no unit after.
    private func score(start: Int, end: Int) -> Found? {
        guard end - start <= 3, (start..<end).allSatisfy(isDigit) else { return nil }
        var next = end
        if next < bytes.count && bytes[next] == 0x2D { next += 1 }
        else if next + 2 < bytes.count && bytes[next] == 0xE2 && bytes[next + 1] == 0x80 && bytes[next + 2] == 0x93 { next += 3 }
        else { return nil }
        var secondEnd = next
        while secondEnd < bytes.count && isDigit(secondEnd) { secondEnd += 1 }
        guard secondEnd > next, secondEnd - next <= 3, !(secondEnd < bytes.count && (isWordByte(at: secondEnd) || isMark(secondEnd) && secondEnd + 1 < bytes.count && isDigit(secondEnd + 1))) else { return nil }
        guard unit(after: secondEnd) == nil,
              let first = Double(String(decoding: bytes[start..<end], as: UTF8.self)),
              let second = Double(String(decoding: bytes[next..<secondEnd], as: UTF8.self)) else { return nil }
        return Found(range: start..<secondEnd, value: first, second: second, unit: "", kind: .score, step: 1)
    }

    // MARK: words after and before a number

    /// `found` extended over a scale word and a unit after it ("1,5 mia. kr.", "27-årige", "5%").
    private func withUnit(_ found: Found) -> Found {
        var result = found
        if let scale = match(vocabulary.scales, after: result.range.upperBound, attached: true) {
            result.value *= scale.entry.value
            result.step *= scale.entry.value
            result.range = result.range.lowerBound..<scale.end
        }
        if result.kind != .money, let unit = unit(after: result.range.upperBound) {
            result.value *= unit.entry.value
            result.step *= unit.entry.value
            result.unit = unit.entry.unit
            result.kind = Self.kind(of: unit.entry.unit)
            result.range = result.range.lowerBound..<unit.end
        }
        return result
    }

    private func unit(after position: Int) -> (entry: QuantityVocabulary.Entry, end: Int)? {
        match(vocabulary.units, after: position, attached: true)
    }

    private func meridiem(after position: Int) -> (hours: Double, end: Int)? {
        match(vocabulary.meridiems, after: position, attached: true).map { ($0.entry.value, $0.end) }
    }

    /// The longest entry written at `position`, after one space (or none when `attached`), ending at a word end.
    private func match(_ entries: [QuantityVocabulary.Entry], after position: Int, attached: Bool)
        -> (entry: QuantityVocabulary.Entry, end: Int)? {
        var starts: [Int] = []
        if attached { starts.append(position) }
        if position < bytes.count && bytes[position] == 0x20 { starts.append(position + 1) }
        if position + 1 < bytes.count && bytes[position] == 0xC2 && bytes[position + 1] == 0xA0 { starts.append(position + 2) }
        for start in starts {
            for entry in entries where start + entry.bytes.count <= bytes.count {
                guard lower[start..<(start + entry.bytes.count)].elementsEqual(entry.bytes) else { continue }
                let end = start + entry.bytes.count
                // A unit of letters ends at a word end; "%" or a unit ending in "." may touch the next word.
                if let last = entry.bytes.last, isWordByte(last), end < bytes.count, isWordByte(at: end) { continue }
                if start == position, let first = entry.bytes.first, isWordByte(first), first != 0x2D,
                   !(entry.bytes.count <= 3) { continue }
                return (entry, end)
            }
        }
        return nil
    }

    private func currencyBefore(_ start: Int) -> (start: Int, unit: String)? {
        for (symbol, unit) in [([UInt8(ascii: "$")], "USD"), ([0xE2, 0x82, 0xAC], "EUR"), ([0xC2, 0xA3], "GBP")] {
            let from = start - symbol.count
            if from >= 0, bytes[from..<start].elementsEqual(symbol) { return (from, unit) }
        }
        return nil
    }

    private func afterClockWord(_ start: Int) -> Bool {
        var end = start
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        var begin = end
        while begin > 0 && (isWordByte(at: begin - 1) || bytes[begin - 1] == 0x2E) { begin -= 1 }
        return vocabulary.clockWords.contains(String(decoding: lower[begin..<end], as: UTF8.self))
    }

    static func kind(of unit: String) -> Quantity.Kind {
        switch unit {
        case "DKK", "USD", "EUR", "GBP": .money
        case "percent", "point": .percent
        case "year", "month", "week", "day", "hour", "minute", "second": .duration
        case "age": .age
        case "clock": .clock
        default: .measure
        }
    }

    // MARK: bytes

    private func isDigit(_ index: Int) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 }
    private func isMark(_ index: Int) -> Bool { bytes[index] == 0x2E || bytes[index] == 0x2C || bytes[index] == 0x3A }

    /// A digit glued to a word or to a dash after a word or digit ("COVID-19", "M3", "2011-13").
    private func joinsPrevious(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        if bytes[index - 1] == 0x2D || bytes[index - 1] == 0x2F { return index > 1 && isWordByte(at: index - 2) }
        return isMark(index - 1) && index > 1 && isDigit(index - 2)
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// True for an ASCII letter or digit, or a byte of a non-ASCII letter.
    private func isWordByte(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isWordByte(byte) }
        return isLetter(at: index)
    }

    /// True when the character at (or containing) `index` is a letter.
    private func isLetter(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        var start = index
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = start + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic
    }

    private func wordEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count && isWordByte(at: end) { end += 1 }
        return max(end, start + 1)
    }
}
