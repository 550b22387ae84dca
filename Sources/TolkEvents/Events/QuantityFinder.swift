import TolkEntities
import TolkText

/// A date or number written in a text, with a language-independent key ("year:2016", "month:4", "num:50").
struct WrittenQuantity: Sendable, Hashable {
    enum Kind: Sendable { case date, number }
    var kind: Kind
    var text: String
    var range: Range<Int>
    var key: String
}

/// Finds years, month and weekday names (CLDR, in the text's language) and numbers written in digits.
///
/// Month names get the key of their month in every language ("april" and "April" are both "month:4"), so
/// dates compare across languages; "February 5" and "5. februar" are one date.
final class QuantityFinder {
    private let scanner: WordScanner
    private var calendar: [String: String] = [:]
    /// True when the language writes month names with a capital ("May"); a lower-case "may" is then a verb.
    private var capitalisesMonths = false

    /// A finder for `language`.
    /// - Throws: ``TextError`` when ICU cannot open break iterators for `language`.
    init(language: LanguageCode) throws(TextError) {
        scanner = try WordScanner(language: language)
        let months = LocaleNames.months(in: language.rawValue)
        capitalisesMonths = months.first?.first?.isUppercase ?? false
        for (index, name) in months.enumerated() {
            calendar[name.lowercased()] = "month:\(index + 1)"
        }
        for (index, name) in LocaleNames.weekdays(in: language.rawValue).enumerated() {
            calendar[name.lowercased()] = "weekday:\(index + 1)"
        }
    }

    /// The quantities of `text`, in order; ranges are UTF-8 bytes in `text` shifted by `offset`.
    /// - Complexity: O(n) in the length of `text`.
    func quantities(in text: String, offset: Int = 0) -> [WrittenQuantity] {
        quantities(in: text, tokens: scanner.tokens(of: text), offset: offset)
    }

    /// The quantities of `text`, whose tokens are already scanned.
    func quantities(in text: String, tokens: [ScannedToken], offset: Int = 0) -> [WrittenQuantity] {
        let bytes = Array(text.utf8)
        var result: [WrittenQuantity] = []
        for (index, token) in tokens.enumerated() {
            let range = (token.range.lowerBound + offset)..<(token.range.upperBound + offset)
            if token.kind == .word, let key = calendar[token.text.lowercased()],
                !capitalisesMonths || token.isCapitalised
            {
                var quantity = WrittenQuantity(kind: .date, text: token.text, range: range, key: key)
                // "February 5": the day joins the month.
                if index + 1 < tokens.count, tokens[index + 1].kind == .number, tokens[index + 1].text.count <= 2,
                    tokens[index + 1].range.lowerBound == token.range.upperBound + 1
                {
                    let end = tokens[index + 1].range.upperBound + offset
                    quantity.text = String(decoding: bytes[token.range.lowerBound..<(end - offset)], as: UTF8.self)
                    quantity.range = range.lowerBound..<end
                }
                result.append(quantity)
            } else if token.kind == .number {
                let digits = token.text.filter(\.isNumber)
                guard !digits.isEmpty else { continue }
                if result.last.map({ $0.range.upperBound == range.upperBound }) == true { continue }
                let isYear = digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
                    && digits == token.text
                result.append(WrittenQuantity(kind: isYear ? .date : .number, text: token.text, range: range,
                                              key: isYear ? "year:\(digits)" : "num:\(digits)"))
            }
        }
        return result
    }
}
