import Foundation
import TolkAlign
@testable import TolkMatch

/// What the decision tests share (``StatementDecisionTests``, ``FurtherCounterpartTests``,
/// ``PartialStatementTests``): the statement model's judgments set by hand, so that each decision rule is tested
/// apart from the model's weights.
protocol HandJudged {}

extension HandJudged {
    /// The log-odds of `probability`.
    static func logit(_ probability: Double) -> Double { log(probability / (1 - probability)) }

    /// Judgments of the given (source, target, probability) sentence pairs.
    static func judged(_ pairs: [(Int, Int, Double)]) -> StatementMatcher.Judgments {
        StatementMatcher.Judgments(pairs: pairs.map { (source: $0.0, target: $0.1, translation: 0) },
                                   logOdds: pairs.map { logit($0.2) })
    }

    /// A kept statement of sentence `s` of the source and sentence `t` of the target.
    static func single(_ s: Int, _ t: Int) -> StatementMatcher.Candidate {
        StatementMatcher.Candidate(source: s..<(s + 1), target: t..<(t + 1), logOdds: 0, posterior: 3)
    }

    /// A matcher with the shipped Danish-English lexicon and the options `change` sets.
    static func lexiconMatcher(_ change: (inout MatchOptions) -> Void = { _ in }) throws -> StatementMatcher {
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        change(&options)
        return try StatementMatcher(options: options)
    }
}
