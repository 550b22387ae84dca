import TolkAlign
import TolkEvents
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
    public init(_ result: ComparableMatch, analyzer: PairAnalyzer) throws {
        for matched in result.pairs {
            byPair[PairKey(source: matched.source.id, target: matched.target.id)] = try analyzer.analyze(matched)
        }
    }

    /// Analyses every pair of `result` on up to `workers` threads, each with its own analyzer from
    /// `makeAnalyzer` (analyzers are not thread-safe); the result is the same as with one analyzer.
    /// - Throws: ``TextError`` when ICU cannot open iterators for a document's language (the first pair's).
    /// - Complexity: O(n) in the total length of the paired documents, plus event grouping per pair, spread
    ///   over the workers.
    public init(_ result: ComparableMatch, workers: Int = Parallel.defaultWorkers,
                analyzers makeAnalyzer: @Sendable () throws -> PairAnalyzer) throws {
        // Longest pairs first, so that the last ones handed out are short.
        let costs = result.pairs.map { $0.source.text.utf8.count + $0.target.text.utf8.count }
        let analyses = try Parallel.map(result.pairs, workers: workers, costs: costs, state: makeAnalyzer) {
            analyzer, matched in
            try analyzer.analyze(matched)
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
        pair.summary = AnyEncodable(JSONPairSummary(analysis.summary))
    }
}

/// The `summary` object of a JSON pair: the whole-pair lines and the statements no event took.
public struct JSONPairSummary: Encodable, Sendable {
    public var source: String
    public var target: String
    public var eventCount: Int
    public var unattachedSource: [EventStatement]
    public var unattachedTarget: [EventStatement]

    /// The JSON summary of `summary`.
    public init(_ summary: PairSummary) {
        source = summary.sourceSummary
        target = summary.targetSummary
        eventCount = summary.events.count
        unattachedSource = summary.unattachedSource
        unattachedTarget = summary.unattachedTarget
    }
}
