import TolkAlign
import TolkEvents
import TolkMatch
import TolkText

/// The TolkEvents analysis of every pair of a match result, found by the pair's document ids.
///
/// ```swift
/// let analyses = try MatchAnalyses(result, analyzer: PairAnalyzer(gazetteer: gazetteer))
/// let json = try MatchJSONWriter(annotate: analyses.annotate).json(result)
/// ```
public struct MatchAnalyses: Sendable {
    private var byPair: [PairKey: PairAnalysis] = [:]

    private struct PairKey: Hashable, Sendable {
        let source: String
        let target: String
    }

    /// Analyses every pair of `result` with `analyzer`.
    /// - Throws: ``TextError`` when ICU cannot open iterators for a document's language.
    /// - Complexity: O(n) in the total length of the paired documents, plus event grouping per pair.
    /// - Parameter published: publication dates by document id, as the input gave them (documents without one
    ///   are dated by a leading `date` stamp of their text, if any).
    public init(_ result: ComparableMatch, analyzer: PairAnalyzer, published: [String: PublicationDate] = [:]) throws {
        for matched in result.pairs {
            byPair[PairKey(source: matched.source.id, target: matched.target.id)] = try analyzer.analyze(
                matched, sourcePublished: published[matched.source.id], targetPublished: published[matched.target.id])
        }
    }

    /// Analyses every pair of `result` on up to `workers` threads, each with its own analyzer from
    /// `makeAnalyzer` (analyzers are not thread-safe); the result is the same as with one analyzer.
    /// - Throws: ``TextError`` when ICU cannot open iterators for a document's language (the first pair's).
    /// - Complexity: O(n) in the total length of the paired documents, plus event grouping per pair, spread
    ///   over the workers.
    public init(_ result: ComparableMatch, workers: Int = Parallel.defaultWorkers,
                published: [String: PublicationDate] = [:],
                analyzers makeAnalyzer: @Sendable () throws -> PairAnalyzer) throws {
        // Longest pairs first, so that the last ones handed out are short.
        let costs = result.pairs.map { $0.source.text.utf8.count + $0.target.text.utf8.count }
        let analyses = try Parallel.map(result.pairs, workers: workers, costs: costs, state: makeAnalyzer) {
            analyzer, matched in
            try analyzer.analyze(matched, sourcePublished: published[matched.source.id],
                                 targetPublished: published[matched.target.id])
        }
        for (matched, analysis) in zip(result.pairs, analyses) {
            byPair[PairKey(source: matched.source.id, target: matched.target.id)] = analysis
        }
    }

    /// The analysis of `matched`, if it was part of the result.
    public func analysis(of matched: MatchedPair) -> PairAnalysis? {
        byPair[PairKey(source: matched.source.id, target: matched.target.id)]
    }

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
