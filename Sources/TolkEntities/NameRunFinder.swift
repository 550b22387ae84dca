import TolkText

/// Finds the capitalised runs of a document that may be names, and its demonym mentions.
struct NameRunFinder {
    let tokens: [ScannedToken]
    let bytes: [UInt8]
    let language: LanguageCode
    let gazetteer: Gazetteer

    /// Nationality adjectives and inhabitant nouns ("russiske", "russere", "Russian", "Americans").
    /// - Complexity: O(n) in the number of tokens.
    func demonymMentions() -> [EntityMention] {
        // A document repeats its words: each spelling is looked up once.
        var regions: [String: String?] = [:]
        return tokens.indices.compactMap { index in
            let token = tokens[index]
            guard token.kind == .word else { return nil }
            let known: String?
            if let cached = regions[token.text] {
                known = cached
            } else {
                known = demonymRegion(token)
                regions[token.text] = .some(known)
            }
            guard known != nil, let region = standaloneDemonymRegion(index) else { return nil }
            let range = possessiveTrimmed(token)
            let text = String(decoding: bytes[range], as: UTF8.self)
            return EntityMention(text: text, range: range, kind: .place, form: .demonym, baseForm: text, key: region)
        }
    }

    /// The candidate name runs, in document order; `evidence` is what the document says of its capitals (demonyms
    /// need none, so a recognizer with a tagger never gathers it from the scanned tokens).
    /// - Complexity: O(n) in the number of tokens.
    func runs(evidence: DocumentEvidence) -> [NameRun] {
        var result: [NameRun] = []
        var index = 0
        while index < tokens.count {
            guard isNameToken(index, evidence: evidence) else { index += 1; continue }
            var last = index
            var words = 1
            while !hasPossessive(tokens[last]), let next = continuation(after: last, evidence: evidence) {
                last = next
                words += 1
            }
            if var run = makeRun(index...last, words: words) {
                if let tail = compoundTail(after: last) {
                    // Danish writes a name and a common noun as one hyphenated word: "Wikileaks-stifteren",
                    // "FN-operationen". The mention is the whole word; its base form is the name.
                    run.range = run.range.lowerBound..<tokens[tail].range.upperBound
                    run.text = String(decoding: bytes[run.range], as: UTF8.self)
                    last = tail
                }
                result.append(run)
            }
            index = last + 1
        }
        return GenitiveForms.resolve(result, language: language, gazetteer: gazetteer)
    }

    private func makeRun(_ span: ClosedRange<Int>, words: Int) -> NameRun? {
        let first = tokens[span.lowerBound]
        let lastToken = tokens[span.upperBound]
        let end = possessiveTrimmed(lastToken).upperBound
        let range = first.range.lowerBound..<end
        let text = String(decoding: bytes[range], as: UTF8.self)
        let lowered = text.lowercased()
        // A lone capitalised common or frequent word ("Embassy", "Internet", the polite Danish "De") is not a name.
        if words == 1, !first.isAcronym, gazetteer.place(named: text, in: language) == nil,
            gazetteer.isFrequentWord(lowered, in: language)
                || (gazetteer.isCommonWord(lowered, in: language) && !gazetteer.isCapitalisedWord(lowered, in: language))
        {
            return nil
        }
        return NameRun(tokens: span.lowerBound..<(span.upperBound + 1), range: range, text: text, baseForm: text,
                       afterTitle: follows(span.lowerBound, cue: .title),
                       afterPlacePreposition: follows(span.lowerBound, cue: .placePreposition), wordCount: words)
    }

    /// The index of the lower-case word joined by a hyphen to a run ending at `last`, in languages that write
    /// such compounds as one word.
    private func compoundTail(after last: Int) -> Int? {
        guard Genitive.isInflecting(language), last + 2 < tokens.count else { return nil }
        let hyphen = tokens[last + 1], word = tokens[last + 2]
        guard hyphen.text == "-", word.kind == .word, !word.isCapitalised,
            tokens[last].range.upperBound == hyphen.range.lowerBound, hyphen.range.upperBound == word.range.lowerBound
        else { return nil }
        return last + 2
    }

    /// The index of the token that extends a run ending at `last`, if any (directly, over a hyphen or a connector).
    private func continuation(after last: Int, evidence: DocumentEvidence) -> Int? {
        let next = last + 1
        guard next < tokens.count else { return nil }
        if isSpace(between: last, and: next), isNameToken(next, insideRun: true, evidence: evidence) { return next }
        guard next + 1 < tokens.count, isNameToken(next + 1, insideRun: true, evidence: evidence) else { return nil }
        let joiner = tokens[next]
        if joiner.text == "-", tokens[last].range.upperBound == joiner.range.lowerBound,
            joiner.range.upperBound == tokens[next + 1].range.lowerBound
        {
            return next + 1
        }
        if joiner.kind == .word, !joiner.isCapitalised, gazetteer.cues(of: joiner.text, in: language).contains(.connector),
            isSpace(between: last, and: next), isSpace(between: next, and: next + 1)
        {
            return next + 1
        }
        return nil
    }

    /// True when token `index` can be part of a name; positional capitals need evidence.
    func isNameToken(_ index: Int, insideRun: Bool = false, evidence: DocumentEvidence) -> Bool {
        let token = tokens[index]
        guard token.isCapitalised, token.text.count >= 2 || token.text.hasSuffix(".") else { return false }
        let word = Genitive.withoutNamePossessive(token.text)
        let lowered = word.lowercased()
        if gazetteer.cues(of: word, in: language).contains(.title) { return false }
        if gazetteer.isCalendarWord(lowered, in: language) { return false }
        if standaloneDemonymRegion(index) != nil { return false }
        if token.isAcronym { return true }
        let positional = (token.startsSentence && !insideRun) || evidence.headlines.contains(token.sentence)
        guard positional else { return true }
        if gazetteer.place(named: word, in: language) != nil || evidence.capitalisedInside.contains(lowered)
            || gazetteer.isCapitalisedWord(lowered, in: language)
        {
            return true
        }
        if gazetteer.isCommonWord(lowered, in: language) || evidence.writtenLowerCase.contains(lowered) { return false }
        // An unknown word opening a sentence counts when a capitalised word follows it ("Andronik Mirganjan").
        return !evidence.headlines.contains(token.sentence) && index + 1 < tokens.count
            && isSpace(between: index, and: index + 1) && tokens[index + 1].isCapitalised
    }

    /// The region of a nationality word at `index`, unless it is part of a longer name ("South American").
    private func standaloneDemonymRegion(_ index: Int) -> String? {
        guard let region = demonymRegion(tokens[index]) else { return nil }
        if index > 0, tokens[index].isCapitalised, tokens[index - 1].isCapitalised, !tokens[index - 1].isAcronym,
            isSpace(between: index - 1, and: index), demonymRegion(tokens[index - 1]) == nil,
            gazetteer.place(named: tokens[index - 1].text, in: language) == nil,
            !gazetteer.cues(of: tokens[index - 1].text, in: language).contains(.title)
        {
            return nil
        }
        return region
    }

    private func demonymRegion(_ token: ScannedToken) -> String? {
        gazetteer.demonymRegion(of: Genitive.withoutNamePossessive(token.text), in: language)
    }

    private func follows(_ index: Int, cue: NameCue) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .word && gazetteer.cues(of: previous.text, in: language).contains(cue)
    }

    private func isSpace(between left: Int, and right: Int) -> Bool {
        let gap = bytes[tokens[left].range.upperBound..<tokens[right].range.lowerBound]
        return gap.elementsEqual([0x20]) || gap.elementsEqual([0xC2, 0xA0])
    }

    private func hasPossessive(_ token: ScannedToken) -> Bool { possessiveTrimmed(token) != token.range }

    /// The token's range without an English possessive ending ("Assange's" -> "Assange"). Danish keeps the
    /// genitive inside the mention ("Ecuadors", "USA's"), as Danish annotation does.
    func possessiveTrimmed(_ token: ScannedToken) -> Range<Int> {
        guard !Genitive.isInflecting(language) else { return token.range }
        if let ending = Genitive.possessiveEnding(of: token.text), token.text.count > 3 {
            return token.range.lowerBound..<(token.range.upperBound - ending.utf8.count)
        }
        return token.range
    }
}
