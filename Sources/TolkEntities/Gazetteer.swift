import Foundation
import TolkText

/// Known names and name evidence for entity recognition, for a set of languages.
///
/// Built from ICU's CLDR region names (every country and territory in each language), the team-written
/// demonym/place table of the bilingual lexicon (`lexicons/<pair>/demonyms.tsv`), subdivision and time-zone city
/// names (`lexicons/entities/places.tsv`, from iso-codes and tzdata), the capitalisation statistics
/// in `lexicons/entities/capitalisation.tsv` (Europarl) and the cue words in `lexicons/entities/name-cues.tsv`.
///
/// ```swift
/// let gazetteer = try Gazetteer.shipped(languages: [.danish, .english])
/// gazetteer.place(named: "Sverige", in: .danish)?.key   // "region:SE"
/// gazetteer.demonymRegion(of: "russiske", in: .danish)  // "region:RU"
/// ```
public struct Gazetteer: Sendable {
    /// A known name: what it is and the key it links by.
    public struct Entry: Sendable, Hashable {
        public var kind: EntityKind
        public var key: String
        /// True for a name from the long place list (subdivisions, time-zone cities), which yields to
        /// evidence in the document (a county "Kerry" is a person after "John Kerry").
        public var isWeak = false
    }

    var names: [LanguageCode: [String: Entry]] = [:]
    /// The weak city names of `geonames-cities.tsv` (``addCityNames(_:languages:)``), one table for every
    /// language of ``cityLanguages``: a name a language's own table holds keeps that entry (``entry(_:in:)``).
    var cityNames: [String: Entry] = [:]
    /// The languages that read ``cityNames`` (a few: a list is searched faster than a set is hashed).
    var cityLanguages: [LanguageCode] = []
    var demonyms: [LanguageCode: [String: String]] = [:]
    var commonWords: [LanguageCode: Set<String>] = [:]
    var capitalisedWords: [LanguageCode: Set<String>] = [:]
    var frequentWords: [LanguageCode: Set<String>] = [:]
    var cues: [LanguageCode: [String: Set<NameCue>]] = [:]
    var calendarWords: [LanguageCode: Set<String>] = [:]
    /// Lower-case words of sports reporting in any language (`sport-words.tsv`).
    var sportWords: Set<String> = []
    /// The longest cue word of each language, in characters (compound heads longer than it are not looked up).
    var longestCue: [LanguageCode: Int] = [:]
    /// The trained entity taggers, by language (`lexicons/entities/tagger-<code>.bin`).
    public internal(set) var taggers: [LanguageCode: EntityTaggerModel] = [:]

    /// The languages Tolk ships a trained entity tagger for; its model file must then be present.
    public static let taggedLanguages: [LanguageCode] = [.danish, .english]

    /// A gazetteer with the CLDR region, month and weekday names of `languages` and nothing else.
    /// - Complexity: O(r) ICU look-ups, r the number of region codes (about 250) per language.
    public init(cldrNamesFor languages: [LanguageCode]) {
        for language in languages { addCLDRNames(of: language) }
    }

    /// Adds the CLDR region, month and weekday names of `language` unless they are already in.
    mutating func addCLDRNames(of language: LanguageCode) {
        guard calendarWords[language] == nil else { return }
        do {
            var table: [String: Entry] = names[language] ?? [:]
            for (code, name) in PlaceTable.countryNames(in: language) {
                table[NameFolding.key(name)] = Entry(kind: .place, key: "region:\(code)")
            }
            names[language] = table
            let calendar = LocaleNames.months(in: language.rawValue) + LocaleNames.weekdays(in: language.rawValue)
            calendarWords[language] = Set(calendar.map { $0.lowercased() })
        }
    }

    /// The shipped gazetteer for `languages`: CLDR names plus the data files found by ``DataDirectory``.
    ///
    /// With `taggers` (the default), the trained entity tagger of each of `languages` that has one
    /// (``taggedLanguages``) is loaded too; a trainer asks for the gazetteer without them.
    ///
    /// - Throws: ``DataError`` when the data folder or one of its entity tables (`entities/*.tsv`) is missing,
    ///   a data file is malformed (file and line), or a tagger model of a tagged language is missing or malformed.
    ///   A language pair's folder without `demonyms.tsv` is not an error: not every pair has one.
    /// - Complexity: O(n) in the size of the data files.
    public static func shipped(languages: [LanguageCode], taggers: Bool = true) throws(DataError) -> Gazetteer {
        var gazetteer = Gazetteer(cldrNamesFor: languages)
        let root = try dataFolder()
        let entities = root.appendingPathComponent("entities")
        if taggers {
            for language in languages where taggedLanguages.contains(language) {
                let model = entities.appendingPathComponent("tagger-\(language.rawValue).bin")
                gazetteer.taggers[language] = try EntityTaggerModel.load(model)
            }
        }
        let capitalisation = try requiredDataFile("entities/capitalisation.tsv")
        try gazetteer.addCapitalisation(DataTable.rows(of: capitalisation, required: ["language", "word", "class"]))
        let cueFile = try requiredDataFile("entities/name-cues.tsv")
        try gazetteer.addCues(DataTable.rows(of: cueFile, required: ["language", "word", "cue"]), path: cueFile.path)
        let sportFile = try requiredDataFile("entities/sport-words.tsv")
        try gazetteer.addSportWords(DataTable.rows(of: sportFile, required: ["language", "word"]), path: sportFile.path)
        for folder in try dataContents() {
            let codes = folder.split(separator: "-").compactMap { LanguageCode(rawValue: String($0)) }
            guard codes.count == 2, languages.contains(codes[0]) || languages.contains(codes[1]) else { continue }
            // A language pair's folder without a demonym table adds no names: not every pair has one.
            guard let table = try PlaceTable.shipped(folder: folder) else { continue }
            for code in codes { gazetteer.addCLDRNames(of: code) }
            gazetteer.addPlaceTable(table, source: codes[0], target: codes[1])
        }
        if languages.contains(.danish) || languages.contains(.english) {
            let nordic = try requiredDataFile("entities/nordic-names.tsv")
            gazetteer.addCLDRNames(of: .danish)
            gazetteer.addCLDRNames(of: .english)
            try gazetteer.addNameTable(
                DataTable.rows(of: nordic, required: ["source", "target", "kind"]),
                source: .danish, target: .english, path: nordic.path)
        }
        let cities = try requiredDataFile("entities/geonames-cities.tsv")
        gazetteer.addCityNames(try DataTable.rows(of: cities, required: ["name", "geonameid"]), languages: languages)
        let places = try requiredDataFile("entities/places.tsv")
        gazetteer.addPlaceNames(try DataTable.rows(of: places, required: ["name", "kind"]), languages: languages)
        return gazetteer
    }

    /// The known name `name` (any case, folded) in `language`, or `nil`.
    public func place(named name: String, in language: LanguageCode) -> Entry? {
        entry(NameFolding.key(name), in: language)
    }

    /// The entry of the folded name `folded` in `language`: the language's own, else a city's.
    func entry(_ folded: String, in language: LanguageCode) -> Entry? {
        if let own = names[language]?[folded] { return own }
        return cityLanguages.contains(language) ? cityNames[folded] : nil
    }

    /// The region key ("region:RU") a demonym such as "russiske", "russere" or "Russians" stands for, or `nil`.
    /// - Complexity: O(1): a few inflection endings are tried.
    public func demonymRegion(of word: String, in language: LanguageCode) -> String? {
        guard let table = demonyms[language] else { return nil }
        let lowered = word.lowercased()
        if let key = table[lowered] { return key }
        for ending in DemonymInflection.endings(for: language) where lowered.hasSuffix(ending) {
            if let key = table[String(lowered.dropLast(ending.count))] { return key }
        }
        return regionFromDemonymShape(word, in: language)
    }

    /// A demonym the table lacks but whose shape names a CLDR country: "Ecuadorean", "Ecuadoran" -> Ecuador.
    private func regionFromDemonymShape(_ word: String, in language: LanguageCode) -> String? {
        guard word.count >= 6, word.first?.isUppercase == true || Genitive.isInflecting(language) else {
            return nil
        }
        for ending in ["eans", "ians", "ean", "ian", "ans", "an", "iansk", "ianske", "ansk", "anske"]
        where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            guard stem.count >= 4, let entry = entry(NameFolding.key(stem), in: language),
                entry.key.hasPrefix("region:")
            else { continue }
            return entry.key
        }
        return nil
    }

    /// True when `word` is nearly always written in lower case inside sentences (so a capital is positional).
    public func isCommonWord(_ word: String, in language: LanguageCode) -> Bool {
        let lowered = word.lowercased()
        return commonWords[language]?.contains(lowered) == true || calendarWords[language]?.contains(lowered) == true
    }

    /// True when `word` is nearly always capitalised inside sentences in the reference corpus (a known name).
    public func isCapitalisedWord(_ word: String, in language: LanguageCode) -> Bool {
        capitalisedWords[language]?.contains(word.lowercased()) == true
    }

    /// True for one of the 100 most frequent words of `language` in the reference corpus (class `frequent` of
    /// `capitalisation.tsv`: articles, pronouns, auxiliaries, prepositions, and the corpus's commonest nouns
    /// such as "commission"): a capitalisation statistic the tagger was trained with, not the language's
    /// function-word list (that is `FunctionWordList` of TolkLexicon).
    public func isFrequentWord(_ word: String, in language: LanguageCode) -> Bool {
        frequentWords[language]?.contains(word.lowercased()) == true
    }

    /// True for a word of sports reporting in any language ("kampen", "scored"), given in lower case.
    public func isSportWord(_ lowerCased: String) -> Bool { sportWords.contains(lowerCased) }

    /// True for a month or weekday name of `language` ("June", "mandag").
    public func isCalendarWord(_ word: String, in language: LanguageCode) -> Bool {
        calendarWords[language]?.contains(word.lowercased()) == true
    }

    /// The cues `word` carries in `language` (exact spelling first, then lower case).
    public func cues(of word: String, in language: LanguageCode) -> Set<NameCue> {
        guard let table = cues[language] else { return [] }
        return table[word] ?? table[word.lowercased()] ?? []
    }

    /// The organisation and place cues of the head of a compound (its last part of four letters or more, when
    /// the part before it has three or more: "Folkeparti" -> "parti", "Forbundshæren" -> "hæren"), for the
    /// languages that write compounds as one word; the longest head that is a cue wins.
    /// - Complexity: O(c²) for c the length of the longest cue word: only heads up to that length are tried,
    ///   so a word of any length costs a bounded number of look-ups.
    public func headCues(of word: String, in language: LanguageCode) -> Set<NameCue> {
        guard Genitive.isInflecting(language), let table = cues[language], word.count >= 7 else {
            return []
        }
        let longest = longestCue[language] ?? 0
        let letters = Array(word.suffix(longest + 3).lowercased())
        let total = word.count
        // Only the last `longest` letters can hold a cue; the head starts at least 3 letters into the word.
        let first = max(3, total - longest) - (total - letters.count)
        guard first >= 0, first <= letters.count - 4 else { return [] }
        for start in first...(letters.count - 4) {
            let head = String(letters[start...])
            if let found = table[head] ?? table[head.prefix(1).uppercased() + head.dropFirst()] {
                let kinds = found.intersection([.organisation, .place])
                if !kinds.isEmpty { return kinds }
            }
        }
        return []
    }
}
