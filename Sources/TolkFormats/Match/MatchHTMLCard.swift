import TolkEvents
import TolkText

/// The summary card that opens a pair in the HTML report: event date and publication dates, the lead pair, the
/// figures both sides state (agree or differ), who and where (shared / one side only), and each side's story
/// when the two documents date their main events differently, with the background facts of a story thread.
struct MatchHTMLCard {
    let card: EventSummary

    func html() -> String {
        var out = "<div class=\"card\"><div class=\"card-head\"><span class=\"when\">"
        out += card.eventDate.map { "Event date <b>\(HTMLText.escape($0))</b>" } ?? "Event date unknown"
        out += "</span><span class=\"pub\">published: source \(published(card.sourcePublished)) · target "
        out += "\(published(card.targetPublished))</span></div>"
        out += "<div class=\"lines lead\"><p class=\"src\">\(HTMLText.escape(card.source))</p>"
        out += "<p class=\"tgt\">\(HTMLText.escape(card.target))</p></div>"
        if card.thread == nil, card.sourceStory.date != card.targetStory.date, card.sourceStory.date != nil,
           card.targetStory.date != nil {
            out += "<p class=\"thread\">Story thread: the source's own event is dated "
            out += "<b>\(HTMLText.escape(card.sourceStory.date ?? ""))</b>, the target's "
            out += "<b>\(HTMLText.escape(card.targetStory.date ?? ""))</b>.</p>"
        }
        out += background()
        out += figures()
        out += "<div class=\"who\">" + names("Who", card.who) + names("Where", card.places) + "</div>"
        return out + "</div>"
    }

    /// For two moments of a thread: each side's own event date, and the facts of the earlier one the later
    /// retells (folded).
    private func background() -> String {
        guard let thread = card.thread else { return "" }
        let later = thread.later == .source ? "source" : "target", earlier = thread.later == .source ? "target" : "source"
        var out = "<details class=\"background\"><summary>Story thread: the source's own event is dated "
        out += "<b>\(HTMLText.escape(card.sourceStory.date ?? ""))</b>, the target's "
        out += "<b>\(HTMLText.escape(card.targetStory.date ?? ""))</b> (\(thread.daysApart) days apart); "
        out += "\(thread.background.count) fact\(thread.background.count == 1 ? "" : "s") of the \(earlier) retold as "
        out += "background in the \(later)</summary><table class=\"figures\"><thead><tr><th>source</th>"
        out += "<th>target</th><th>dated</th></tr></thead><tbody>"
        for fact in thread.background {
            out += "<tr><td>\(HTMLText.escape(fact.source.text))</td><td>\(HTMLText.escape(fact.target.text))</td>"
            out += "<td>\(HTMLText.escape(fact.date ?? ""))</td></tr>"
        }
        return out + "</tbody></table></details>"
    }

    private func published(_ date: PublicationDate?) -> String {
        guard let date else { return "unknown" }
        let origin = switch date.origin {
        case .record: "record"
        case .leadingLine: "date line"
        case .option: "--date"
        case .page: date.field ?? "page"
        }
        return "\(HTMLText.escape(date.date.iso)) <small>(\(origin))</small>"
    }

    private func figures() -> String {
        guard !card.figures.isEmpty else { return "<p class=\"nofig\">No figure stated on both sides.</p>" }
        var out = "<table class=\"figures\"><thead><tr><th>source</th><th>target</th><th>value</th><th></th></tr>"
        out += "</thead><tbody>"
        for figure in card.figures {
            let unit = figure.unit.isEmpty || figure.unit == "date" ? "" : " " + figure.unit
            out += "<tr class=\"\(figure.agree ? "agree" : "differ")\"><td>\(HTMLText.escape(figure.source))</td>"
            out += "<td>\(HTMLText.escape(figure.target))</td><td>\(HTMLText.escape(figure.value + unit))</td>"
            out += "<td>\(figure.agree ? "✓ agree" : "✗ differ")</td></tr>"
        }
        return out + "</tbody></table>"
    }

    private func names(_ title: String, _ names: SidedNames) -> String {
        var out = "<div class=\"names\"><span class=\"label\">\(title)</span>"
        for name in names.shared { out += "<span class=\"fact ent\">\(HTMLText.escape(name))</span>" }
        for name in names.onlySource { out += "<span class=\"fact only-s\" title=\"source only\">\(HTMLText.escape(name))</span>" }
        for name in names.onlyTarget { out += "<span class=\"fact only-t\" title=\"target only\">\(HTMLText.escape(name))</span>" }
        return out + "</div>"
    }
}
