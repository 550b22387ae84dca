import TolkEntities
import TolkText

/// The words that cannot open a news lead in one language (`lexicons/events/lead-openers.tsv`): pronouns,
/// back-references and connectives ("Han ...", "Sådan indleder ...", "However, ..."). A lead introduces its
/// story, so a sentence opening with one of them continues an earlier one.
///
/// ```swift
/// let openers = try LeadOpeners.shipped(language: .english)
/// openers.opens("It came after two attacks.")          // true
/// openers.opens("Police killed a gunman on Sunday.")   // false
/// ```
struct LeadOpeners: Sendable, Equatable {
    /// Lower-case words.
    let words: Set<String>

    /// The openers of `language` (none when the file lists none for it).
    /// - Throws: ``DataError`` when the file is missing or a row is malformed.
    static func shipped(language: LanguageCode) throws(DataError) -> LeadOpeners {
        let table = try DataTable.load("events/lead-openers.tsv", columns: ["language", "word", "class"])
        var words: Set<String> = []
        for row in table.rows where row.fields[0] == language.rawValue {
            let word = row.fields[1].lowercased()
            guard !word.isEmpty, !word.contains(" ") else {
                throw .malformedLine(path: table.path, line: row.line, reason: "word must be one word")
            }
            words.insert(word)
        }
        return LeadOpeners(words: words)
    }

    /// True when the first word of `text` (a trailing comma ignored) is an opener.
    func opens<S: StringProtocol>(_ text: S) -> Bool {
        guard let first = text.split(whereSeparator: { $0.isWhitespace }).first else { return false }
        var word = first
        while let last = word.last, last == "," || last == ":" { word = word.dropLast() }
        return words.contains(word.lowercased())
    }
}
