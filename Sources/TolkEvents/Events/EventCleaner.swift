import TolkAlign
import TolkMatch
import TolkText

/// Makes a pair's events read cleanly: a sentence repeating an earlier one of its side (a repeated paragraph)
/// is reported once, apart; each event's dates are the resolved date expressions of its sentences and its
/// numbers are listed once per side; each event is titled by its lead statement pair.
struct EventCleaner {
    let pair: MatchedPair
    let sourceDates: DocumentDates
    let targetDates: DocumentDates
    /// The pair's lead sentences (``LeadFinder``).
    let leads: (source: [Int], target: [Int])

    /// Words a sentence needs to count as a repeat (a repeated "Foto:" or one-word line is not collapsed).
    static let minimumRepeatWords = 4

    func clean(_ summary: PairSummary) -> PairSummary {
        var result = summary
        let sourceRepeats = Self.repeats(pair.source.sentences), targetRepeats = Self.repeats(pair.target.sentences)
        result.events = summary.events.map { event in
            var event = event
            event.onlyInSource.removeAll { $0.sentences.allSatisfy { sourceRepeats[$0] != nil } }
            event.onlyInTarget.removeAll { $0.sentences.allSatisfy { targetRepeats[$0] != nil } }
            event.dates = dates(of: event)
            var seenNumbers: Set<String> = []
            event.numbers = event.numbers.filter { seenNumbers.insert("\($0.side.rawValue)|\($0.text.lowercased())").inserted }
            if let title = title(of: event) {
                event.sourceSummary = title.source
                event.targetSummary = title.target
            }
            return event
        }
        result.unattachedSource.removeAll { $0.sentences.allSatisfy { sourceRepeats[$0] != nil } }
        result.unattachedTarget.removeAll { $0.sentences.allSatisfy { targetRepeats[$0] != nil } }
        result.repeatedSource = Self.listed(sourceRepeats, pair.source.sentences)
        result.repeatedTarget = Self.listed(targetRepeats, pair.target.sentences)
        return result
    }

    /// Sentences that repeat an earlier sentence word for word (case and spacing aside): index → the first.
    static func repeats(_ sentences: [Sentence]) -> [Int: Int] {
        var first: [String: Int] = [:], result: [Int: Int] = [:]
        for (index, sentence) in sentences.enumerated() {
            let words = WhitespaceWords.split(sentence.text.lowercased())
            guard words.count >= minimumRepeatWords else { continue }
            let key = words.joined(separator: " ")
            if let earlier = first[key] { result[index] = earlier } else { first[key] = index }
        }
        return result
    }

    static func listed(_ repeats: [Int: Int], _ sentences: [Sentence]) -> [RepeatedSentence] {
        repeats.keys.sorted().compactMap { index in
            guard let earlier = repeats[index], sentences.indices.contains(index) else { return nil }
            let sentence = sentences[index]
            return RepeatedSentence(sentence: index, repeats: earlier, text: sentence.text,
                                    range: [sentence.range.lowerBound, sentence.range.upperBound])
        }
    }

    /// The resolved date expressions of the event's sentences, once per side, text and value.
    private func dates(of event: PairedEvent) -> [EventQuantity] {
        var result: [EventQuantity] = [], seen: Set<String> = []
        for (side, dates, sentences) in [(PairSide.source, sourceDates, sentences(of: event, side: .source)),
                                         (PairSide.target, targetDates, sentences(of: event, side: .target))] {
            for index in sentences.sorted() where dates.mentions.indices.contains(index) {
                for mention in dates.mentions[index]
                where seen.insert("\(side.rawValue)|\(mention.text.lowercased())|\(mention.iso ?? "")").inserted {
                    result.append(EventQuantity(side: side, text: mention.text, range: mention.range, iso: mention.iso))
                }
            }
        }
        return result
    }

    private func sentences(of event: PairedEvent, side: PairSide) -> Set<Int> {
        var result: Set<Int> = []
        for statement in event.statements { result.formUnion(side == .source ? statement.source.sentences : statement.target.sentences) }
        for statement in side == .source ? event.onlyInSource : event.onlyInTarget { result.formUnion(statement.sentences) }
        return result
    }

    /// The statement pair holding the pair's lead, else the event's first matched statement pair.
    private func title(of event: PairedEvent) -> (source: String, target: String)? {
        let matched = event.statements.filter(\.matched)
        let lead = matched.first { statement in
            statement.source.sentences.contains(where: leads.source.contains)
                || statement.target.sentences.contains(where: leads.target.contains)
        }
        return (lead ?? matched.first).map { ($0.source.text, $0.target.text) }
    }
}
