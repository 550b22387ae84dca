import TolkEvents
import TolkPhrasing

/// Renders phrasing comparisons as HTML: a whole page for `tolk compare --format html`, or one section per
/// pair for the `tolk match` HTML report. All document text is escaped; nothing is loaded from outside.
public enum PhrasingHTML {
    /// The section of one comparison: the whole documents side by side, then every matched statement.
    /// - Complexity: O(n) in the size of the comparison.
    public static func section(_ comparison: PhrasingComparison) -> String {
        var out = "<section class=\"phrasing\"><h3>How each outlet phrases it</h3>"
        out += "<table class=\"phrasing\"><thead><tr><th></th><th>\(HTMLText.escape(comparison.sourceDocument)) "
            + "(\(HTMLText.escape(comparison.source.language)))</th><th>\(HTMLText.escape(comparison.targetDocument)) "
            + "(\(HTMLText.escape(comparison.target.language)))</th></tr></thead><tbody>"
        out += rows(comparison.source, comparison.target, statementLevel: false)
        out += "</tbody></table>"
        if !comparison.statements.isEmpty {
            out += "<table class=\"phrasing statements\"><tbody>"
            for (number, statement) in comparison.statements.enumerated() {
                out += "<tr class=\"statement\"><th>[\(number + 1)]</th>"
                    + "<td>\(HTMLText.escape(statement.sourceText))</td>"
                    + "<td>\(HTMLText.escape(statement.targetText))</td></tr>"
                out += rows(statement.source, statement.target, statementLevel: true)
            }
            out += "</tbody></table>"
        }
        return out + "</section>"
    }

    /// A self-contained page of `comparisons`.
    public static func page(_ comparisons: [PhrasingComparison]) -> String {
        let body = comparisons.isEmpty ? "<p>No matched document pairs.</p>" : comparisons.map(section).joined()
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tolk: phrasing compared</title>
            <style>body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}\(css)</style></head>
            <body><h1>Tolk: phrasing compared</h1>
            \(body)
            </body></html>

            """
    }

    /// The styles of the phrasing tables (scoped to them, so they can join another page's styles).
    public static let css = """
        table.phrasing{border-collapse:collapse;width:100%;margin:.6em 0 1.2em}
        table.phrasing th,table.phrasing td{border-bottom:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
        table.phrasing th{width:10em;color:#555;font-weight:600}
        table.phrasing tr.statement td{background:#f4f6fa;font-style:italic}
        table.phrasing td{width:45%}
        .chip{display:inline-block;border-radius:.8em;padding:0 .5em;margin:.1em;background:#e8eef8}
        .chip.hedge{background:#fbeedd}.chip.certainty{background:#e2f4e4}.chip.evaluative{background:#f6e3ef}
        """

    static func rows(_ source: SidePhrasing, _ target: SidePhrasing, statementLevel: Bool) -> String {
        func chips(_ items: [String], _ kind: String) -> String {
            var seen: Set<String> = []
            let distinct = items.filter { seen.insert($0).inserted }
            guard !distinct.isEmpty else { return "–" }
            return distinct.map { "<span class=\"chip \(kind)\">\(HTMLText.escape($0))</span>" }.joined(separator: " ")
        }
        func cited(_ side: SidePhrasing) -> [String] {
            side.attributions.map { $0.sources.isEmpty ? $0.cue : $0.sources.joined(separator: ", ") + " (" + $0.cue + ")" }
        }
        var lines: [(String, String, String)] = [
            ("cited", chips(cited(source), "source"), chips(cited(target), "source")),
            ("reporting verbs", chips(source.reportingVerbs.map(\.text), "verb"), chips(target.reportingVerbs.map(\.text), "verb")),
            ("hedges", chips(source.hedges.map(\.text), "hedge"), chips(target.hedges.map(\.text), "hedge")),
            ("certainty", chips(source.certainty.map(\.text), "certainty"), chips(target.certainty.map(\.text), "certainty")),
            ("evaluative", chips(source.evaluative.map(\.text), "evaluative"), chips(target.evaluative.map(\.text), "evaluative")),
            ("quotes", chips(source.quotations.map(\.text), "quote"), chips(target.quotations.map(\.text), "quote")),
        ]
        if statementLevel {
            lines.append(("mode", HTMLText.escape(source.mode.rawValue), HTMLText.escape(target.mode.rawValue)))
            lines.append(("only this side", chips(source.onlyHere, "only"), chips(target.onlyHere, "only")))
        }
        return lines.filter { !($0.1 == "–" && $0.2 == "–") }
            .map { "<tr><th>\(HTMLText.escape($0.0))</th><td>\($0.1)</td><td>\($0.2)</td></tr>" }.joined()
    }

}
