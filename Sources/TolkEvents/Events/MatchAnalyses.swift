import TolkAlign
import TolkMatch
import TolkText

/// The analysis of every pair of a match result (entities, links, events: ``PairAnalyzer``), found by the
/// pair's document ids.
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
        try self.init(pairs: result.pairs, workers: workers, published: published, analyzers: makeAnalyzer)
    }

    /// Analyses `pairs` (some pairs of a result, such as one batch of a writer) as
    /// ``init(_:workers:published:analyzers:)`` does.
    public init(pairs: [MatchedPair], workers: Int = Parallel.defaultWorkers,
                published: [String: PublicationDate] = [:],
                analyzers makeAnalyzer: @Sendable () throws -> PairAnalyzer) throws {
        // Longest pairs first, so that the last ones handed out are short.
        let costs = pairs.map { $0.source.text.utf8.count + $0.target.text.utf8.count }
        let analyses = try Parallel.map(pairs, workers: workers, costs: costs, state: makeAnalyzer) {
            analyzer, matched in
            try analyzer.analyze(matched, sourcePublished: published[matched.source.id],
                                 targetPublished: published[matched.target.id])
        }
        for (matched, analysis) in zip(pairs, analyses) {
            byPair[PairKey(source: matched.source.id, target: matched.target.id)] = analysis
        }
    }

    /// Analyses `pairs` as ``init(pairs:workers:published:analyzers:)`` does, each thread with an analyzer lent by
    /// `pool` (kept there for the next call, with its caches).
    public init(pairs: [MatchedPair], workers: Int = Parallel.defaultWorkers,
                published: [String: PublicationDate] = [:], pool: PairAnalyzerPool) throws {
        let costs = pairs.map { $0.source.text.utf8.count + $0.target.text.utf8.count }
        let analyses = try Parallel.map(pairs, workers: workers, costs: costs, state: { try pool.lease() }) {
            lease, matched in
            try lease.analyzer.analyze(matched, sourcePublished: published[matched.source.id],
                                       targetPublished: published[matched.target.id])
        }
        for (matched, analysis) in zip(pairs, analyses) {
            byPair[PairKey(source: matched.source.id, target: matched.target.id)] = analysis
        }
    }

    /// The analysis of `matched`, if it was part of the result.
    public func analysis(of matched: MatchedPair) -> PairAnalysis? {
        byPair[PairKey(source: matched.source.id, target: matched.target.id)]
    }
}
