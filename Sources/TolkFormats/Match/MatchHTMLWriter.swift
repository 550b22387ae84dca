import TolkAlign
import TolkEvents
import TolkMatch
import TolkPhrasing
import TolkText

/// Writes a ``ComparableMatch`` as one self-contained HTML page (`tolk match --format html`).
///
/// Per pair: the whole-pair summary and the events on top (one line per language, entities, dates, numbers,
/// what only one side reports), the linked entities as chips, then the two articles side by side. Matched
/// statements carry the same number and colour on both sides; hovering or clicking one highlights (and scrolls
/// to) its counterpart; one-sided statements are marked. All article text is escaped; the page has inline CSS
/// and a little inline JavaScript and loads nothing, so it works offline.
public enum MatchHTMLWriter {
    /// The page for `result`, with the entities and events of `analyses`.
    /// - Parameter phrasing: the phrasing comparison of a pair (``PhrasingHTML/section(_:)``), shown after its
    ///   summary; nil for none.
    /// - Complexity: O(n) in the size of the result and the documents.
    public static func html(_ result: ComparableMatch, analyses: MatchAnalyses,
                            phrasing: ((MatchedPair) -> PhrasingComparison)? = nil) -> String {
        var body = index(result, analyses: analyses)
        for (number, matched) in result.pairs.enumerated() {
            body += section(matched, number: number, analysis: analyses.analysis(of: matched), phrasing: phrasing)
        }
        return opening(phrasing: phrasing != nil) + body + closing(result)
    }

    /// Hands the page for `result` to `emit` piece by piece: the same bytes as ``html(_:analyses:phrasing:)``, but
    /// the pairs are analysed a batch at a time (`analyses` is called with each batch: at most `batch` pairs and
    /// ``MatchJSONWriter/batchSentences`` sentences) and their sections are held in a temporary file until the
    /// index of pairs that opens the page is written, so that neither the analyses nor the page are held whole.
    /// - Throws: what `analyses` and `emit` throw; ``TextError/unwritable(path:reason:)`` when the temporary file
    ///   cannot be written.
    /// - Complexity: O(n) in the size of the result and the documents; memory O(batch) pairs besides the result.
    public static func write(_ result: ComparableMatch, analyses: ([MatchedPair]) throws -> MatchAnalyses,
                             phrasing: ((MatchedPair) -> PhrasingComparison)? = nil, batch: Int = 64,
                             to emit: (String) throws -> Void) throws {
        let sections = try ScratchText()
        var entries: [String] = []
        try MatchJSONWriter.forEachAnalysedPair(result, batch: batch, analyses: analyses) { number, matched, analysis in
            entries.append(indexEntry(matched, number: number, card: analysis?.card))
            try sections.append(section(matched, number: number, analysis: analysis, phrasing: phrasing))
        }
        try emit(opening(phrasing: phrasing != nil) + indexList(entries))
        try sections.readBack(emit)
        try emit(closing(result))
    }

    /// One pair's section: its summary, its phrasing comparison when asked for, and the two articles.
    private static func section(_ matched: MatchedPair, number: Int, analysis: PairAnalysis?,
                                phrasing: ((MatchedPair) -> PhrasingComparison)?) -> String {
        let section = phrasing.map { PhrasingHTML.section($0(matched)) } ?? ""
        return MatchHTMLPair(matched: matched, analysis: analysis, number: number + 1, phrasingSection: section).html()
    }

    /// The page up to its body: head, style and legend.
    private static func opening(phrasing: Bool) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Tolk: matched coverage</title>
        <style>\(MatchHTMLStyle.css)\(phrasing ? PhrasingHTML.css : "")</style></head>
        <body><header><h1>Tolk: matched coverage</h1>
        <p class="legend"><span class="st mt" style="--h:210"><sup class="badge">1</sup>matched statement</span>
        <span class="st rel" style="--h:30"><sup class="badge">≈1</sup>related, not matched</span>
        <span class="st only"><sup class="badge only-badge">only</sup>only one side</span>
        <mark class="em k-person">person</mark> <mark class="em k-organisation">organisation</mark>
        <mark class="em k-place">place</mark> <mark class="nm k-person">found on one side only</mark></p>
        </header>

        """
    }

    /// The page after the pairs' sections: the documents without a counterpart, and the script.
    private static func closing(_ result: ComparableMatch) -> String {
        var body = ""
        if !result.unmatchedSources.isEmpty || !result.unmatchedTargets.isEmpty {
            body += "<section class=\"unmatched\"><h2>Documents without a counterpart</h2><ul>"
            for document in result.unmatchedSources { body += "<li>source: \(HTMLText.escape(document.id))</li>" }
            for document in result.unmatchedTargets { body += "<li>target: \(HTMLText.escape(document.id))</li>" }
            body += "</ul></section>"
        }
        if result.pairs.isEmpty && result.unmatchedSources.isEmpty && result.unmatchedTargets.isEmpty {
            body += "<p>No documents.</p>"
        }
        return body + "\n<script>\(MatchHTMLStyle.script)</script>\n</body></html>\n"
    }

    /// The list of pairs that opens the page: each pair's number, documents, event date and source lead, linked
    /// to its section.
    static func index(_ result: ComparableMatch, analyses: MatchAnalyses) -> String {
        indexList(result.pairs.enumerated().map { number, matched in
            indexEntry(matched, number: number, card: analyses.analysis(of: matched)?.card)
        })
    }

    /// The index of pairs from its entries ("" when there is none).
    private static func indexList(_ entries: [String]) -> String {
        guard !entries.isEmpty else { return "" }
        return "<nav class=\"index\"><h2>\(entries.count) pair\(entries.count == 1 ? "" : "s")</h2><ol>"
            + entries.joined() + "</ol></nav>"
    }

    /// One pair's entry in the index: its number, documents, event date and source lead, linked to its section.
    private static func indexEntry(_ matched: MatchedPair, number: Int, card: EventSummary?) -> String {
        var out = "<li><a href=\"#pair-\(number + 1)\">\(HTMLText.escape(matched.source.id)) ⇄ "
        out += "\(HTMLText.escape(matched.target.id))</a> <span class=\"d\">\(HTMLText.escape(card?.eventDate ?? ""))</span> "
        let lead = card?.source ?? ""
        out += HTMLText.escape(lead.count > 140 ? String(lead.prefix(139)) + "…" : lead) + "</li>"
        return out
    }
}
