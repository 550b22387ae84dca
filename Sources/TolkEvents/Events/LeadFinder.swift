import TolkAlign
import TolkText

/// Chooses the sentence of each side that best states the main event.
///
/// News states its main event first, after a headline it may repeat: the candidates are the first ``window``
/// sentences of at least ``minimumWords`` words that are not quotations (a photo credit, a one-word line or a
/// quote is no lead), and the lead is the first candidate that a matched statement ties to a candidate of the
/// other side (both state it), with the other sentences of that statement, else the first candidate alone.
struct LeadFinder {
    /// Sentences of each side read as candidates.
    static let window = 3
    /// Words a candidate needs, a leading `date` stamp not counted.
    static let minimumWords = 6
    /// Characters that open a quotation (Danish dialogue dashes, quotation marks).
    static let quotationOpeners: Set<Character> = ["-", "–", "—", "“", "\"", "‘", "'", "„", "«", "»"]

    let pair: MatchedPair

    /// The lead sentences of each side, in order (empty for a side without sentences).
    func leads() -> (source: [Int], target: [Int]) {
        let sourceCandidates = candidates(pair.source)
        let targetCandidates = candidates(pair.target)
        func lead(_ own: [Int], other: [Int], side: PairSide, count: Int) -> [Int] {
            for index in own {
                for match in pair.statements.matches {
                    let mine = side == .source ? match.sourceSentences : match.targetSentences
                    let theirs = side == .source ? match.targetSentences : match.sourceSentences
                    if mine.contains(index) && theirs.contains(where: other.contains) { return mine.sorted() }
                }
            }
            return own.first.map { [$0] } ?? (count > 0 ? [0] : [])
        }
        return (lead(sourceCandidates, other: targetCandidates, side: .source, count: pair.source.sentences.count),
                lead(targetCandidates, other: sourceCandidates, side: .target, count: pair.target.sentences.count))
    }

    private func candidates(_ document: ComparableDocument) -> [Int] {
        let stamp = PublicationDate.leadingStamp(of: document.text)?.range
        var result: [Int] = []
        for (index, sentence) in document.sentences.enumerated() where result.count < Self.window {
            var text = Substring(sentence.text)
            if let stamp, sentence.range.lowerBound <= stamp.lowerBound, stamp.upperBound <= sentence.range.upperBound {
                let cut = stamp.upperBound - sentence.range.lowerBound
                text = Substring(String(decoding: Array(sentence.text.utf8).dropFirst(cut), as: UTF8.self))
            }
            let trimmed = text.drop { $0.isWhitespace }
            guard let first = trimmed.first, !Self.quotationOpeners.contains(first),
                  trimmed.split(whereSeparator: \.isWhitespace).count >= Self.minimumWords else { continue }
            result.append(index)
        }
        return result
    }
}
