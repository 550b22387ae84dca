import TolkEvents
import TolkMatch

extension MatchAnalyses {
    /// Fills a JSON pair's `entities` (the links), `events` and `summary` (``JSONPairSummary``).
    public func annotate(_ matched: MatchedPair, _ pair: inout MatchJSON.Pair) {
        guard let analysis = analysis(of: matched) else { return }
        pair.entities = analysis.links.map(AnyEncodable.init)
        pair.events = analysis.summary.events.map(AnyEncodable.init)
        pair.summary = AnyEncodable(JSONPairSummary(analysis.summary, card: analysis.card))
        // A repeated paragraph is reported once: its copies are in `summary.repeated_source` / `_target`.
        let repeatedSource = Set(analysis.summary.repeatedSource.map(\.sentence))
        let repeatedTarget = Set(analysis.summary.repeatedTarget.map(\.sentence))
        pair.onlyInSource.removeAll { repeatedSource.contains($0.sentence) }
        pair.onlyInTarget.removeAll { repeatedTarget.contains($0.sentence) }
        pair.uncertainSource.removeAll { repeatedSource.contains($0.sentence) }
        pair.uncertainTarget.removeAll { repeatedTarget.contains($0.sentence) }
    }
}

/// The `summary` object of a JSON pair: the summary card (``EventSummary``: `event_date`, the lead statements
/// `source` and `target`, `figures`, `who`, `where`, publication dates, resolved date mentions, each side's
/// story), the number of events, the statements no event took, and the sentences that repeat an earlier one
/// (left out of the pair's `only_in_source` / `only_in_target`).
public struct JSONPairSummary: Encodable, Sendable {
    public var card: EventSummary
    public var eventCount: Int
    public var unattachedSource: [EventStatement]
    public var unattachedTarget: [EventStatement]
    public var repeatedSource: [RepeatedSentence]
    public var repeatedTarget: [RepeatedSentence]

    /// The JSON summary of `summary` and its card.
    public init(_ summary: PairSummary, card: EventSummary) {
        self.card = card
        eventCount = summary.events.count
        unattachedSource = summary.unattachedSource
        unattachedTarget = summary.unattachedTarget
        repeatedSource = summary.repeatedSource
        repeatedTarget = summary.repeatedTarget
    }

    enum CodingKeys: String, CodingKey {
        case eventCount, unattachedSource, unattachedTarget, repeatedSource, repeatedTarget
    }

    public func encode(to encoder: any Encoder) throws {
        try card.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(eventCount, forKey: .eventCount)
        try container.encode(unattachedSource, forKey: .unattachedSource)
        try container.encode(unattachedTarget, forKey: .unattachedTarget)
        try container.encode(repeatedSource, forKey: .repeatedSource)
        try container.encode(repeatedTarget, forKey: .repeatedTarget)
    }
}
