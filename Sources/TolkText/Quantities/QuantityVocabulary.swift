/// The words that write quantities in one language, from `lexicons/quantities/words.tsv`: number words, scale
/// words, units, clock words, a.m./p.m., and the decimal mark.
struct QuantityVocabulary: Sendable {
    /// A word of the table as lower-case UTF-8 bytes, with what it means.
    struct Entry: Sendable {
        let bytes: [UInt8]
        let value: Double
        let unit: String
    }

    var numbers: [String: Double] = [:]
    /// Scale words, units and a.m./p.m., longest first (so "per cent" is tried before "%").
    var scales: [Entry] = []
    var units: [Entry] = []
    var meridiems: [Entry] = []
    var clockWords: Set<String> = []
    /// The decimal mark ("," or "."); the other mark groups thousands.
    var decimalMark = UInt8(ascii: ".")

    static let file = "quantities/words.tsv"

    /// The vocabulary of `language` (empty tables when the file has no row for it).
    /// - Throws: ``TextError`` when the file is missing, or a row's value is not a number or its role unknown
    ///   (naming the file and line).
    static func load(language: LanguageCode) throws(TextError) -> QuantityVocabulary {
        let table = try TextError.loading { () throws(DataError) in
            try DataTable.load(file, columns: ["language", "word", "role", "value", "unit"])
        }
        var vocabulary = QuantityVocabulary()
        for row in table.rows where row.fields[0] == language.rawValue {
            let word = row.fields[1].lowercased(), role = row.fields[2]
            guard let value = Double(row.fields[3]) else {
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "value '\(row.fields[3])' is not a number"))
            }
            let entry = Entry(bytes: Array(word.utf8), value: value, unit: row.fields[4])
            switch role {
            case "number": vocabulary.numbers[word] = value
            case "scale": vocabulary.scales.append(entry)
            case "unit":
                guard !entry.unit.isEmpty else {
                    throw .data(.malformedLine(path: table.path, line: row.line, reason: "a unit row needs its unit"))
                }
                vocabulary.units.append(entry)
            case "meridiem": vocabulary.meridiems.append(entry)
            case "clock": vocabulary.clockWords.insert(word)
            case "decimal":
                guard let mark = entry.bytes.first, entry.bytes.count == 1, mark == 0x2C || mark == 0x2E else {
                    throw .data(.malformedLine(path: table.path, line: row.line, reason: "the decimal mark is ',' or '.'"))
                }
                vocabulary.decimalMark = mark
            default:
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "unknown role '\(role)'"))
            }
        }
        for keyPath in [\QuantityVocabulary.scales, \.units, \.meridiems] {
            vocabulary[keyPath: keyPath].sort { $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count
                : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        }
        return vocabulary
    }
}
