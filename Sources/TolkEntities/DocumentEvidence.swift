import TolkText

/// What one document says about its own capitalisation: which words it capitalises where position does not
/// force a capital, and which of its lines are title-cased headlines.
struct DocumentEvidence: Sendable {
    /// Lower-cased words written capitalised somewhere other than the start of a sentence or a headline.
    var capitalisedInside: Set<String> = []
    /// Lower-cased words written in lower case somewhere.
    var writtenLowerCase: Set<String> = []
    /// Sentences written in title case ("U.S. Urged Ecuador to Act Against WikiLeaks Leader Assange").
    var headlines: Set<Int> = []

    /// Gathers the evidence of `tokens`.
    /// - Complexity: O(n) in the number of tokens.
    init(tokens: [ScannedToken], language: LanguageCode, gazetteer: Gazetteer) {
        // A headline capitalises common words too: at least 4 long words, 70% capitalised, 2 of them common.
        var longWords: [Int: (all: Int, capitalised: Int, common: Int)] = [:]
        for token in tokens where token.kind == .word && token.text.count >= 4 {
            let counts = longWords[token.sentence, default: (0, 0, 0)]
            let common = token.isCapitalised && !token.startsSentence
                && gazetteer.isCommonWord(token.text, in: language)
            longWords[token.sentence] = (counts.all + 1, counts.capitalised + (token.isCapitalised ? 1 : 0),
                                         counts.common + (common ? 1 : 0))
        }
        for (sentence, counts) in longWords
        where counts.all >= 4 && counts.capitalised * 10 >= counts.all * 7 && counts.common >= 2 {
            headlines.insert(sentence)
        }
        var lowerCase: [String: String] = [:]
        for token in tokens where token.kind == .word {
            let lowered: String
            if let known = lowerCase[token.text] {
                lowered = known
            } else {
                lowered = token.text.lowercased()
                lowerCase[token.text] = lowered
            }
            if !token.isCapitalised {
                writtenLowerCase.insert(lowered)
            } else if !token.startsSentence && !headlines.contains(token.sentence) {
                capitalisedInside.insert(Genitive.withoutNamePossessive(lowered))
            }
        }
    }
}
