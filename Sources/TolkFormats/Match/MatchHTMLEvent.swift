import TolkEvents

/// The HTML card of one paired event: its two summary lines, entities, dates, numbers and one-sided statements.
struct MatchHTMLEvent {
    let event: PairedEvent

    func html() -> String {
        var out = "<li class=\"event\" data-ev=\"\(event.number)\"><div class=\"ev-head\">Event \(event.number)"
        out += " <small>weight \(event.weight) · \(event.statements.count) statement pair"
        out += event.statements.count == 1 ? "" : "s"
        out += "</small></div><div class=\"lines\"><p class=\"src\">\(HTMLText.escape(event.sourceSummary))</p>"
        out += "<p class=\"tgt\">\(HTMLText.escape(event.targetSummary))</p></div><div class=\"facts\">"
        for entity in event.entities {
            let name = entity.source == entity.target ? entity.source : "\(entity.source) ⇄ \(entity.target)"
            out += "<span class=\"fact ent\">\(HTMLText.escape(name))</span>"
        }
        for date in event.dates { out += "<span class=\"fact date\">\(HTMLText.escape(date.text))</span>" }
        for number in event.numbers { out += "<span class=\"fact num\">\(HTMLText.escape(number.text))</span>" }
        out += "</div>"
        // A summary line taken from a one-sided statement is not listed twice.
        let sourceOnly = event.onlyInSource.filter { $0.text != event.sourceSummary }
        let targetOnly = event.onlyInTarget.filter { $0.text != event.targetSummary }
        if !sourceOnly.isEmpty || !targetOnly.isEmpty {
            out += "<ul class=\"only-list\">"
            for statement in sourceOnly {
                out += "<li class=\"side-source\"><b>only in source:</b> \(HTMLText.escape(statement.text))</li>"
            }
            for statement in targetOnly {
                out += "<li class=\"side-target\"><b>only in target:</b> \(HTMLText.escape(statement.text))</li>"
            }
            out += "</ul>"
        }
        return out + "</li>"
    }
}
