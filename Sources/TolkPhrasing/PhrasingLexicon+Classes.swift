import Foundation
import TolkEntities
import TolkLexicon
import TolkText

extension PhrasingLexicon {
    /// The classes of the function words of `language` ("article", "determiner", "auxiliary", "preposition"
    /// ...), by lower-case word, from `lexicons/phrasing/<language>/function-words.tsv`.
    /// - Throws: ``DataError`` when the data folder is missing or the list is malformed; a language without
    ///   the list gives an empty table.
    public static func functionWordClasses(language: LanguageCode) throws(DataError) -> [String: Set<String>] {
        var classes: [String: Set<String>] = [:]
        for entry in try FunctionWordList.shipped(language).entries {
            classes[entry.word.lowercased(), default: []].insert(entry.wordClass)
        }
        return classes
    }
}
