import TolkAlign
import TolkEntities
import TolkEvents
import TolkMatch
import TolkText

/// The HTML section of one document pair: the summary card, the events and the phrasing comparison (folded, so
/// that the articles start within a screen of the card), entity chips, and the two articles.
struct MatchHTMLPair {
    let matched: MatchedPair
    let analysis: PairAnalysis?
    let number: Int
    /// The phrasing comparison's HTML (``PhrasingHTML``), or empty.
    var phrasingSection = ""

    func html() -> String {
        let statements = matched.statements
        var out = "<section class=\"pair\" id=\"pair-\(number)\">"
        out += "<h2>Pair \(number): \(HTMLText.escape(matched.source.id)) ⇄ \(HTMLText.escape(matched.target.id))"
        out += " <small>score \(Self.format(matched.pair.score)) · \(statements.groups.count) matched · "
        if !statements.partial.isEmpty { out += "\(statements.partial.count) partial · " }
        let uncertain = statements.uncertainSource.count + statements.uncertainTarget.count
        if uncertain > 0 { out += "\(uncertain) uncertain · " }
        out += "\(statements.onlyInSource.count) only in source · \(statements.onlyInTarget.count) only in target</small></h2>"
        if let analysis {
            out += MatchHTMLCard(card: analysis.card).html()
            let events = analysis.summary.events.count
            out += "<details class=\"more\"><summary>Events (\(events)) and what only one side reports</summary>"
            out += summary(analysis) + "</details>" + chips(analysis.links)
        }
        if !phrasingSection.isEmpty {
            out += "<details class=\"more\"><summary>Phrasing compared</summary>\(phrasingSection)</details>"
        }
        let (sourceMarks, targetMarks) = marks()
        out += "<div class=\"articles\">"
        out += column(side: "source", document: matched.source, marks: sourceMarks)
        out += column(side: "target", document: matched.target, marks: targetMarks)
        out += "</div></section>"
        return out
    }

    /// Sentence marks of both sides: statement numbers (matched first, then related pairs), events, one-sided.
    private func marks() -> ([Int: HTMLArticle.SentenceMark], [Int: HTMLArticle.SentenceMark]) {
        var source: [Int: HTMLArticle.SentenceMark] = [:], target: [Int: HTMLArticle.SentenceMark] = [:]
        for index in matched.statements.onlyInSource { source[index] = HTMLArticle.SentenceMark() }
        for index in matched.statements.onlyInTarget { target[index] = HTMLArticle.SentenceMark() }
        for item in matched.statements.uncertainSource {
            source[item.sentence] = HTMLArticle.SentenceMark(uncertain: (item.counterpart, item.probability))
        }
        for item in matched.statements.uncertainTarget {
            target[item.sentence] = HTMLArticle.SentenceMark(uncertain: (item.counterpart, item.probability))
        }
        // One mark per statement group: a sentence with several counterparts carries its group's number.
        let groups = matched.statements.groups
        for (offset, group) in groups.enumerated() {
            let mark = HTMLArticle.SentenceMark(statement: "\(offset + 1)", hue: Self.hue(offset))
            for index in group.statement.sourceSentences { source[index] = mark }
            for index in group.statement.targetSentences { target[index] = mark }
        }
        var related = groups.count
        // Partial statements (a shared fact) are marked as related pairs; a sentence also in a match keeps its mark.
        for match in matched.statements.partial {
            let mark = HTMLArticle.SentenceMark(statement: "\(related + 1)", related: true, hue: Self.hue(related))
            related += 1
            for index in match.sourceSentences where source[index]?.statement == nil { source[index] = mark }
            for index in match.targetSentences where target[index]?.statement == nil { target[index] = mark }
        }
        for event in analysis?.summary.events ?? [] {
            for pair in event.statements where !pair.matched {
                let mark = HTMLArticle.SentenceMark(statement: "\(related + 1)", related: true, hue: Self.hue(related))
                related += 1
                for index in pair.source.sentences { source[index] = mark }
                for index in pair.target.sentences { target[index] = mark }
            }
            for pair in event.statements {
                for index in pair.source.sentences { source[index]?.event = event.number }
                for index in pair.target.sentences { target[index]?.event = event.number }
            }
            for statement in event.onlyInSource { for index in statement.sentences { source[index]?.event = event.number } }
            for statement in event.onlyInTarget { for index in statement.sentences { target[index]?.event = event.number } }
        }
        return (source, target)
    }

    private func column(side: String, document: ComparableDocument, marks: [Int: HTMLArticle.SentenceMark]) -> String {
        var mentions: [HTMLArticle.MentionMark] = []
        if let analysis {
            var linked: [Range<Int>: Int] = [:]
            for (index, link) in analysis.links.enumerated() {
                for mention in side == "source" ? link.sourceMentions : link.targetMentions where mention.range.count == 2 {
                    linked[mention.range[0]..<mention.range[1]] = index
                }
            }
            for mention in side == "source" ? analysis.sourceMentions : analysis.targetMentions {
                mentions.append(HTMLArticle.MentionMark(range: mention.range, link: linked[mention.range],
                                                        kind: mention.kind.rawValue))
            }
        }
        let article = HTMLArticle(text: document.text, sentences: document.sentences, marks: marks, mentions: mentions,
                                  side: side)
        let language = document.language?.rawValue ?? ""
        return "<div class=\"col \(side)\"><h3>\(side == "source" ? "Source" : "Target") · \(HTMLText.escape(language))"
            + " · \(HTMLText.escape(document.id))</h3><div class=\"article\" lang=\"\(HTMLText.escape(language))\">"
            + article.html() + "</div></div>"
    }

    private func summary(_ analysis: PairAnalysis) -> String {
        let summary = analysis.summary
        var out = "<div class=\"summary\"><div class=\"lines\"><p class=\"src\">\(HTMLText.escape(summary.sourceSummary))</p>"
        out += "<p class=\"tgt\">\(HTMLText.escape(summary.targetSummary))</p></div><ol class=\"events\">"
        for event in summary.events { out += MatchHTMLEvent(event: event).html() }
        out += "</ol>"
        if !summary.unattachedSource.isEmpty || !summary.unattachedTarget.isEmpty {
            out += "<details><summary>Statements outside every event (\(summary.unattachedSource.count) source, "
            out += "\(summary.unattachedTarget.count) target)</summary><ul class=\"only-list\">"
            for statement in summary.unattachedSource {
                out += "<li class=\"side-source\"><b>only in source:</b> \(HTMLText.escape(statement.text))</li>"
            }
            for statement in summary.unattachedTarget {
                out += "<li class=\"side-target\"><b>only in target:</b> \(HTMLText.escape(statement.text))</li>"
            }
            out += "</ul></details>"
        }
        return out + "</div>"
    }

    private func chips(_ links: [EntityLink]) -> String {
        guard !links.isEmpty else { return "" }
        var out = "<div class=\"chips\"><span class=\"label\">Linked entities</span>"
        for (index, link) in links.enumerated() {
            let names = link.source == link.target ? HTMLText.escape(link.source)
                : "\(HTMLText.escape(link.source)) ⇄ \(HTMLText.escape(link.target))"
            let title = HTMLText.escape("\(link.kind.rawValue); \(link.evidence.joined(separator: ", ")); "
                + "\(link.sourceMentions.count) + \(link.targetMentions.count) mentions")
            out += "<button class=\"chip k-\(link.kind.rawValue)\" data-e=\"\(index)\" title=\"\(title)\">\(names)"
            out += " <small>\(link.sourceMentions.count)·\(link.targetMentions.count)</small></button>"
        }
        return out + "</div>"
    }

    static func hue(_ index: Int) -> Int { (index * 47 + 200) % 360 }

    static func format(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return "\(scaled)"
    }
}
