import Foundation
import TolkAlign

extension StatementMatcher {
    /// The partial statements of an independently written pair (``StatementMatching/partial``): two sentences that
    /// share a fact while each mainly says something else, such as "The island's 40,000 residents voted for an
    /// airport" against "Øen har 40.000 indbyggere, som lever af turister". A careful reader would not call such a
    /// sentence "reported by one side only", so it leaves the one-sided lists.
    ///
    /// Documents of fewer than ``MatchOptions/minimumPartialDocumentSentences`` sentences on either side have
    /// none (a brief states one fact, which the other side reports or not). A pair of single sentences that are
    /// not together in a statement (`kept`), at least one of them in none (an open sentence), is a partial
    /// statement when
    /// - the statement model holds it at least ``MatchOptions/minimumPartialProbability`` likely,
    /// - it is the best counterpart of one of its open sentences: no other pair of that sentence that could be
    ///   partial is more probable (its best rival; ties by position),
    /// - its sentences stand at similar places in their documents (relative positions at most
    ///   ``MatchOptions/maximumPartialPositionGap`` apart),
    /// - each sentence has more than three content words (a name or a caption alone shares no fact), and
    /// - the two share a fact's anchor: a number both state in digits with the same value (``exactNumber(_:_:)``:
    ///   2022 is not 1997, although the two meet when numbers are rounded to two significant digits), or both are
    ///   their documents' first sentences (the headlines of one event).
    /// Shared names alone are no shared fact: the sentences of one story all name its people. No sentence takes
    /// part in more than ``MatchOptions/maximumCounterparts`` partial statements. Each decision reads the two
    /// documents only; ties are broken by position.
    /// - Returns: the partial statements, in source then target order.
    /// - Complexity: O(c log c + p k log k) for c judged pairs and p of them probable enough, of at most k keys.
    func partialStatements(_ kept: [Candidate], judged: Judgments, source: [SentenceEvidence],
                           target: [SentenceEvidence]) -> [Candidate]
    {
        let n = source.count, m = target.count
        let shortest = options.minimumPartialDocumentSentences
        guard n >= shortest, m >= shortest else { return [] }
        var sourceMatched = [Bool](repeating: false, count: n)
        var targetMatched = [Bool](repeating: false, count: m)
        var together: Set<[Int]> = []
        for match in kept {
            for s in match.source {
                sourceMatched[s] = true
                for t in match.target { together.insert([s, t]) }
            }
            for t in match.target { targetMatched[t] = true }
        }
        // The pairs that could be partial, and each sentence's most probable one among them (the best rival).
        var open: [(source: Int, target: Int, logOdds: Double, translation: Double)] = []
        var sourceBest = [Double](repeating: -.infinity, count: n)
        var targetBest = [Double](repeating: -.infinity, count: m)
        for (pair, value) in zip(judged.pairs, judged.logOdds) {
            guard !together.contains([pair.source, pair.target]),
                  !sourceMatched[pair.source] || !targetMatched[pair.target] else { continue }
            open.append((pair.source, pair.target, value, pair.translation))
            sourceBest[pair.source] = max(sourceBest[pair.source], value)
            targetBest[pair.target] = max(targetBest[pair.target], value)
        }
        let floor = Self.logit(options.minimumPartialProbability)
        open = open.filter { pair in
            pair.logOdds >= floor
                && ((!sourceMatched[pair.source] && pair.logOdds >= sourceBest[pair.source])
                    || (!targetMatched[pair.target] && pair.logOdds >= targetBest[pair.target]))
        }
        let cap = options.maximumCounterparts
        var found: [Candidate] = []
        var sourceTaken = [Int](repeating: 0, count: n)
        var targetTaken = [Int](repeating: 0, count: m)
        // Source then target order, each sentence in at most `cap` partial statements.
        for pair in open.sorted(by: { $0.source != $1.source ? $0.source < $1.source : $0.target < $1.target }) {
            let s = pair.source, t = pair.target
            guard sourceTaken[s] < cap, targetTaken[t] < cap,
                  Self.relativeGap(s, t, sourceCount: n, targetCount: m) <= options.maximumPartialPositionGap,
                  Self.contentWords(source[s]) > 3, Self.contentWords(target[t]) > 3,
                  (s == 0 && t == 0) || Self.exactNumber(source[s].content, target[t].content) else { continue }
            sourceTaken[s] += 1
            targetTaken[t] += 1
            found.append(Candidate(source: s..<(s + 1), target: t..<(t + 1), logOdds: pair.translation,
                                   posterior: pair.logOdds, paraphrase: true))
        }
        return found
    }

    /// Whether two sentences state a number in digits with the same value: a number of one and a number of the
    /// other that share two keys (``ContentExtractor``: digits and value). Values rounded to two significant
    /// digits alone ("1.428" and "1,400", 1997 and 2022) are no shared value, and neither are number words
    /// ("two", "fire"), which have a value key only: small counts recur in every story ("two men", "TV 2").
    static func exactNumber(_ source: [ContentKey], _ target: [ContentKey]) -> Bool {
        func numbers(_ keys: [ContentKey]) -> [Set<UInt64>] {
            var byWord: [UInt16: Set<UInt64>] = [:]
            for entry in keys where entry.kind == .number { byWord[entry.word, default: []].insert(entry.key) }
            return byWord.sorted { $0.key < $1.key }.map(\.value)
        }
        let targetNumbers = numbers(target)
        guard !targetNumbers.isEmpty else { return false }
        for left in numbers(source) {
            for right in targetNumbers where left.intersection(right).count >= 2 { return true }
        }
        return false
    }

    /// The distance of the relative positions (index over sentence count) of source sentence `s` and target
    /// sentence `t`.
    static func relativeGap(_ s: Int, _ t: Int, sourceCount: Int, targetCount: Int) -> Double {
        abs(Double(s) / Double(max(sourceCount, 1)) - Double(t) / Double(max(targetCount, 1)))
    }

    /// The number of distinct content words of a sentence.
    static func contentWords(_ evidence: SentenceEvidence) -> Int {
        Set(evidence.content.map(\.word)).count
    }
}
