import Foundation
import TolkAlign
import TolkMatch
import TolkText

/// Writes a ``ComparableMatch`` for reading in a terminal (`tolk match --format text`).
///
/// Each pair: a heading with the two documents and the score, the matched statements (source line, target
/// line, score and sentence numbers), then the sentences whose counterpart is uncertain (each with its most
/// probable counterpart and that pair's probability), then the statements only one side has; at the end, the
/// documents without a counterpart. Sentence numbers are 0-based, as in the JSON.
public enum MatchTextWriter {
    /// The text form of `result`.
    /// - Parameter width: texts longer than this many characters are shortened with an ellipsis (0: never).
    /// - Complexity: O(n) in the size of the result.
    public static func text(_ result: ComparableMatch, width: Int = 0) -> String {
        var text = ""
        write(result, width: width) { text += $0 }
        return text
    }

    /// Hands the text form of `result` to `emit` piece by piece (a pair at a time): the same text as
    /// ``text(_:width:)``, never held whole.
    /// - Complexity: O(n) in the size of the result.
    public static func write(_ result: ComparableMatch, width: Int = 0, to emit: (String) throws -> Void) rethrows {
        for (number, matched) in result.pairs.enumerated() {
            var out = ""
            let statements = matched.statements
            out += "== pair \(number + 1): \(matched.source.id)  <->  \(matched.target.id)"
            out += "   score \(format(matched.pair.score))\n"
            let groups = statements.groups
            out += "   \(groups.count) matched, "
            if !statements.partial.isEmpty { out += "\(statements.partial.count) partial, " }
            let uncertain = statements.uncertainSource.count + statements.uncertainTarget.count
            if uncertain > 0 { out += "\(uncertain) uncertain, " }
            out += "\(statements.onlyInSource.count) only in source, "
            out += "\(statements.onlyInTarget.count) only in target\n\n"
            for group in groups { out += lines(of: group, in: matched, width: width) }
            if !statements.partial.isEmpty {
                out += "  partial (a shared fact, each mainly says something else):\n"
                for match in statements.partial { out += lines(of: match, in: matched, width: width) }
            }
            out += lines(uncertain: statements.uncertainSource, side: "source", in: matched, width: width)
            out += lines(uncertain: statements.uncertainTarget, side: "target", in: matched, width: width)
            if !statements.onlyInSource.isEmpty {
                out += "  only in source:\n"
                for index in statements.onlyInSource {
                    out += "    s\(index): \(clip(joined([index], matched.source.sentences), width))\n"
                }
                out += "\n"
            }
            if !statements.onlyInTarget.isEmpty {
                out += "  only in target:\n"
                for index in statements.onlyInTarget {
                    out += "    t\(index): \(clip(joined([index], matched.target.sentences), width))\n"
                }
                out += "\n"
            }
            try emit(out)
        }
        var out = ""
        if !result.unmatchedSources.isEmpty {
            out += "== source documents without counterpart\n"
            for document in result.unmatchedSources { out += "  \(document.id)\n" }
        }
        if !result.unmatchedTargets.isEmpty {
            out += "== target documents without counterpart\n"
            for document in result.unmatchedTargets { out += "  \(document.id)\n" }
        }
        if result.pairs.isEmpty && result.unmatchedSources.isEmpty && result.unmatchedTargets.isEmpty {
            out += "no documents\n"
        }
        try emit(out)
    }

    /// The lines of a statement group of `pair`: its statement's lines, and for a group of several matches a line
    /// naming each match's sentences and score (`matches: s0-t0 0.98, s0-t1 0.71`).
    private static func lines(of group: StatementGroup, in pair: MatchedPair, width: Int) -> String {
        let out = lines(of: group.statement, in: pair, width: width)
        guard group.members.count > 1 else { return out }
        let members = group.members.map { member in
            "s\(numbers(member.sourceSentences))-t\(numbers(member.targetSentences)) \(format(member.score))"
        }
        return String(out.dropLast()) + "         matches: \(members.joined(separator: ", "))\n\n"
    }

    /// The lines of the uncertain sentences of one side of `pair` (none when there are none): each sentence, then
    /// its most probable counterpart with that pair's probability.
    private static func lines(uncertain: [UncertainSentence], side: String, in pair: MatchedPair, width: Int)
        -> String
    {
        guard !uncertain.isEmpty else { return "" }
        let source = side == "source"
        let (own, other) = source ? (pair.source.sentences, pair.target.sentences)
            : (pair.target.sentences, pair.source.sentences)
        let (mark, otherMark) = source ? ("s", "t") : ("t", "s")
        var out = "  uncertain in \(side) (perhaps reported by the other side, below the statement threshold):\n"
        for item in uncertain {
            out += "    \(mark)\(item.sentence): \(clip(joined([item.sentence], own), width))\n"
            out += "      [\(format(item.probability))] \(otherMark)\(item.counterpart): "
            out += "\(clip(joined([item.counterpart], other), width))\n"
        }
        return out + "\n"
    }

    /// The two lines of a statement of `pair`: its score and source sentences, then its target sentences.
    private static func lines(of match: StatementMatch, in pair: MatchedPair, width: Int) -> String {
        let sourceText = joined(match.sourceSentences, pair.source.sentences)
        let targetText = joined(match.targetSentences, pair.target.sentences)
        return "  [\(format(match.score))] s\(numbers(match.sourceSentences)): \(clip(sourceText, width))\n"
            + "         t\(numbers(match.targetSentences)): \(clip(targetText, width))\n\n"
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func numbers(_ indices: [Int]) -> String { indices.map(String.init).joined(separator: "+") }

    private static func joined(_ indices: [Int], _ sentences: [Sentence]) -> String {
        indices.compactMap { sentences.indices.contains($0) ? sentences[$0].text : nil }.joined(separator: " ")
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        return String(text.prefix(max(width - 1, 1))) + "…"
    }
}
