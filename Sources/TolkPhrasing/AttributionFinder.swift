import TolkText

/// Finds the sources a reporting verb or attribution marker cites, among the tokens of one sentence.
///
/// A source is a name (capitalised words: "CNN", "NBC News", "U.S. officials") or a noun phrase headed by a
/// source noun ("a senior intelligence official", "Det private sikkerhedsfirma", "En efterretningskilde i
/// Ecuador"). For a reporting verb, the subject before it (auxiliaries and adverbs in between are skipped:
/// "NBC News has learned", "Assange har altid nægtet") and the phrase after it are tried; the phrase after
/// counts when no subject was found (inversion: "said a senior intelligence official", "Det skriver CNN") or
/// when it is a name that ends the clause (a recipient: "told NBC News."). An attribution marker ("ifølge",
/// "according to", "over for") cites the phrase after it.
struct AttributionFinder {
    let tokens: [Token]
    let lexicon: PhrasingLexicon
    let classes: [String: Set<String>]
    static let maximumLength = 7

    /// Token ranges of the sources cited by the cue at `cue`.
    func sources(cue: Range<Int>, category: PhrasingCategory) -> [Range<Int>] {
        let after = forwardPhrase(from: cue.upperBound)
        guard category == .reportingVerb else { return after.map { [$0] } ?? [] }
        let before = backwardPhrase(before: cue.lowerBound)
        var result: [Range<Int>] = []
        if let before { result.append(before) }
        if let after, before == nil || (isNameOnly(after) && endsClause(after)) { result.append(after) }
        return result
    }

    private func word(_ index: Int) -> String? {
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return nil }
        return tokens[index].text
    }

    private func has(_ word: String, _ wordClass: String) -> Bool {
        classes[word.lowercased()]?.contains(wordClass) == true
    }

    private func isFunctionWord(_ word: String) -> Bool { classes[word.lowercased()] != nil }

    private func isDeterminer(_ word: String) -> Bool { has(word, "article") || has(word, "determiner") }

    private func isCapitalised(_ word: String) -> Bool {
        word.first?.isUppercase == true && !isFunctionWord(word)
    }

    private func isHead(_ word: String) -> Bool {
        isCapitalised(word) || (!isFunctionWord(word) && lexicon.isSourceNoun(word))
    }

    private func isCue(_ word: String) -> Bool {
        let categories = lexicon.category(of: word)
        return categories.contains(.reportingVerb) && !categories.contains(.sourceNoun)
    }

    private func isNameOnly(_ range: Range<Int>) -> Bool {
        range.allSatisfy { word($0).map(isCapitalised) == true }
    }

    /// Whether the clause ends after `range`: punctuation, the end, or a conjunction ("that", "at") follows.
    private func endsClause(_ range: Range<Int>) -> Bool {
        guard let next = word(range.upperBound) else { return true }
        return has(next, "conjunction")
    }

    /// The subject phrase ending just before `index`.
    func backwardPhrase(before index: Int) -> Range<Int>? {
        var position = index - 1
        var skipped = 0
        while let candidate = word(position), skipped < 3,
              has(candidate, "auxiliary") || has(candidate, "adverb") {
            position -= 1
            skipped += 1
        }
        guard let headWord = word(position), isHead(headWord) else { return nil }
        var start = position
        var cursor = position - 1
        while let candidate = word(cursor), position - cursor < Self.maximumLength {
            if isDeterminer(candidate) {
                start = cursor
                break
            }
            if has(candidate, "preposition"), let before = word(cursor - 1), lexicon.isSourceNoun(before) {
                start = cursor - 1
                cursor -= 2
                continue
            }
            guard !isFunctionWord(candidate), isCapitalised(candidate) || !isCue(candidate) else { break }
            start = cursor
            cursor -= 1
        }
        return start..<(position + 1)
    }

    /// The source phrase starting at `index`: a determiner, modifiers and a head, or a run of names.
    func forwardPhrase(from index: Int) -> Range<Int>? {
        var cursor = index
        guard let first = word(cursor) else { return nil }
        let hasDeterminer = isDeterminer(first)
        if hasDeterminer { cursor += 1 }
        var lastHead: Int?
        while let candidate = word(cursor), cursor - index < Self.maximumLength {
            if isHead(candidate) {
                lastHead = cursor
            } else if has(candidate, "preposition"), let head = lastHead, head == cursor - 1,
                      let current = word(head), lexicon.isSourceNoun(current),
                      let next = word(cursor + 1), isCapitalised(next) {
                lastHead = cursor + 1
                cursor += 2
                continue
            } else if isFunctionWord(candidate) || isCue(candidate) || (!hasDeterminer && lastHead == nil) {
                break
            } else if !hasDeterminer, lastHead != nil {
                break
            }
            cursor += 1
        }
        guard let lastHead else { return nil }
        return index..<(lastHead + 1)
    }
}
