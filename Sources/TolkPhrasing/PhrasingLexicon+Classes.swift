import Foundation
import TolkEntities
import TolkText

extension PhrasingLexicon {
    /// The classes of the function words of `language` ("article", "determiner", "auxiliary", "preposition"
    /// ...), by lower-case word, from `lexicons/phrasing/<language>/function-words.tsv`.
    /// - Throws: ``DataError`` when the data folder is missing or the list is malformed; a language without
    ///   the list gives an empty table.
    public static func functionWordClasses(language: LanguageCode) throws(DataError) -> [String: Set<String>] {
        guard let url = try optionalDataFile("phrasing/\(language)/function-words.tsv") else { return [:] }
        var classes: [String: Set<String>] = [:]
        for row in try DataTableReader.rows(of: url, required: ["word", "class"]) {
            guard let word = row["word"], let wordClass = row["class"] else { continue }
            classes[word.lowercased(), default: []].insert(wordClass)
        }
        return classes
    }
}
