import TolkAlign
import TolkText

/// Chooses the sentence of each side that best states the main event.
///
/// News states its main event early, so candidates are the first ``window`` sentences of some length; each is
/// scored by whether a matched statement ties it to an early sentence of the other side, how many of the
/// pair's linked entities it names, whether it dates something near publication, and its place.
struct LeadFinder {
    /// Sentences of each side read as candidates.
    static let window = 6
    /// Words a candidate needs (a photo credit or a one-word line is no lead).
    static let minimumWords = 4

    let pair: MatchedPair
    let links: [EntityLink]

    /// The lead sentence of each side (nil for a side without sentences).
    func leads(sourceDates: DocumentDates, targetDates: DocumentDates) -> (source: Int?, target: Int?) {
        let sourceCandidates = candidates(pair.source.sentences)
        let targetCandidates = candidates(pair.target.sentences)
        let source = best(sourceCandidates, side: .source, other: Set(targetCandidates), dates: sourceDates)
        let target = best(targetCandidates, side: .target, other: Set(sourceCandidates), dates: targetDates)
        return (source ?? (pair.source.sentences.isEmpty ? nil : 0), target ?? (pair.target.sentences.isEmpty ? nil : 0))
    }

    private func candidates(_ sentences: [Sentence]) -> [Int] {
        var result: [Int] = []
        for (index, sentence) in sentences.enumerated() where result.count < Self.window {
            if sentence.text.split(whereSeparator: \.isWhitespace).count >= Self.minimumWords { result.append(index) }
        }
        return result
    }

    private func best(_ candidates: [Int], side: PairSide, other: Set<Int>, dates: DocumentDates) -> Int? {
        let sentences = side == .source ? pair.source.sentences : pair.target.sentences
        let mentions = links.map { side == .source ? $0.sourceMentions : $0.targetMentions }
        func entities(_ index: Int) -> Int {
            let range = sentences[index].range
            return mentions.filter { $0.contains { range.contains($0.range[0]) } }.count
        }
        let counts = Dictionary(uniqueKeysWithValues: candidates.map { ($0, entities($0)) })
        let most = max(1, counts.values.max() ?? 1)
        var best: (score: Double, index: Int)?
        for (rank, index) in candidates.enumerated() {
            var score = -0.2 * Double(rank)
            let tied = pair.statements.matches.contains { match in
                let own = side == .source ? match.sourceSentences : match.targetSentences
                let theirs = side == .source ? match.targetSentences : match.sourceSentences
                return own.contains(index) && theirs.contains(where: other.contains)
            }
            if tied { score += 1 }
            score += 0.5 * Double(counts[index] ?? 0) / Double(most)
            if dates.eventDay(in: index) != nil { score += 0.4 }
            if best == nil || score > best?.score ?? 0 { best = (score, index) }
        }
        return best?.index
    }
}
