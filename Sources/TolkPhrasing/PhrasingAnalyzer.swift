import TolkLexicon
import TolkText

/// Finds the phrasing of a text in one language: reporting verbs, attribution markers and the sources they
/// cite, hedges, certainty markers, evaluative words and direct quotations.
///
/// ```swift
/// let analyzer = try PhrasingAnalyzer(language: .danish)
/// let phrasing = analyzer.phrasing(of: sentences, in: text)
/// phrasing.attributions.map(\.sources)   // [["CNN"], ["En efterretningskilde i Ecuador"], ...]
/// ```
/// Not safe to share between threads (it owns ICU break iterators); make one per thread.
public final class PhrasingAnalyzer {
    /// The language analysed.
    public let language: LanguageCode
    let lexicon: PhrasingLexicon
    let classes: [String: Set<String>]
    let segmenter: Segmenter

    /// An analyzer with the shipped word lists of `language`.
    /// - Throws: ``DataError`` for a malformed list, ``TextError`` when ICU cannot open iterators.
    public convenience init(language: LanguageCode) throws {
        try self.init(lexicon: try PhrasingLexicon.shipped(language),
                      functionWords: try PhrasingLexicon.functionWordClasses(language: language))
    }

    /// An analyzer with the given lists.
    public init(lexicon: PhrasingLexicon, functionWords: [String: Set<String>]) throws {
        language = lexicon.language
        self.lexicon = lexicon
        classes = functionWords
        segmenter = try Segmenter(language: lexicon.language)
    }

    /// The phrasing of `sentences` of a document (ranges into the document's text), all together.
    /// - Complexity: O(n) in the length of the sentences.
    public func phrasing(of sentences: [Sentence]) -> SidePhrasing {
        var result = SidePhrasing(language: language)
        for sentence in sentences { result.append(phrasing(of: sentence)) }
        return result
    }

    /// The phrasing of one sentence (its range is into the document's text).
    /// - Complexity: O(n) in the sentence's length.
    public func phrasing(of sentence: Sentence) -> SidePhrasing {
        var result = SidePhrasing(language: language)
        let tokens = Self.joiningHyphens(segmenter.tokens(in: sentence.text), text: sentence.text)
        let base = sentence.range.lowerBound
        let bytes = Array(sentence.text.utf8)
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: bytes[tokens[from].range.lowerBound..<tokens[to].range.upperBound], as: UTF8.self)
        }
        func range(_ from: Int, _ to: Int) -> [Int] {
            [base + tokens[from].range.lowerBound, base + tokens[to].range.upperBound]
        }
        result.quotations = QuotationFinder.quotations(in: sentence.text).map { quote in
            Quotation(text: String(decoding: bytes[quote.inner], as: UTF8.self),
                      range: [base + quote.outer.lowerBound, base + quote.outer.upperBound])
        }
        let finder = AttributionFinder(tokens: tokens, lexicon: lexicon, classes: classes)
        var index = 0
        while index < tokens.count {
            guard let (category, end) = marker(at: index, tokens: tokens) else {
                index += 1
                continue
            }
            let marker = PhrasingMarker(text: text(index, end), category: category, range: range(index, end))
            switch category {
            case .reportingVerb, .attributionMarker:
                if category == .reportingVerb { result.reportingVerbs.append(marker) }
                let sources = finder.sources(cue: index..<(end + 1), category: category)
                if !sources.isEmpty || category == .attributionMarker {
                    let first = min(index, sources.map(\.lowerBound).min() ?? index)
                    let last = max(end, (sources.map(\.upperBound).max() ?? end + 1) - 1)
                    result.attributions.append(Attribution(
                        cue: marker.text, cueCategory: category,
                        sources: sources.map { text($0.lowerBound, $0.upperBound - 1) },
                        text: text(first, last), range: range(first, last)))
                }
            case .hedge: result.hedges.append(marker)
            case .certainty: result.certainty.append(marker)
            case .evaluative: result.evaluative.append(marker)
            case .sourceNoun: break
            }
            index = end + 1
        }
        if !result.quotations.isEmpty {
            result.mode = .directQuote
        } else if !result.attributions.isEmpty || !result.reportingVerbs.isEmpty {
            result.mode = .paraphrase
        }
        return result
    }

    /// The marker starting at word token `index`: its category and last token, or nil.
    func marker(at index: Int, tokens: [Token]) -> (PhrasingCategory, Int)? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let lowered = token.text.lowercased()
        for phrase in lexicon.phrases(startingWith: lowered) {
            let end = index + phrase.words.count - 1
            guard end < tokens.count else { continue }
            let matches = (0..<phrase.words.count).allSatisfy { offset in
                let candidate = tokens[index + offset]
                return candidate.kind == .word && lexicon.sameWord(candidate.text.lowercased(), phrase.words[offset])
            }
            if matches { return (phrase.category, end) }
        }
        let categories: [PhrasingCategory]
        if classes[lowered] != nil {
            categories = lexicon.exactCategory(of: lowered)  // a function word matches only as listed
        } else {
            categories = lexicon.category(of: lowered)
        }
        let isCapitalisedInside = index > 0 && token.text != lowered && token.text.first?.isUppercase == true
        // A source noun ("rapporten", "reports") is not also a verb or marker.
        guard !categories.contains(.sourceNoun), let category = categories.first, !isCapitalisedInside else {
            return nil
        }
        return (category, index)
    }

    /// `tokens` with words joined across hyphens written without spaces ("tv" "-" "station" -> "tv-station").
    static func joiningHyphens(_ tokens: [Token], text: String) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            while token.kind == .word, index + 2 < tokens.count, tokens[index + 1].text == "-",
                  tokens[index + 1].range.lowerBound == token.range.upperBound,
                  tokens[index + 2].kind == .word, tokens[index + 2].range.lowerBound == tokens[index + 1].range.upperBound {
                token = Token(text: token.text + "-" + tokens[index + 2].text,
                              range: token.range.lowerBound..<tokens[index + 2].range.upperBound, kind: .word)
                index += 2
            }
            result.append(token)
            index += 1
        }
        return result
    }
}
