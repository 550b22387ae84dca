import TolkText

/// Types a name run as person, organisation or place, and gives it its linking key.
///
/// In order: a gazetteer name (CLDR region, lexicon place or organisation); a cue word inside the name
/// ("Department", "News", "River") or heading a Danish compound name ("Folkeparti", "Forbundshæren"); a title before it; an acronym (organisation); a place preposition before a
/// lone name; two or more plain capitalised words (person); the kind the same name has elsewhere in the document;
/// otherwise person.
struct NameClassifier {
    let language: LanguageCode
    let gazetteer: Gazetteer
    /// Kinds decided from strong evidence for each folded name in the document (first decision wins).
    private var documentKinds: [String: EntityKind] = [:]

    init(language: LanguageCode, gazetteer: Gazetteer, runs: [NameRun]) {
        self.language = language
        self.gazetteer = gazetteer
        for run in runs {
            guard let kind = strongKind(of: run) else { continue }
            for word in [run.baseForm] + run.baseForm.split(separator: " ").map(String.init) {
                let key = NameFolding.key(word)
                if documentKinds[key] == nil { documentKinds[key] = kind }
            }
        }
    }

    /// The mention for `run`, or `nil` when it is not a name after all (only a title, say).
    func mention(for run: NameRun) -> EntityMention? {
        if let entry = gazetteer.place(named: run.baseForm, in: language) ?? gazetteer.place(named: run.text, in: language),
            !entry.isWeak || documentKinds[NameFolding.key(run.baseForm)] == nil
        {
            return EntityMention(text: run.text, range: run.range, kind: entry.kind, baseForm: run.baseForm, key: entry.key)
        }
        let kind = strongKind(of: run) ?? documentKinds[NameFolding.key(run.baseForm)]
            ?? (run.afterPlacePreposition && run.wordCount == 1 ? .place : .person)
        return EntityMention(text: run.text, range: run.range, kind: kind, baseForm: run.baseForm,
                             key: "name:\(NameFolding.key(run.baseForm))")
    }

    /// "WikiLeaks", "YouTube": a capital after lower-case letters marks a brand or organisation
    /// (not "McDonald", "MacArthur", "O'Brien").
    static func isInnerCapitalised(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 4, !word.hasPrefix("Mc"), !word.hasPrefix("Mac"), !word.contains("'") else { return false }
        return letters.indices.dropFirst(2).contains { letters[$0].isUppercase && letters[$0 - 1].isLowercase }
    }

    /// A capitalised Danish definite form of a common noun names an institution: "Kommissionen", "Rådet",
    /// "Ombudsmanden" (the indefinite "kommission", "råd" are ordinary lower-case words).
    private func isDefiniteCommonNoun(_ word: String) -> Bool {
        guard Genitive.isInflecting(language), word.count >= 5 else { return false }
        let lowered = word.lowercased()
        for ending in ["en", "et", "n", "t"] where lowered.hasSuffix(ending) {
            let stem = String(lowered.dropLast(ending.count))
            if stem.count >= 3, gazetteer.isCommonWord(stem, in: language), !gazetteer.isCalendarWord(stem, in: language) {
                return true
            }
        }
        return false
    }

    private func strongKind(of run: NameRun) -> EntityKind? {
        let words = run.baseForm.split(separator: " ").map(String.init)
        var cues: Set<NameCue> = []
        for word in words { cues.formUnion(gazetteer.cues(of: word, in: language)) }
        if let last = words.last, cues.isEmpty { cues.formUnion(gazetteer.headCues(of: last, in: language)) }
        if cues.contains(.organisation) { return .organisation }
        if cues.contains(.place) { return .place }
        if run.afterTitle { return .person }
        if words.count == 1, words[0].count >= 2, words[0].filter({ $0 != "." }).allSatisfy(\.isUppercase) {
            return .organisation
        }
        if words.count == 1, Self.isInnerCapitalised(words[0]) { return .organisation }
        if words.count == 1, isDefiniteCommonNoun(words[0]) { return .organisation }
        if run.wordCount >= 2, words.allSatisfy({ gazetteer.place(named: $0, in: language) == nil }) { return .person }
        return nil
    }
}
