import Foundation
import TolkEntities
import TolkLexicon
import TolkText

/// The kinds of phrasing marker `tolk compare` reports.
public enum PhrasingCategory: String, Sendable, Codable, CaseIterable {
    /// A verb of saying: "skriver", "told", "konkluderer".
    case reportingVerb = "reporting-verb"
    /// A phrase that introduces a source: "ifølge", "according to", "over for".
    case attributionMarker = "attribution-marker"
    /// A noun naming a kind of source: "kilde", "official", "rapport".
    case sourceNoun = "source-noun"
    /// A marker of doubt: "muligvis", "tilsyneladende", "alleged".
    case hedge
    /// A marker of certainty: "der er ingen tvivl om", "undoubtedly".
    case certainty
    /// A word that judges: "belastende", "willing", "false".
    case evaluative
}

/// The phrasing word lists of one language: `lexicons/phrasing/<language>/phrasing.tsv` and that language's
/// side of `lexicons/<pair>/reporting.tsv`, matched through the Snowball stemmer and the morphology, so that
/// a list holds lemmas and irregular forms only.
///
/// ```swift
/// let lexicon = try PhrasingLexicon.shipped(.danish)
/// lexicon.category(of: "bekræfter")   // [.reportingVerb]
/// ```
public struct PhrasingLexicon: Sendable {
    /// The language of the lists.
    public let language: LanguageCode
    /// One listed term: its lower-case words and categories.
    struct Term: Sendable {
        var words: [String]
        var category: PhrasingCategory
    }
    private var byForm: [String: [PhrasingCategory]] = [:]
    private var byStem: [String: [(category: PhrasingCategory, length: Int)]] = [:]
    private(set) var phrases: [String: [Term]] = [:]
    /// Characters in the longest stem of a listed source noun: no longer suffix can be one.
    private var longestSourceNounStem = 0
    private let stemmer: Stemmer
    private let morphology: TolkLexicon.Morphology

    /// An empty lexicon for `language`, whose words are analysed by `morphology` (default: rules only, no
    /// irregular-form table).
    public init(language: LanguageCode, morphology: TolkLexicon.Morphology? = nil) {
        self.language = language
        stemmer = Stemmer(language: language)
        self.morphology = morphology ?? TolkLexicon.Morphology(language: language)
    }

    /// Adds a term (one word or several) of `category`.
    public mutating func add(_ term: String, category: PhrasingCategory) {
        let words = term.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        if words.count == 1 {
            if !(byForm[first] ?? []).contains(category) { byForm[first, default: []].append(category) }
            let stem = stemmer.stem(first)
            if !(byStem[stem] ?? []).contains(where: { $0.category == category && $0.length == first.count }) {
                byStem[stem, default: []].append((category, first.count))
            }
            if category == .sourceNoun { longestSourceNounStem = max(longestSourceNounStem, stem.count) }
        } else {
            phrases[first, default: []].append(Term(words: words, category: category))
        }
    }

    /// The categories of one word, through its form, a candidate lemma, or its stem (when the listed word
    /// is within three letters of it in length, so that "information" does not reach "inform"); empty when
    /// unlisted. Reached through a lemma or stem, the categories come in ``PhrasingCategory`` order.
    /// - Complexity: O(r) look-ups for r candidate lemmas.
    public func category(of word: String) -> [PhrasingCategory] {
        let lowered = word.lowercased()
        if let found = byForm[lowered] { return found }
        var found: Set<PhrasingCategory> = []
        for analysis in morphology.analyses(of: lowered) {
            if let listed = byForm[analysis.lemma] { found.formUnion(listed) }
        }
        for listed in byStem[stemmer.stem(lowered)] ?? [] where abs(listed.length - lowered.count) <= 3 {
            found.insert(listed.category)
        }
        return PhrasingCategory.allCases.filter(found.contains)
    }

    /// The categories of `word` as listed (no stem or lemma matching), for function words.
    func exactCategory(of word: String) -> [PhrasingCategory] { byForm[word.lowercased()] ?? [] }

    /// Whether `word` is a listed source noun, or ends in one (a compound).
    func isSourceNoun(_ word: String) -> Bool {
        category(of: word).contains(.sourceNoun) || endsInSourceNoun(word)
    }

    /// Whether `word` ends in a listed source noun of five letters or more ("overvågningsrapporter" ends in
    /// "rapport"), for compounds.
    /// - Complexity: O(n + k²) for a word of n characters and a longest source-noun stem of k characters.
    func endsInSourceNoun(_ word: String) -> Bool {
        let stem = stemmer.stem(word.lowercased())
        let longest = min(stem.count - 3, longestSourceNounStem)
        for length in stride(from: longest, through: 4, by: -1) where length < stem.count {
            let suffix = String(stem.suffix(length))
            if byStem[suffix]?.contains(where: { $0.category == .sourceNoun }) == true { return true }
        }
        return false
    }

    /// Multiword terms starting with the lower-case word `first`, longest first.
    func phrases(startingWith first: String) -> [Term] {
        (phrases[first] ?? []).sorted { $0.words.count > $1.words.count }
    }

    /// Whether two lower-case words are the same word for phrase matching (same form or same stem).
    func sameWord(_ lhs: String, _ rhs: String) -> Bool {
        lhs == rhs || stemmer.stem(lhs) == stemmer.stem(rhs)
    }

    /// The shipped lists of `language`.
    /// - Throws: ``DataError`` when the data folder is missing or a list is malformed (file and line); a
    ///   language without lists gives an empty lexicon.
    /// - Complexity: O(n) in the size of the files.
    public static func shipped(_ language: LanguageCode) throws(DataError) -> PhrasingLexicon {
        var lexicon = PhrasingLexicon(language: language, morphology: try TolkLexicon.Morphology.shipped(language))
        let root = try dataFolder()
        let own = root.appendingPathComponent("phrasing/\(language)/phrasing.tsv")
        if FileManager.default.fileExists(atPath: own.path) {
            for row in try DataTable.rows(of: own, required: ["term", "category"]) {
                guard let term = row["term"], let name = row["category"],
                      let category = PhrasingCategory(rawValue: name) else { continue }
                lexicon.add(term, category: category)
            }
        }
        for folder in try dataContents() {
            let codes = folder.split(separator: "-").map(String.init)
            guard codes.count == 2, codes.contains(language.rawValue) else { continue }
            let table = root.appendingPathComponent("\(folder)/reporting.tsv")
            guard FileManager.default.fileExists(atPath: table.path) else { continue }
            let column = codes[0] == language.rawValue ? "source" : "target"
            let functionWords = try functionWordClasses(language: language)
            for row in try DataTable.rows(of: table, required: ["source", "target", "pos", "category"]) {
                guard let term = row[column], let category = reportingCategory(row["category"], pos: row["pos"])
                else { continue }
                // A one-word translation that is a function word ("over for" / "to") is no marker of its own.
                if !term.contains(" ") && functionWords[term.lowercased()] != nil { continue }
                lexicon.add(term, category: category)
            }
        }
        return lexicon
    }

    /// The phrasing category of a reporting.tsv row.
    static func reportingCategory(_ name: String?, pos: String?) -> PhrasingCategory? {
        switch name {
        case "reporting-verb": return .reportingVerb
        case "hedge": return .hedge
        case "certainty": return .certainty
        case "sourcing":
            switch pos {
            case "noun": return .sourceNoun
            case "verb": return .reportingVerb
            default: return .attributionMarker
            }
        default: return nil
        }
    }

    /// The fixed phrases of `language` (`lexicons/phrasing/<language>/fixed-phrases.tsv`), each as its lower-case
    /// words: phrases that work as one word ("i stedet", "at least").
    /// - Throws: ``DataError`` when the data folder is missing or the list is malformed; a language without
    ///   the list gives no phrases.
    /// - Complexity: O(n) in the list's size.
    public static func fixedPhrases(language: LanguageCode) throws(DataError) -> [[String]] {
        guard let url = try optionalDataFile("phrasing/\(language)/fixed-phrases.tsv") else { return [] }
        return try DataTable.rows(of: url, required: ["phrase"]).compactMap { row in
            let words = (row["phrase"] ?? "").lowercased().split(separator: " ").map(String.init)
            return words.count >= 2 ? words : nil
        }
    }

    /// The stems of the function words of `language` (`lexicons/phrasing/<language>/function-words.tsv`).
    /// - Throws: ``DataError`` when the data folder is missing or the list is malformed; a language without
    ///   the list gives an empty set.
    public static func functionWords(language: LanguageCode) throws(DataError) -> Set<String> {
        let stemmer = Stemmer(language: language)
        return Set(try FunctionWordList.shipped(language).entries.map { stemmer.stem($0.word.lowercased()) })
    }
}
