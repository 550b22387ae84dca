import Foundation
import TolkText

/// The function words of a language (articles, pronouns, prepositions, conjunctions, auxiliaries, ...) with
/// their classes, from `lexicons/phrasing/<language>/function-words.tsv` (columns `word`, `class`).
///
/// The one reader of that list: the paraphrase keys of TolkAlign (``ContentExtractor``) leave these words out,
/// the glossary links them without listing them as terms, and the phrasing comparison classifies them. Each
/// derives its own key from ``entries`` (folded letters, a Snowball stem, lower case); the file is read once per
/// process and data folder.
///
/// ```swift
/// let list = try FunctionWordList.shipped(.danish)
/// list.entries.first  // (word: "I", wordClass: "pronoun")
/// ```
public struct FunctionWordList: Sendable {
    /// The list's rows in file order: each word as written, and its class (a word may stand in several rows).
    public let entries: [(word: String, wordClass: String)]

    /// The shipped list of `language`; empty when the language has none (every word then counts as content).
    /// - Throws: ``DataError`` when the data folder is missing, or the list is unreadable or malformed (the file
    ///   and line).
    /// - Complexity: O(n) in the size of the list the first time, O(1) after.
    public static func shipped(_ language: LanguageCode) throws(DataError) -> FunctionWordList {
        let root = try DataDirectory.locate()
        return try lists.value(for: "\(root.path)\u{0}\(language.rawValue)") { () throws(DataError) in
            guard let table = try DataTable.loadIfPresent("phrasing/\(language.rawValue)/function-words.tsv",
                                                          columns: ["word", "class"])
            else { return FunctionWordList(entries: []) }
            return FunctionWordList(entries: table.rows.map { ($0.fields[0], $0.fields[1]) })
        }
    }

    /// The lists read so far, by data folder and language.
    private static let lists = ProcessCache<FunctionWordList>()
}
