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
    /// - Returns: The translations, empty when nothing is known or the languages are not this lexicon's.
    /// - Complexity: O(r) hash lookups for r candidate lemmas, plus O(n·r) for a compound of n letters.
    public func translations(of word: String, from source: LanguageCode, to target: LanguageCode)
        -> [LexiconTranslation]
    {
        guard source != target, let index = index(for: source), self.index(for: target) != nil else { return [] }
        let key = BilingualLexicon.key(word)
        guard !key.isEmpty else { return [] }
        if let hits = index[key] { return rank(hits, forward: source == pair.source, match: .exact) }
        let morphology = morphology(for: source)
        for analysis in morphology.analyses(of: key) {
            if let hits = index[analysis.lemma] {
                return rank(hits, forward: source == pair.source, match: .lemma(analysis.lemma))
            }
        }
        return compoundTranslations(of: key, morphology: morphology, index: index, forward: source == pair.source)
    }

    /// The lemma under which `word` is in the lexicon on the `language` side: the word itself or the first
    /// known candidate lemma; `nil` when neither is known.
    public func knownLemma(of word: String, in language: LanguageCode) -> String? {
        guard let index = index(for: language) else { return nil }
        let key = BilingualLexicon.key(word)
        if index[key] != nil { return key }
        return morphology(for: language).analyses(of: key).first { index[$0.lemma] != nil }?.lemma
    }

    private func compoundTranslations(
        of key: String, morphology: Morphology, index: [String: [Int32]], forward: Bool
    ) -> [LexiconTranslation] {
        guard let split = morphology.splitCompound(key, isKnown: { index[$0] != nil }),
            let headLemma = split.lemmas.last
        else { return [] }
        let heads = index[headLemma].map { rank($0, forward: forward, match: .exact) } ?? []
        guard !heads.isEmpty else { return [] }
        let modifiers = split.lemmas.dropLast().map { lemma in
            index[lemma].flatMap { rank($0, forward: forward, match: .exact).first?.text } ?? lemma
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

    /// Groups entries by translation text and orders them: user tier, combined weight, first index.
    private func rank(_ hits: [Int32], forward: Bool, match: LexiconMatch) -> [LexiconTranslation] {
        var order: [String] = []
        var groups: [String: (tier: Tier, miss: Double, first: Int32, origins: [String], best: LexiconEntry)] = [:]
        var shown: [String: String] = [:]
        for hit in hits {
            let entry = entries[Int(hit)]
            let written = forward ? entry.target : entry.source
            let text = BilingualLexicon.key(written)
            let tier = tier(of: hit)
            if var group = groups[text] {
                group.tier = max(group.tier, tier)
                group.miss *= 1 - entry.weight * 0.5
                if !group.origins.contains(entry.origin) { group.origins.append(entry.origin) }
                if entry.weight > group.best.weight { group.best = entry }
                groups[text] = group
            } else {
                order.append(text)
                groups[text] = (tier, 1 - entry.weight, hit, [entry.origin], entry)
                shown[text] = written
            }
        }
        let ranked = order.compactMap { text in groups[text].map { (text, $0) } }.sorted { lhs, rhs in
            if lhs.1.tier != rhs.1.tier { return lhs.1.tier > rhs.1.tier }
            if lhs.1.miss != rhs.1.miss { return lhs.1.miss < rhs.1.miss }
            return lhs.1.first < rhs.1.first
        }
        return ranked.map { key, group in
            LexiconTranslation(
                text: shown[key] ?? key, score: 1 - group.miss, origins: group.origins, partOfSpeech: group.best.partOfSpeech,
                category: group.best.category, match: match)
        }
    }
}
