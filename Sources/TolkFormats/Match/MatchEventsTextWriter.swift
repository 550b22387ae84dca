import TolkAlign
import TolkEvents
import TolkText
import TolkMatch

/// The events part of `tolk match --format text`: per pair, the summary card (event and publication dates, lead
/// pair, figures, who and where, and for two moments of a story thread each side's story and the background the
/// later one retells), the whole-pair summary, the linked entities, and each
/// event with its two summary lines, entities, dates and numbers, and what only one side reports; then the
/// one-sided statements no event took.
public enum MatchEventsTextWriter {
    /// The text for every pair of `result` that `analyses` covers.
    /// - Complexity: O(n) in the size of the analyses.
    public static func text(_ result: ComparableMatch, analyses: MatchAnalyses, width: Int = 0) -> String {
        var out = ""
        for (number, matched) in result.pairs.enumerated() {
            out += text(matched, number: number, analysis: analyses.analysis(of: matched), width: width)
        }
        return out
    }

    /// Hands the same text as ``text(_:analyses:width:)`` to `emit` a pair at a time, the pairs analysed a batch
    /// at a time (`analyses` is called with each batch: at most `batch` pairs and
    /// ``MatchJSONWriter/batchSentences`` sentences), so that the analyses are never held whole.
    /// - Throws: what `analyses` and `emit` throw.
    /// - Complexity: O(n) in the size of the analyses; memory O(batch) pairs besides the result.
    public static func write(_ result: ComparableMatch, analyses: ([MatchedPair]) throws -> MatchAnalyses,
                             width: Int = 0, batch: Int = 64, to emit: (String) throws -> Void) throws {
        try MatchJSONWriter.forEachAnalysedPair(result, batch: batch, analyses: analyses) { number, matched, analysis in
            try emit(text(matched, number: number, analysis: analysis, width: width))
        }
    }

    /// The text of one pair ("" without an analysis).
    private static func text(_ matched: MatchedPair, number: Int, analysis: PairAnalysis?, width: Int) -> String {
        guard let analysis else { return "" }
        var out = ""
        let summary = analysis.summary
        out += "== events of pair \(number + 1): \(matched.source.id)  <->  \(matched.target.id)\n"
        let card = analysis.card
        out += "   event date: \(card.eventDate ?? "unknown") (published: source \(published(card.sourcePublished)), "
        out += "target \(published(card.targetPublished)))\n"
        out += "   lead source: \(clip(card.source, width))\n   lead target: \(clip(card.target, width))\n"
        for figure in card.figures {
            out += "   figure: \(figure.source) | \(figure.target) | \(figure.agree ? "agree" : "DIFFER")\n"
        }
        out += names("who", card.who) + names("where", card.places)
        out += thread(card, width: width)
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
        return out
    }

    /// "2019-07-15", with where an HTML page states it: "2019-07-15 from meta article:published_time".
    private static func published(_ date: PublicationDate?) -> String {
        guard let date else { return "unknown" }
        guard date.origin == .page else { return date.date.iso }
        return "\(date.date.iso) from \(date.field ?? "the page")"
    }

    /// "   who: shared A, B; only source: C; only target: D" (parts without names left out).
    private static func names(_ label: String, _ names: SidedNames) -> String {
        let parts = [("shared", names.shared), ("only source", names.onlySource), ("only target", names.onlyTarget)]
            .filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: ", "))" }
        return parts.isEmpty ? "" : "   \(label): \(parts.joined(separator: "; "))\n"
    }

    /// For two moments of a thread: each side's own event date, and the background the later one retells.
    private static func thread(_ card: EventSummary, width: Int) -> String {
        guard let thread = card.thread else { return "" }
        var out = "   story thread: the source's own event \(card.sourceStory.date ?? "undated"), the target's "
        out += "\(card.targetStory.date ?? "undated"), \(thread.daysApart) days apart\n"
        for fact in thread.background {
            let date = fact.date.map { " (\($0))" } ?? ""
            out += "     background in \(thread.later.rawValue)\(date): \(clip(fact.source.text, width))\n"
            out += "       = \(clip(fact.target.text, width))\n"
        }
        return out
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        return String(text.prefix(max(width - 1, 1))) + "…"
    }
}
