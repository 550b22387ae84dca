import Foundation
import TolkAlign

extension StatementMatcher {
    /// The statements of an independently written document pair: every candidate pair of single sentences
    /// (they share a cross-language key) judged by the statement model, kept when its probability reaches
    /// ``MatchOptions/minimumStatementProbability``. A sentence may take part in several statements (a quote
    /// split over three sentences on one side, a sentence that merges two facts), at most
    /// ``MatchOptions/maximumCounterparts`` of them, the most probable. Furniture is never a candidate.
    /// Each decision depends on the two documents only.
    /// - Complexity: O(c k log k) for c candidate pairs of sentences of at most k keys.
    func classified(pairs: [(source: Int, target: Int, translation: Double)], logOdds: [Double], sourceCount: Int,
                    targetCount: Int) -> [Candidate] {
        var scored: [(pair: Int, logOdds: Double)] = []
        let cap = options.maximumCounterparts
        let threshold = Self.logit(options.minimumStatementProbability)
        for (index, value) in logOdds.enumerated() where value >= threshold { scored.append((index, value)) }
        // Most probable first; ties by position, so the result never depends on float noise or input order.
        scored.sort { a, b in
            if a.logOdds != b.logOdds { return a.logOdds > b.logOdds }
            if pairs[a.pair].source != pairs[b.pair].source { return pairs[a.pair].source < pairs[b.pair].source }
            return pairs[a.pair].target < pairs[b.pair].target
        }
        var sourceTaken = [Int](repeating: 0, count: sourceCount)
        var targetTaken = [Int](repeating: 0, count: targetCount)
        var kept: [Candidate] = []
        for (index, logOdds) in scored {
            let pair = pairs[index]
            guard sourceTaken[pair.source] < cap,
                  targetTaken[pair.target] < cap else { continue }
            sourceTaken[pair.source] += 1
            targetTaken[pair.target] += 1
            kept.append(Candidate(source: pair.source..<(pair.source + 1), target: pair.target..<(pair.target + 1),
                                  logOdds: pair.translation, posterior: logOdds, paraphrase: true))
        }
        return kept
    }

    /// The log-odds of a probability.
    static func logit(_ probability: Double) -> Double { log(probability / (1 - probability)) }

    /// The statement model's log-odds per judged pair of single sentences, keyed [source, target].
    static func support(pairs: [(source: Int, target: Int, translation: Double)], logOdds: [Double]) -> [[Int]: Double] {
        var support: [[Int]: Double] = [:]
        for (pair, value) in zip(pairs, logOdds) { support[[pair.source, pair.target]] = value }
        return support
    }

    /// Every candidate pair of single sentences (they share a cross-language key; furniture is none) with the
    /// statement model's log-odds, in source then target order.
    /// With `wanted`, only the pairs it picks (by source and target sentence) are judged and returned, in the same
    /// order and with the same values: their features still compare them with all their sentences' candidates.
    func judged(source: [SentenceEvidence], target: [SentenceEvidence], wanted: ((Int, Int) -> Bool)? = nil)
        -> (pairs: [(source: Int, target: Int, translation: Double)], logOdds: [Double])
    {
        let (pairs, vectors) = candidates(source: source, target: target, wanted: wanted)
        let hasEncoder = encoder != nil
        return (pairs, vectors.map { model.logOdds($0, hasEncoder: hasEncoder) })
    }

    /// Every candidate pair of single sentences (they share a cross-language key; furniture is none) with its
    /// feature vector (``StatementFeatures``), in source then target order: what the model reads, and what
    /// ``StatementModelTrainer`` fits it on.
    func candidates(source: [SentenceEvidence], target: [SentenceEvidence])
        -> (pairs: [(source: Int, target: Int, translation: Double)], features: [[Double]])
    {
        candidates(source: source, target: target, wanted: nil)
    }

    /// ``candidates(source:target:)``, of only the pairs `wanted` picks when it is given (the others are measured
    /// only as far as the wanted pairs' rival features need them: the pairs that share a sentence with one).
    private func candidates(source: [SentenceEvidence], target: [SentenceEvidence], wanted: ((Int, Int) -> Bool)?)
        -> (pairs: [(source: Int, target: Int, translation: Double)], features: [[Double]])
    {
        // The pair's own key rates as the chance background: no other document of the collection moves a decision.
        let scorer = StatementScorer(source: source, target: target, background: nil,
                                     lengthWeight: options.lengthWeight)
        var pairs: [(source: Int, target: Int, translation: Double)] = []
        var picked: [Bool] = []
        for (s, targets) in scorer.sharingPairs() where !source[s].isFurniture {
            for t in targets where !target[t].isFurniture {
                let isWanted = wanted?(s, t) ?? true
                // The translation log-odds is read only for the pairs judged.
                pairs.append((s, t, isWanted ? scorer.logOdds(source: s..<(s + 1), target: t..<(t + 1)) : 0))
                picked.append(isWanted)
            }
        }
        guard picked.contains(true) else { return ([], []) }
        let features = StatementFeatures(source: source.map(\.content), target: target.map(\.content),
                                         sourceFurniture: source.map(\.isFurniture),
                                         targetFurniture: target.map(\.isFurniture),
                                         sourceEncoding: source.map(\.encoding),
                                         targetEncoding: target.map(\.encoding))
        guard wanted != nil else { return (pairs, features.vectors(pairs)) }
        return (zip(pairs, picked).filter(\.1).map(\.0), features.vectors(pairs, wanted: picked))
    }
}
