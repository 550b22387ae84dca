import Foundation
import TolkAlign
import TolkText

/// Finds which source documents cover the same story as which target documents.
///
/// Three steps keep the work near-linear in the number of documents: an inverted index over each side's
/// cross-language keys (names, numbers, lexicon translations, cognate spellings) proposes the top candidates of
/// every document on both sides, read from its rarest keys within a bounded number of postings
/// (``CandidateIndex``); only those candidate pairs are scored in full (the
/// weighted cosine of all shared keys); and an assignment keeps pairs greedily by score (one-to-one, so each
/// kept pair is the mutual best of what is left) or, with clusters, every pair above the threshold.
///
/// ```swift
/// let pairer = try DocumentPairer(options: MatchOptions())
/// let pairing = pairer.pair(source: danishDocuments, target: englishDocuments)
/// for pair in pairing.pairs { print(pair.source, pair.target, pair.score) }
/// ```
public struct DocumentPairer: Sendable {
    /// The settings in use.
    public let options: MatchOptions
    private let sourceExtractor: EvidenceExtractor
    private let targetExtractor: EvidenceExtractor

    /// A pairer with `options`.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when a setting is out of range.
    public init(options: MatchOptions = MatchOptions()) throws(AlignmentError) {
        try options.validate()
        self.options = options
        sourceExtractor = EvidenceExtractor(side: .source, lexicon: options.lexicon)
        targetExtractor = EvidenceExtractor(side: .target, lexicon: options.lexicon)
    }

    /// Pairs source documents with target documents.
    /// - Returns: the pairs (indices into `source` and `target`) best first, and the documents left over.
    /// - Complexity: O(k log k + (s + t) x p) for k keys in all documents and p postings read per document
    ///   (``MatchOptions/candidatePostings``, or the documents of the other side within its window); memory O(k).
    public func pair(source: [ComparableDocument], target: [ComparableDocument]) -> DocumentPairing {
        let sourceProfiles = source.map { sourceProfile(of: $0.sentences.map(\.text)) }
        let targetProfiles = target.map { targetProfile(of: $0.sentences.map(\.text)) }
        return pair(sourceProfiles: sourceProfiles, targetProfiles: targetProfiles)
    }

    /// The profile of a source document's sentences.
    func sourceProfile(of sentences: [String]) -> DocumentProfile {
        DocumentProfile(evidence: sentences.map(sourceExtractor.evidence(for:)))
    }

    /// The profile of a target document's sentences.
    func targetProfile(of sentences: [String]) -> DocumentProfile {
        DocumentProfile(evidence: sentences.map(targetExtractor.evidence(for:)))
    }

    /// Pairs documents given as profiles.
    func pair(sourceProfiles: [DocumentProfile], targetProfiles: [DocumentProfile]) -> DocumentPairing {
        let scored = candidates(sourceProfiles: sourceProfiles, targetProfiles: targetProfiles)
            .filter { $0.score >= options.minimumDocumentScore }
        return assign(scored, sourceCount: sourceProfiles.count, targetCount: targetProfiles.count)
    }

    /// Candidate pairs with their cosines, best first (ties by source, then target index).
    package func candidates(sourceProfiles: [DocumentProfile], targetProfiles: [DocumentProfile]) -> [DocumentPair] {
        let statistics = KeyStatistics(source: sourceProfiles.lazy.map(\.keys), sourceCount: sourceProfiles.count,
                                       target: targetProfiles.lazy.map(\.keys), targetCount: targetProfiles.count)
        return scored(sources: sourceProfiles.map {
                          WeightedProfile($0, statistics: statistics, otherSide: statistics.targetFrequency)
                      },
                      targets: targetProfiles.map {
                          WeightedProfile($0, statistics: statistics, otherSide: statistics.sourceFrequency)
                      })
    }

    /// Candidate pairs of documents given as their sentences' evidence, best first. Each document's profile is
    /// made twice (once for the key statistics, once to weight it) instead of keeping every profile at once:
    /// at 10,000 x 10,000 documents the profiles are the largest tables of the pairing.
    /// - Complexity: O(k log k) in the keys of all documents, then as ``candidates(sourceProfiles:targetProfiles:)``.
    /// With `sourceDays` and `targetDays` (publication days, one per document; empty when none is dated), only
    /// documents at most ``MatchOptions/candidateWindowDays`` apart are proposed as candidates of each other.
    func candidates(sourceEvidence: [[SentenceEvidence]], targetEvidence: [[SentenceEvidence]],
                    sourceDays: [Int?] = [], targetDays: [Int?] = []) -> [DocumentPair] {
        candidates(source: sourceEvidence.map(DocumentEvidence.init(held:)),
                   target: targetEvidence.map(DocumentEvidence.init(held:)), sourceDays: sourceDays,
                   targetDays: targetDays)
    }

    /// ``candidates(sourceEvidence:targetEvidence:sourceDays:targetDays:)`` for documents' evidence held or not
    /// (``DocumentEvidence``).
    func candidates(source: [DocumentEvidence], target: [DocumentEvidence],
                    sourceDays: [Int?] = [], targetDays: [Int?] = []) -> [DocumentPair] {
        let statistics = KeyStatistics(
            source: source.lazy.map { $0.profile().keys }, sourceCount: source.count,
            target: target.lazy.map { $0.profile().keys }, targetCount: target.count)
        // Each document's weighted profile on its own: spread over the cores, in input order.
        return scored(sources: Parallel.map(source, state: {}) { _, evidence in
                          WeightedProfile(evidence.profile(), statistics: statistics,
                                          otherSide: statistics.targetFrequency)
                      },
                      targets: Parallel.map(target, state: {}) { _, evidence in
                          WeightedProfile(evidence.profile(), statistics: statistics,
                                          otherSide: statistics.sourceFrequency)
                      },
                      window: TimeWindow(days: options.candidateWindowDays, source: sourceDays, target: targetDays))
    }

    /// The candidate pairs of weighted profiles with their cosines, best first.
    private func scored(sources: [WeightedProfile], targets: [WeightedProfile],
                        window: TimeWindow = TimeWindow()) -> [DocumentPair] {
        let candidates = candidatePairs(sources: sources, targets: targets, window: window)
        var scored: [DocumentPair] = []
        scored.reserveCapacity(candidates.count)
        for (source, target) in candidates {
            let score = sources[source].cosine(targets[target])
            if score > 0 { scored.append(DocumentPair(source: source, target: target, score: score)) }
        }
        scored.sort(by: Self.isBetter)
        return scored
    }

    /// Order of pairs: higher score first, then lower source, then lower target index.
    static func isBetter(_ a: DocumentPair, _ b: DocumentPair) -> Bool {
        a.score != b.score ? a.score > b.score : (a.source != b.source ? a.source < b.source : a.target < b.target)
    }

    /// Candidate pairs: each document's top candidates by the partial cosine over its rarest keys
    /// (``CandidateIndex``), from both sides. Only pairs inside `window` are proposed.
    /// - Complexity: O(p log p) to index the p postings, then per document at most
    ///   ``MatchOptions/candidatePostings`` postings, or as many as the other side has documents in its window.
    private func candidatePairs(sources: [WeightedProfile], targets: [WeightedProfile],
                                window: TimeWindow) -> [(Int, Int)] {
        let targetIndex = CandidateIndex(profiles: targets, days: window.target)
        let sourceIndex = CandidateIndex(profiles: sources, days: window.source)
        let forward = nearest(sources, days: window.source, in: targetIndex, windowDays: window.days)
        let backward = nearest(targets, days: window.target, in: sourceIndex, windowDays: window.days)
        var pairs: Set<PairKey> = []
        for (source, best) in forward.enumerated() {
            for target in best { pairs.insert(PairKey(source: Int32(source), target: Int32(target))) }
        }
        for (target, best) in backward.enumerated() {
            for source in best { pairs.insert(PairKey(source: Int32(source), target: Int32(target))) }
        }
        return pairs.map { (Int($0.source), Int($0.target)) }
    }

    /// For each of `profiles` (one side's documents, published on `days`), the indices of its best candidates in
    /// `index` (the other side's). Each document reads at least ``MatchOptions/candidatePostings`` postings, or as
    /// many as the other side has documents in its window.
    private func nearest(_ profiles: [WeightedProfile], days: [Int?], in index: CandidateIndex, windowDays: Int?)
        -> [[Int]]
    {
        let limit = options.candidatesPerDocument
        let budget = options.candidatePostings
        return Parallel.map(Array(profiles.indices), state: { CandidateIndex.Scratch(documents: index.count) }) {
            scratch, document in
            let day = document < days.count ? days[document] : nil
            let reads = max(budget, index.documents(near: day, windowDays: windowDays))
            return index.best(for: profiles[document], day: day, windowDays: windowDays, budget: reads,
                              limit: limit, scratch: &scratch).indices
        }
    }

    /// Keeps pairs from `scored` (best first): one-to-one greedily, or every pair with clusters.
    func assign(_ scored: [DocumentPair], sourceCount: Int, targetCount: Int) -> DocumentPairing {
        var sourceUsed = [Bool](repeating: false, count: sourceCount)
        var targetUsed = [Bool](repeating: false, count: targetCount)
        var kept: [DocumentPair] = []
        for pair in scored {
            if !options.allowsClusters && (sourceUsed[pair.source] || targetUsed[pair.target]) { continue }
            sourceUsed[pair.source] = true
            targetUsed[pair.target] = true
            kept.append(pair)
        }
        return DocumentPairing(pairs: kept,
                               unmatchedSources: sourceUsed.indices.filter { !sourceUsed[$0] },
                               unmatchedTargets: targetUsed.indices.filter { !targetUsed[$0] })
    }
}

/// Blocking by time: the publication days and the window within which documents may be proposed as candidates
/// (``CandidateIndex`` reads only the postings inside it).
struct TimeWindow: Sendable {
    /// Most days apart; `nil` for no window.
    let days: Int?
    /// Publication days by source document (empty or `nil` entries: undated).
    let source: [Int?]
    /// Publication days by target document.
    let target: [Int?]

    init(days: Int? = nil, source: [Int?] = [], target: [Int?] = []) {
        self.days = days
        self.source = source
        self.target = target
    }

    /// The publication day of a source document, `nil` when undated or not given.
    func day(source index: Int) -> Int? { index < source.count ? source[index] : nil }

    /// The publication day of a target document, `nil` when undated or not given.
    func day(target index: Int) -> Int? { index < target.count ? target[index] : nil }
}

/// A (source, target) index pair, hashable.
private struct PairKey: Hashable {
    let source: Int32
    let target: Int32
}

/// The best few (score, index) entries seen, kept sorted best first; ties keep the lower index.
struct TopList: Sendable {
    private(set) var scores: [Float] = []
    private(set) var indices: [Int] = []

    /// Offers an entry; keeps at most `limit`.
    /// - Complexity: O(limit).
    mutating func insert(_ score: Float, index: Int, limit: Int) {
        if scores.count == limit, let last = scores.last, score <= last { return }
        var position = scores.count
        while position > 0 && scores[position - 1] < score { position -= 1 }
        scores.insert(score, at: position)
        indices.insert(index, at: position)
        if scores.count > limit {
            scores.removeLast()
            indices.removeLast()
        }
    }
}
