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
            let section = phrasing.map { PhrasingHTML.section($0(matched)) } ?? ""
            body += MatchHTMLPair(matched: matched, analysis: analyses.analysis(of: matched), number: number + 1,
                                  phrasingSection: section).html()
        }
        if !result.unmatchedSources.isEmpty || !result.unmatchedTargets.isEmpty {
            body += "<section class=\"unmatched\"><h2>Documents without a counterpart</h2><ul>"
            for document in result.unmatchedSources { body += "<li>source: \(HTMLText.escape(document.id))</li>" }
            for document in result.unmatchedTargets { body += "<li>target: \(HTMLText.escape(document.id))</li>" }
            body += "</ul></section>"
        }
        if result.pairs.isEmpty && result.unmatchedSources.isEmpty && result.unmatchedTargets.isEmpty {
            body += "<p>No documents.</p>"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tolk: matched coverage</title>
            <style>\(MatchHTMLStyle.css)\(phrasing == nil ? "" : PhrasingHTML.css)</style></head>
            <body><header><h1>Tolk: matched coverage</h1>
            <p class="legend"><span class="st mt" style="--h:210"><sup class="badge">1</sup>matched statement</span>
            <span class="st rel" style="--h:30"><sup class="badge">≈1</sup>related, not matched</span>
            <span class="st only"><sup class="badge only-badge">only</sup>only one side</span>
            <mark class="em k-person">person</mark> <mark class="em k-organisation">organisation</mark>
            <mark class="em k-place">place</mark> <mark class="nm k-person">found on one side only</mark></p>
            </header>
            \(body)
            <script>\(MatchHTMLStyle.script)</script>
            </body></html>

            """
    }

    /// The list of pairs that opens the page: each pair's number, documents, event date and source lead, linked
    /// to its section.
    static func index(_ result: ComparableMatch, analyses: MatchAnalyses) -> String {
        guard !result.pairs.isEmpty else { return "" }
        var out = "<nav class=\"index\"><h2>\(result.pairs.count) pair\(result.pairs.count == 1 ? "" : "s")</h2><ol>"
        for (number, matched) in result.pairs.enumerated() {
            let card = analyses.analysis(of: matched)?.card
            out += "<li><a href=\"#pair-\(number + 1)\">\(HTMLText.escape(matched.source.id)) ⇄ "
            out += "\(HTMLText.escape(matched.target.id))</a> <span class=\"d\">\(HTMLText.escape(card?.eventDate ?? ""))</span> "
            let lead = card?.source ?? ""
            out += HTMLText.escape(lead.count > 140 ? String(lead.prefix(139)) + "…" : lead) + "</li>"
        }
        return out + "</ol></nav>"
    }
}
