import TolkText

/// The parts in which a document pair too long for statement matching is matched and reported.
///
/// Statement matching and the analyses that follow it (events, phrasing) compare the sentences of a pair with
/// each other, which costs more than linear time in the sentences of one pair. A pair whose larger document
/// has more than ``MatchOptions/maximumPartSentences`` sentences is therefore cut into P consecutive part
/// pairs, P = ⌈larger count / limit⌉: part i holds source sentences [i·S/P, (i+1)·S/P) and target sentences
/// [i·T/P, (i+1)·T/P), so statements are matched in any order inside a part but never across parts (a long
/// text is taken to run roughly in parallel with its counterpart). Every sentence still ends up in exactly
/// one match or one only-in list of its part. Each reported part document is named `ID#bytes=START-END`
/// (UTF-8 bytes of the whole decoded document; the parts of a document tile it) and its ranges count from
/// START.
///
/// ```swift
/// let bounds = PairParts.bounds(sourceCount: 1_200, targetCount: 900, limit: 500)
/// bounds.map(\.source)   // [0..<400, 400..<800, 800..<1200]
/// bounds.map(\.target)   // [0..<300, 300..<600, 600..<900]
/// ```
public enum PairParts {
    /// The sentence ranges of the part pairs of documents of `sourceCount` and `targetCount` sentences.
    /// - Returns: one part (the whole documents) when neither exceeds `limit`.
    /// - Complexity: O(P) for P parts.
    public static func bounds(sourceCount: Int, targetCount: Int, limit: Int)
        -> [(source: Range<Int>, target: Range<Int>)]
    {
        let larger = max(sourceCount, targetCount)
        let limit = max(limit, 1)
        guard larger > limit else { return [(0..<sourceCount, 0..<targetCount)] }
        let parts = (larger + limit - 1) / limit
        return (0..<parts).map { part in
            (part * sourceCount / parts..<(part + 1) * sourceCount / parts,
             part * targetCount / parts..<(part + 1) * targetCount / parts)
        }
    }

    /// `pair` as its part pairs (itself when its documents are within `limit`), each with its own part
    /// documents and the matches and one-sided sentences of that part, indices and ranges counted from the
    /// part's start. The statements must have been matched part by part with the same limit
    /// (``StatementMatcher`` does so).
    /// - Complexity: O(n + m + k) for n and m sentences and k matches, plus the copied text.
    public static func split(_ pair: MatchedPair, limit: Int) -> [MatchedPair] {
        let bounds = bounds(sourceCount: pair.source.sentences.count, targetCount: pair.target.sentences.count,
                            limit: limit)
        guard bounds.count > 1 else { return [pair] }
        let sourceParts = documents(pair.source, ranges: bounds.map(\.source))
        let targetParts = documents(pair.target, ranges: bounds.map(\.target))
        var sourcePart = [Int](repeating: 0, count: pair.source.sentences.count)
        var targetPart = [Int](repeating: 0, count: pair.target.sentences.count)
        for (part, range) in bounds.enumerated() {
            for index in range.source { sourcePart[index] = part }
            for index in range.target { targetPart[index] = part }
        }
        var matches = [[StatementMatch]](repeating: [], count: bounds.count)
        var partial = [[StatementMatch]](repeating: [], count: bounds.count)
        var onlyInSource = [[Int]](repeating: [], count: bounds.count)
        var onlyInTarget = [[Int]](repeating: [], count: bounds.count)
        var uncertainSource = [[UncertainSentence]](repeating: [], count: bounds.count)
        var uncertainTarget = [[UncertainSentence]](repeating: [], count: bounds.count)
        func moved(_ match: StatementMatch) -> (part: Int, match: StatementMatch)? {
            guard let first = match.sourceSentences.first, sourcePart.indices.contains(first) else { return nil }
            let part = sourcePart[first]
            let source = sourceParts[part], target = targetParts[part]
            return (part, StatementMatch(
                sourceSentences: match.sourceSentences.map { $0 - bounds[part].source.lowerBound },
                targetSentences: match.targetSentences.map { $0 - bounds[part].target.lowerBound },
                score: match.score, logOdds: match.logOdds, isParaphrase: match.isParaphrase,
                sourceRange: match.sourceRange.shifted(by: -source.start),
                targetRange: match.targetRange.shifted(by: -target.start)))
        }
        for case let (part, match)? in pair.statements.matches.map(moved) { matches[part].append(match) }
        for case let (part, match)? in pair.statements.partial.map(moved) { partial[part].append(match) }
        for index in pair.statements.onlyInSource where sourcePart.indices.contains(index) {
            onlyInSource[sourcePart[index]].append(index - bounds[sourcePart[index]].source.lowerBound)
        }
        for index in pair.statements.onlyInTarget where targetPart.indices.contains(index) {
            onlyInTarget[targetPart[index]].append(index - bounds[targetPart[index]].target.lowerBound)
        }
        for item in pair.statements.uncertainSource where sourcePart.indices.contains(item.sentence) {
            let part = sourcePart[item.sentence]
            uncertainSource[part].append(item.shifted(sentence: -bounds[part].source.lowerBound,
                                                      counterpart: -bounds[part].target.lowerBound))
        }
        for item in pair.statements.uncertainTarget where targetPart.indices.contains(item.sentence) {
            let part = targetPart[item.sentence]
            uncertainTarget[part].append(item.shifted(sentence: -bounds[part].target.lowerBound,
                                                      counterpart: -bounds[part].source.lowerBound))
        }
        func furniture(_ labels: [Int: String], in range: Range<Int>) -> [Int: String] {
            var shifted: [Int: String] = [:]
            for (index, label) in labels where range.contains(index) { shifted[index - range.lowerBound] = label }
            return shifted
        }
        return bounds.indices.map { part in
            MatchedPair(pair: pair.pair, source: sourceParts[part].document, target: targetParts[part].document,
                        statements: StatementMatching(
                            matches: matches[part], onlyInSource: onlyInSource[part], onlyInTarget: onlyInTarget[part],
                            sourceFurniture: furniture(pair.statements.sourceFurniture, in: bounds[part].source),
                            targetFurniture: furniture(pair.statements.targetFurniture, in: bounds[part].target),
                            partial: partial[part],
                            isIndependentlyWritten: pair.statements.isIndependentlyWritten,
                            uncertainSource: uncertainSource[part], uncertainTarget: uncertainTarget[part]))
        }
    }

    /// The part documents of `document` for consecutive sentence `ranges` that cover all its sentences: part
    /// i's text runs from the start of its first sentence (0 for the first part) to the start of the next
    /// part's (the end of the text for the last part), so the parts tile the text.
    static func documents(_ document: ComparableDocument, ranges: [Range<Int>])
        -> [(document: ComparableDocument, start: Int)]
    {
        let utf8 = document.text.utf8
        let sentences = document.sentences
        func start(_ part: Int) -> Int {
            guard part > 0 else { return 0 }
            guard part < ranges.count else { return utf8.count }
            let first = ranges[part].lowerBound
            return sentences.indices.contains(first) ? min(sentences[first].range.lowerBound, utf8.count) : utf8.count
        }
        var starts = (0...ranges.count).map(start)
        for index in starts.indices.dropFirst() { starts[index] = max(starts[index], starts[index - 1]) }
        return ranges.enumerated().map { part, range in
            let lower = starts[part], upper = starts[part + 1]
            let slice = utf8[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
            // The part's sentences are slices of the part's own text, so that the whole document's text can go.
            let text = String(decoding: slice, as: UTF8.self)
            let partSentences = sentences[range].map { sentence in
                let shifted = sentence.range.shifted(by: -lower)
                // (A sentence whose range does not point at its text, as a caller may make, keeps its own.)
                let own = Self.slice(text, shifted).flatMap { $0.utf8.elementsEqual(sentence.slice.utf8) ? $0 : nil }
                return Sentence(slice: own ?? sentence.slice, range: shifted, paragraph: sentence.paragraph)
            }
            return (ComparableDocument(id: "\(document.id)#bytes=\(lower)-\(upper)", text: text,
                                       language: document.language, sentences: partSentences), lower)
        }
    }
}

extension PairParts {
    /// The bytes `range` of `text` as a slice of it, or nil when the range does not lie inside it.
    static func slice(_ text: String, _ range: Range<Int>) -> Substring? {
        let utf8 = text.utf8
        guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[lower..<utf8.index(lower, offsetBy: range.count)]
    }
}

extension Range where Bound == Int {
    /// The range moved by `offset`.
    fileprivate func shifted(by offset: Int) -> Range<Int> {
        (lowerBound + offset)..<(upperBound + offset)
    }
}
