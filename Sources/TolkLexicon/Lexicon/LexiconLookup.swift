import TolkText

extension BilingualLexicon {
    /// Translations of `word`, best first, reaching through morphology when the form itself is unknown.
    ///
    /// Order of evidence: the form itself (ignoring case); its candidate lemmas (`russiske` -> `russisk`,
    /// `Ecuadors` -> `Ecuador`); a Danish compound translated part by part (`præsidentvalg` -> "president
    /// election"). Within one kind, entries from user files rank first, then by combined weight (agreeing
    /// origins raise it), then by file order, so results never vary between runs.
    ///
    /// - Parameters:
    ///   - word: A word or multiword expression.
    ///   - source: The language of `word`; one of ``pair``'s languages.
    ///   - target: The other language of ``pair``.
    ///   - limit: At most this many translations are returned (the best; by default all).
    /// - Returns: The translations, empty when nothing is known or the languages are not this lexicon's.
    /// - Complexity: O(r) hash lookups for r candidate lemmas, plus O(n·r) for a compound of n letters.
    public func translations(of word: String, from source: LanguageCode, to target: LanguageCode,
                             limit: Int = .max) -> [LexiconTranslation]
    {
        guard source != target, covers(source), covers(target) else { return [] }
        let key = BilingualLexicon.key(word)
        guard !key.isEmpty else { return [] }
        let forward = source == pair.source
        let exact = hits(for: key, in: source)
        let morphology = morphology(for: source)
        if hasUserEntries && !exact.contains(where: { tier(of: $0) == .user }) {
            // A user's entry for the lemma outranks shipped entries for the form itself.
            for analysis in morphology.analyses(of: key) {
                let found = hits(for: analysis.lemma, in: source)
                if found.contains(where: { tier(of: $0) == .user }) {
                    return rank(found, forward: forward, match: .lemma(analysis.lemma), query: key, limit: limit)
                }
            }
        }
        if !exact.isEmpty {
            return Self.mirroringCapital(
                rank(exact, forward: forward, match: .exact, query: key, limit: limit), query: word, lemma: key)
        }
        for analysis in morphology.analyses(of: key) {
            let found = hits(for: analysis.lemma, in: source)
            if !found.isEmpty {
                return Self.mirroringCapital(
                    rank(found, forward: forward, match: .lemma(analysis.lemma), query: key, limit: limit), query: word,
                    lemma: analysis.lemma)
            }
        }
        return Array(compoundTranslations(of: key, morphology: morphology, language: source, forward: forward)
            .prefix(limit))
    }

    /// The lemma under which `word` is in the lexicon on the `language` side: the word itself or the first
    /// known candidate lemma; `nil` when neither is known.
    public func knownLemma(of word: String, in language: LanguageCode) -> String? {
        guard covers(language) else { return nil }
        let key = BilingualLexicon.key(word)
        if isHeadword(key, in: language) { return key }
        return morphology(for: language).analyses(of: key).first { isHeadword($0.lemma, in: language) }?.lemma
    }

    private func compoundTranslations(
        of key: String, morphology: Morphology, language: LanguageCode, forward: Bool
    ) -> [LexiconTranslation] {
        // Parts must be real words: identity entries (names, category "identical") do not count (`stift|eren`).
        let isWord = { (part: String) in
            self.hasHit(for: part, in: language) { self.entries[Int($0)].category != "identical" }
        }
        guard let split = morphology.splitCompound(key, isKnown: isWord),
            let headLemma = split.lemmas.last
        else { return [] }
        let heads = rank(hits(for: headLemma, in: language), forward: forward, match: .exact, query: headLemma)
        guard !heads.isEmpty else { return [] }
        let modifiers = split.lemmas.dropLast().map { lemma in
            rank(hits(for: lemma, in: language), forward: forward, match: .exact, query: lemma).first?.text ?? lemma
        }
        let match = LexiconMatch.compound(split.parts)
        var result: [LexiconTranslation] = []
        for candidate in heads.prefix(3) {
            var translation = candidate
            translation.text = (modifiers + [candidate.text]).joined(separator: " ")
            translation.score = candidate.score * 0.5
            translation.match = match
            result.append(translation)
        }
        return result
    }

    /// How much a multiword translation of a single word counts: a word's best translation is a word when
    /// one is known ("kvarteret" -> "district" before "quarter of an hour").
    static let multiwordTranslationFactor = 0.7

    /// Groups entries by translation text (ignoring case) and orders them: user tier, combined weight (the
    /// noisy-or of the entries' weights, so agreeing origins add up), first index; the best `limit` are returned.
    private func rank(_ hits: [Int32], forward: Bool, match: LexiconMatch, query: String, limit: Int = .max)
        -> [LexiconTranslation]
    {
        // Foundation's `contains` is asked only when a space byte is there at all (no other text equals a space).
        let singleWordQuery = !(query.utf8.contains(0x20) && query.contains(" "))
        var order: [String] = []
        var groups: [String: (tier: Tier, miss: Double, first: Int32, origins: [String], best: LexiconEntry)] = [:]
        var shown: [String: String] = [:]
        for hit in hits {
            let entry = entries[Int(hit)]
            let written = forward ? entry.target : entry.source
            let text = BilingualLexicon.key(written)
            let tier = tier(of: hit)
            let weight = singleWordQuery && text.utf8.contains(0x20) && text.contains(" ")
                ? entry.weight * BilingualLexicon.multiwordTranslationFactor : entry.weight
            if var group = groups[text] {
                group.tier = max(group.tier, tier)
                group.miss *= 1 - weight
                if !group.origins.contains(entry.origin) { group.origins.append(entry.origin) }
                if entry.weight > group.best.weight { group.best = entry }
                groups[text] = group
            } else {
                order.append(text)
                groups[text] = (tier, 1 - weight, hit, [entry.origin], entry)
                shown[text] = written
            }
        }
        let ranked = order.compactMap { text in groups[text].map { (text, $0) } }.sorted { lhs, rhs in
            if lhs.1.tier != rhs.1.tier { return lhs.1.tier > rhs.1.tier }
            if lhs.1.miss != rhs.1.miss { return lhs.1.miss < rhs.1.miss }
            return lhs.1.first < rhs.1.first
        }
        let otherSide = forward ? pair.target : pair.source
        return ranked.prefix(limit).map { key, group in
            LexiconTranslation(
                text: displayForm(shown[key] ?? key, key: key, in: otherSide, forward: forward), score: 1 - group.miss, origins: group.origins, partOfSpeech: group.best.partOfSpeech,
                category: group.best.category, match: match)
        }
    }

    /// The written form to show for a translation: a lower-case form (learned entries are lower case) takes
    /// the capitals another entry writes it with (`russian` -> `Russian`).
    private func displayForm(_ written: String, key: String, in language: LanguageCode, forward: Bool) -> String {
        guard written == key else { return written }
        for hit in hits(for: key, in: language) {
            let form = forward ? entries[Int(hit)].target : entries[Int(hit)].source
            if form != key { return form }
        }
        return written
    }

    /// `translations` with a name's capital kept: when the query is capitalised and a translation is the
    /// query's own lower-case lemma or the query less a genitive ending (`Clintons` -> `clinton`), the
    /// translation is capitalised too (`Clinton`).
    static func mirroringCapital(_ translations: [LexiconTranslation], query: String, lemma: String)
        -> [LexiconTranslation]
    {
        guard let first = query.first, first.isUppercase else { return translations }
        return translations.map { translation in
            let queryKey = BilingualLexicon.key(query)
            let isOwnForm = translation.text == lemma
                || (queryKey.hasPrefix(translation.text) && queryKey.count - translation.text.count <= 2)
            guard isOwnForm, let initial = translation.text.first
            else { return translation }
            var capitalised = translation
            capitalised.text = initial.uppercased() + translation.text.dropFirst()
            return capitalised
        }
    }
}
