import TolkAlign
import TolkEntities
import TolkMatch
import TolkText

/// Builds the ``EventSummary`` of a document pair from its statements, links, quantities and dates.
struct PairSummarizer {
    let pair: MatchedPair
    let links: [EntityLink]
    let sourceMentions: [EntityMention]
    let targetMentions: [EntityMention]
    let sourceDates: DocumentDates
    let targetDates: DocumentDates
    let sourceQuantities: [Quantity]
    let targetQuantities: [Quantity]
    let gazetteer: Gazetteer

    /// The summary card; `leads` from ``LeadFinder``.
    func summary(leads: (source: [Int], target: [Int])) -> EventSummary {
        let sourceStory = story(leads.source, sentences: pair.source.sentences, dates: sourceDates)
        let targetStory = story(leads.target, sentences: pair.target.sentences, dates: targetDates)
        let thread = StoryThread.of(pair, dates: (sourceStory.date, targetStory.date), leads: leads,
                                    sourceDates: sourceDates, targetDates: targetDates)
        let names = CardNames(pair: pair, links: links, sourceMentions: sourceMentions,
                              targetMentions: targetMentions, gazetteer: gazetteer).whoAndWhere()
        return EventSummary(
            eventDate: eventDate(leads), source: sourceStory.line.lead, target: targetStory.line.lead,
            sourceLeadSentences: leads.source, targetLeadSentences: leads.target, figures: figures(),
            who: names.who, places: names.places,
            sourcePublished: sourceDates.published, targetPublished: targetDates.published,
            sourceDates: sourceDates.all, targetDates: targetDates.all,
            sourceStory: sourceStory.line, targetStory: targetStory.line, thread: thread)
    }

    /// The day the leads date (source first), else the day one of the first sentences dates, else the
    /// publication date (source first).
    private func eventDate(_ leads: (source: [Int], target: [Int])) -> String? {
        if let day = leads.source.lazy.compactMap(sourceDates.eventDay).first { return day.iso }
        if let day = leads.target.lazy.compactMap(targetDates.eventDay).first { return day.iso }
        for index in 0..<3 {
            if let day = sourceDates.eventDay(in: index) ?? targetDates.eventDay(in: index) { return day.iso }
        }
        let published = [sourceDates.published?.date, targetDates.published?.date].compactMap { $0 }
        return (published.first { $0.hasDay } ?? published.first)?.iso
    }

    private func story(_ lead: [Int], sentences: [Sentence], dates: DocumentDates) -> (line: StoryLine, date: CalendarDate?) {
        let present = lead.filter(sentences.indices.contains)
        let date = present.lazy.compactMap(dates.eventDay).first ?? dates.published?.date
        return (StoryLine(lead: present.map { sentences[$0].text }.joined(separator: " "), date: date?.iso), date)
    }

    private func figures() -> [Figure] {
        func items(_ quantities: [Quantity], _ dates: DocumentDates, _ sentences: [Sentence]) -> [FigureMatcher.Item] {
            let absolute = dates.all.filter { $0.absolute && $0.iso != nil }
            var result: [FigureMatcher.Item] = []
            for mention in absolute {
                guard let sentence = sentences.firstIndex(where: { $0.range.contains(mention.range[0]) }) else { continue }
                result.append(FigureMatcher.Item(sentence: sentence, quantity: nil, date: mention))
            }
            for quantity in quantities where quantity.kind != .year {
                // A number inside a written date ("10" of "10. september") belongs to the date.
                if absolute.contains(where: { $0.range[0] < quantity.range.upperBound && quantity.range.lowerBound < $0.range[1] }) {
                    continue
                }
                guard let sentence = sentences.firstIndex(where: { $0.range.contains(quantity.range.lowerBound) }) else { continue }
                result.append(FigureMatcher.Item(sentence: sentence, quantity: quantity, date: nil))
            }
            return result
        }
        let matcher = FigureMatcher(statements: pair.statements.matches.map { ($0.sourceSentences, $0.targetSentences) })
        return matcher.figures(source: items(sourceQuantities, sourceDates, pair.source.sentences),
                               target: items(targetQuantities, targetDates, pair.target.sentences))
    }
}
