import TolkAlign
import TolkEvents
import TolkMatch

/// The events part of `tolk match --format text`: per pair, the summary card (event and publication dates, lead
/// pair, figures), the whole-pair summary, the linked entities, and each
/// event with its two summary lines, entities, dates and numbers, and what only one side reports; then the
/// one-sided statements no event took.
public enum MatchEventsTextWriter {
    /// The text for every pair of `result` that `analyses` covers.
    /// - Complexity: O(n) in the size of the analyses.
    public static func text(_ result: ComparableMatch, analyses: MatchAnalyses, width: Int = 0) -> String {
        var out = ""
        for (number, matched) in result.pairs.enumerated() {
            guard let analysis = analyses.analysis(of: matched) else { continue }
            let summary = analysis.summary
            out += "== events of pair \(number + 1): \(matched.source.id)  <->  \(matched.target.id)\n"
            let card = analysis.card
            out += "   event date: \(card.eventDate ?? "unknown") (published: source "
            out += "\(card.sourcePublished?.date.iso ?? "unknown"), target \(card.targetPublished?.date.iso ?? "unknown"))\n"
            out += "   lead source: \(clip(card.source, width))\n   lead target: \(clip(card.target, width))\n"
            for figure in card.figures {
                out += "   figure: \(figure.source) | \(figure.target) | \(figure.agree ? "agree" : "DIFFER")\n"
            }
            out += "   source: \(clip(summary.sourceSummary, width))\n   target: \(clip(summary.targetSummary, width))\n"
            out += "   entities: " + analysis.links.map { link in
                link.source == link.target ? link.source : "\(link.source) = \(link.target)"
            }.joined(separator: "; ") + "\n\n"
            for event in summary.events {
                out += "  event \(event.number) (weight \(event.weight), \(event.statements.count) statement pairs)\n"
                out += "    source: \(clip(event.sourceSummary, width))\n    target: \(clip(event.targetSummary, width))\n"
                let facts = event.entities.map(\.target) + event.dates.map(\.text) + event.numbers.map(\.text)
                if !facts.isEmpty { out += "    involves: \(facts.joined(separator: ", "))\n" }
                for statement in event.onlyInSource { out += "    only in source: \(clip(statement.text, width))\n" }
                for statement in event.onlyInTarget { out += "    only in target: \(clip(statement.text, width))\n" }
                out += "\n"
            }
            for statement in summary.unattachedSource { out += "  only in source, no event: \(clip(statement.text, width))\n" }
            for statement in summary.unattachedTarget { out += "  only in target, no event: \(clip(statement.text, width))\n" }
            out += summary.unattachedSource.isEmpty && summary.unattachedTarget.isEmpty ? "" : "\n"
        }
        return out
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        return String(text.prefix(max(width - 1, 1))) + "…"
    }
}
