import TolkText

extension Gazetteer {
    /// Adds rows of `capitalisation.tsv` (`language`, `word`, `class` = common | name | frequent).
    /// - Complexity: O(n) in the number of rows; each language code is parsed once.
    mutating func addCapitalisation(_ rows: [DataRow]) {
        var codes: [String: LanguageCode] = [:]
        // The rows of one file share their columns: each is looked up once, not per row.
        guard let columns = rows.first?.columns, let languageColumn = columns["language"],
              let wordColumn = columns["word"] else { return }
        let classColumn = columns["class"]
        for row in rows {
            guard row.fields.indices.contains(languageColumn), row.fields.indices.contains(wordColumn) else { continue }
            let tag = row.fields[languageColumn], word = row.fields[wordColumn]
            let code: LanguageCode
            if let known = codes[tag] {
                code = known
            } else if let parsed = LanguageCode(rawValue: tag) {
                codes[tag] = parsed
                code = parsed
            } else {
                continue
            }
            switch classColumn.flatMap({ row.fields.indices.contains($0) ? row.fields[$0] : nil }) {
            case "common": commonWords[code, default: []].insert(word)
            case "name": capitalisedWords[code, default: []].insert(word)
            case "frequent": frequentWords[code, default: []].insert(word)
            default: continue
            }
        }
    }

    /// Adds rows of `name-cues.tsv` (`language`, `word`, `cue`).
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` for an unknown cue (line counted with the header).
    mutating func addCues(_ rows: [DataRow], path: String) throws(DataError) {
        for (index, row) in rows.enumerated() {
            guard let code = row["language"].flatMap(LanguageCode.init(rawValue:)), let word = row["word"],
                let cue = row["cue"].flatMap(NameCue.init(rawValue:))
            else {
                throw .malformedLine(path: path, line: index + 2, reason: "unknown language or cue")
            }
            cues[code, default: [:]][word, default: []].insert(cue)
            longestCue[code] = max(longestCue[code] ?? 0, word.count)
        }
    }

    /// Adds rows of `sport-words.tsv` (`language`, `word`): lower-case words of sports reporting.
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` for an unknown language or a word that is empty
    ///   or not in lower case (line counted with the header).
    mutating func addSportWords(_ rows: [DataRow], path: String) throws(DataError) {
        for (index, row) in rows.enumerated() {
            guard row["language"].flatMap(LanguageCode.init(rawValue:)) != nil, let word = row["word"], !word.isEmpty,
                word == word.lowercased()
            else {
                throw .malformedLine(path: path, line: index + 2, reason: "unknown language, or a word not in lower case")
            }
            sportWords.insert(word)
        }
    }

    /// Adds the pair's place table (``PlaceTable``), whose `source` column is in `source` and `target` in `target`.
    ///
    /// Rows with `pos` = propn are names (category country, city, region or organisation); rows with category
    /// demonym or inhabitant are nationality adjectives and nouns, linked to a country through the optional
    /// `region` column (ISO 3166 code). A country row without one is resolved through CLDR names.
    mutating func addPlaceTable(_ table: PlaceTable, source: LanguageCode, target: LanguageCode) {
        for row in table.rows {
            let (sourceName, targetName) = (row.source, row.target)
            let region = row.region.isEmpty ? nil : "region:\(row.region.uppercased())"
            switch row.category {
            case "demonym", "inhabitant":
                guard let region else { continue }
                demonyms[source, default: [:]][sourceName.lowercased()] = region
                demonyms[target, default: [:]][targetName.lowercased()] = region
            case "country", "city", "region", "organisation":
                let kind: EntityKind = row.category == "organisation" ? .organisation : .place
                let known = region ?? place(named: sourceName, in: source)?.key
                    ?? place(named: Self.withoutArticle(targetName), in: target)?.key
                    ?? entry(NameFolding.key(sourceName), in: source)?.key
                    ?? "known:\(NameFolding.key(sourceName))"
                let entry = Entry(kind: kind, key: known)
                for (language, name) in [(source, sourceName), (target, Self.withoutArticle(targetName))] {
                    let folded = NameFolding.key(name)
                    if self.entry(folded, in: language) == nil { names[language, default: [:]][folded] = entry }
                }
            default: continue
            }
        }
    }

    /// Adds rows of `places.tsv` (`name`, `kind`) as names in every one of `languages`, keyed by their folded
    /// spelling; a name already known (a CLDR country, a lexicon place) keeps its entry.
    mutating func addPlaceNames(_ rows: [DataRow], languages: [LanguageCode]) {
        for row in rows {
            guard let name = row["name"], !name.isEmpty else { continue }
            let kind = row["kind"].flatMap(EntityKind.init(rawValue:)) ?? .place
            let folded = NameFolding.key(name)
            for language in languages where entry(folded, in: language) == nil {
                names[language, default: [:]][folded] = Entry(kind: kind, key: "known:\(folded)", isWeak: true)
            }
        }
    }

    /// Adds rows of `nordic-names.tsv` (`source`, `target`, `kind`; alternatives separated by `|`): the source
    /// names in `source`, the target names in `target` and in `source` too (Danish copy often writes an English
    /// name), all under one key: the key one of the names already has (a CLDR region, a lexicon place), else
    /// `known:` and the first source name folded. A name already known keeps its entry.
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` for an unknown kind (line counted from the header).
    mutating func addNameTable(_ rows: [DataRow], source: LanguageCode, target: LanguageCode,
                               path: String) throws(DataError) {
        for (index, row) in rows.enumerated() {
            guard let kind = row["kind"].flatMap(EntityKind.init(rawValue:)) else {
                throw .malformedLine(path: path, line: index + 2, reason: "kind must be person, organisation or place")
            }
            let sourceNames = (row["source"] ?? "").split(separator: "|").map(String.init).filter { !$0.isEmpty }
            let targetNames = (row["target"] ?? "").split(separator: "|").map { Self.withoutArticle(String($0)) }
                .filter { !$0.isEmpty }
            guard let first = sourceNames.first, !targetNames.isEmpty else {
                throw .malformedLine(path: path, line: index + 2, reason: "needs a source and a target name")
            }
            let placed = sourceNames.map { (source, $0) } + targetNames.flatMap { [(target, $0), (source, $0)] }
            var known: String?
            for (language, name) in placed where known == nil { known = place(named: name, in: language)?.key }
            let entry = Entry(kind: kind, key: known ?? "known:\(NameFolding.key(first))")
            for (language, name) in placed {
                let folded = NameFolding.key(name)
                if self.entry(folded, in: language) == nil { names[language, default: [:]][folded] = entry }
            }
        }
    }

    /// Adds rows of `geonames-cities.tsv` (`name`, `geonameid`, largest cities first) as weak place names in
    /// every one of `languages`; the variants of one city share a key (`geo:` and its id, or the key one of
    /// them already has), so that "Kopenhagen" and "Copenhagen" link. A name already known keeps its entry.
    ///
    /// The cities are one table (``cityNames``) that every one of `languages` reads after its own: a copy per
    /// language cost a hash-table insert per city and language, the largest part of loading the gazetteer.
    mutating func addCityNames(_ rows: [DataRow], languages: [LanguageCode]) {
        // The rows of one file share their columns: each is looked up once, not per row.
        guard let columns = rows.first?.columns, let nameColumn = columns["name"],
              let idColumn = columns["geonameid"] else { return }
        var seen: Set<LanguageCode> = []
        let languages = languages.filter { seen.insert($0).inserted }
        // Each language's own table is looked up directly: it does not change while the cities are added.
        let tables = languages.map { names[$0] ?? [:] }
        cityLanguages += languages.filter { !cityLanguages.contains($0) }
        cityNames.reserveCapacity(cityNames.count + rows.count)
        var keys: [String: String] = [:]
        keys.reserveCapacity(rows.count)
        for row in rows {
            guard row.fields.indices.contains(nameColumn), row.fields.indices.contains(idColumn) else { continue }
            let name = row.fields[nameColumn], id = row.fields[idColumn]
            guard !name.isEmpty else { continue }
            let folded = NameFolding.key(name)
            // The first entry the name has in the languages' order (its key names the place when the id is new),
            // and whether a language still lacks it.
            let city = cityNames[folded]
            var existing: String?
            var missing = false
            for table in tables {
                let known = table[folded] ?? city
                if known == nil { missing = true }
                if existing == nil { existing = known?.key }
            }
            let key: String
            if let known = keys[id] {
                key = known
            } else {
                key = existing ?? "geo:\(id)"
                keys[id] = key
            }
            if missing { cityNames[folded] = Entry(kind: .place, key: key, isWeak: true) }
        }
    }

    /// "the United States" -> "United States".
    static func withoutArticle(_ name: String) -> String {
        name.lowercased().hasPrefix("the ") ? String(name.dropFirst(4)) : name
    }
}

/// Inflection endings tried when a demonym is not in the table as written.
enum DemonymInflection {
    /// Endings to strip, longest first: Danish adjectives (-e, -t) and nouns (-e, -ne, -en, -s), English plurals.
    static func endings(for language: LanguageCode) -> [String] {
        switch language {
        case .danish, .norwegianBokmal, .norwegianNynorsk, .swedish:
            ["ernes", "erne", "enes", "ens", "nes", "ne", "en", "re", "es", "e", "t", "s"]
        default:
            Genitive.nameEndings
        }
    }
}
