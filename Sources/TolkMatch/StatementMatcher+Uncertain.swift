import Foundation
import TolkAlign

/// A sentence in no statement whose most probable counterpart is likely but below the thresholds a statement
/// needs: whether the other side reports it is not known, so it is neither a statement nor one side's own.
///
/// A reader takes it as "perhaps said on the other side too, in other words": ``counterpart`` is the other side's
/// sentence the statement model finds most probable, and ``probability`` that model's probability that the two
/// report the same fact (``MatchOptions/minimumUncertainProbability`` is the smallest listed).
public struct UncertainSentence: Sendable, Equatable {
    /// Index of the sentence in its document's sentences.
    public let sentence: Int
    /// Index of its most probable counterpart in the other document's sentences.
    public let counterpart: Int
    /// The statement model's probability that the two report the same fact (0...1).
    public let probability: Double

    /// An uncertain sentence from its parts.
    public init(sentence: Int, counterpart: Int, probability: Double) {
        self.sentence = sentence
        self.counterpart = counterpart
        self.probability = probability
    }

    /// The same sentence with both indices moved (a part of a longer document pair, ``PairParts``).
    func shifted(sentence offset: Int, counterpart otherOffset: Int) -> UncertainSentence {
        UncertainSentence(sentence: sentence + offset, counterpart: counterpart + otherOffset, probability: probability)
    }
}

extension StatementMatcher {
    /// The sentences in no statement (`onlySource`, `onlyTarget`) of an independently written pair that have a
    /// likely counterpart: a judged candidate (`judged`, the statement model's judgments of the pair) that the
    /// rules for a statement would admit at ``MatchOptions/minimumUncertainProbability`` instead of the statement
    /// thresholds (``admits(_:floor:source:target:sourceCount:targetCount:)``: below
    /// ``MatchOptions/confidentProbability`` its sentences must stand at similar places). Each comes with its most
    /// probable such candidate and that candidate's probability, in sentence order; ties go to the first candidate
    /// by position. Translated pairs have none: a sentence left out of a translation has no counterpart, however
    /// much it shares with its neighbours (on the NTREX comparable seeds, a third of the free sentences whose
    /// best free candidate the model holds 0.5-0.8 likely have a counterpart).
    /// - Returns: the uncertain source and target sentences; none when `judged` is `nil`.
    /// - Complexity: O(c) for c judged pairs.
    func uncertain(onlySource: [Int], onlyTarget: [Int], judged: Judgments?, source: [SentenceEvidence],
                   target: [SentenceEvidence]) -> (source: [UncertainSentence], target: [UncertainSentence])
    {
        guard let judged, options.minimumUncertainProbability < 1 else { return ([], []) }
        let floor = Self.logit(options.minimumUncertainProbability)
        let n = source.count, m = target.count
        var sourceOpen = [Bool](repeating: false, count: n)
        var targetOpen = [Bool](repeating: false, count: m)
        for index in onlySource where index < n { sourceOpen[index] = true }
        for index in onlyTarget where index < m { targetOpen[index] = true }
        var sourceBest = [(counterpart: Int, logOdds: Double)?](repeating: nil, count: n)
        var targetBest = [(counterpart: Int, logOdds: Double)?](repeating: nil, count: m)
        // Pairs come in source then target order, so the first of equally probable candidates is kept.
        for (pair, value) in zip(judged.pairs, judged.logOdds)
            where sourceOpen[pair.source] || targetOpen[pair.target] {
            guard admits(value, floor: floor, source: pair.source..<(pair.source + 1),
                         target: pair.target..<(pair.target + 1), sourceCount: n, targetCount: m) else { continue }
            if sourceOpen[pair.source], value > (sourceBest[pair.source]?.logOdds ?? -.infinity) {
                sourceBest[pair.source] = (pair.target, value)
            }
            if targetOpen[pair.target], value > (targetBest[pair.target]?.logOdds ?? -.infinity) {
                targetBest[pair.target] = (pair.source, value)
            }
        }
        func listed(_ best: [(counterpart: Int, logOdds: Double)?]) -> [UncertainSentence] {
            best.indices.compactMap { sentence in
                best[sentence].map {
                    UncertainSentence(sentence: sentence, counterpart: $0.counterpart,
                                      probability: 1 / (1 + exp(-$0.logOdds)))
                }
            }
        }
        return (listed(sourceBest), listed(targetBest))
    }
}
