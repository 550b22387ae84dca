import Foundation
import TolkAlign
import TolkText

/// Finds which source documents cover the same story as which target documents.
///
/// Three steps keep the work near-linear in the number of documents: an inverted index over the target
/// documents' rare cross-language keys (names, numbers, lexicon translations, cognate spellings) proposes
/// the top candidates of every document on both sides; only those candidate pairs are scored in full (the
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
    /// - Complexity: O(k + (s + t) x c x p) for k keys in all documents, c candidates per document and p
    ///   postings per rare key (both bounded by options); memory O(k).
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
                      },
                      statistics: statistics)
    }

    /// Candidate pairs of documents given as their sentences' evidence, best first. Each document's profile is
    /// made twice (once for the key statistics, once to weight it) instead of keeping every profile at once:
    /// at 10,000 x 10,000 documents the profiles are the largest tables of the pairing.
    /// - Complexity: O(k log k) in the keys of all documents, then as ``candidates(sourceProfiles:targetProfiles:)``.
    /// With `sourceDays` and `targetDays` (publication days, one per document; empty when none is dated), only
    /// documents at most ``MatchOptions/candidateWindowDays`` apart are proposed as candidates of each other.
    func candidates(sourceEvidence: [[SentenceEvidence]], targetEvidence: [[SentenceEvidence]],
                    sourceDays: [Int?] = [], targetDays: [Int?] = []) -> [DocumentPair] {
        let statistics = KeyStatistics(
            source: sourceEvidence.lazy.map { DocumentProfile(evidence: $0).keys }, sourceCount: sourceEvidence.count,
            target: targetEvidence.lazy.map { DocumentProfile(evidence: $0).keys }, targetCount: targetEvidence.count)
        // Each document's weighted profile on its own: spread over the cores, in input order.
        return scored(sources: Parallel.map(sourceEvidence, state: {}) { _, evidence in
                          WeightedProfile(DocumentProfile(evidence: evidence), statistics: statistics,
                                          otherSide: statistics.targetFrequency)
                      },
                      targets: Parallel.map(targetEvidence, state: {}) { _, evidence in
                          WeightedProfile(DocumentProfile(evidence: evidence), statistics: statistics,
                                          otherSide: statistics.sourceFrequency)
                      },
                      statistics: statistics,
                      window: TimeWindow(days: options.candidateWindowDays, source: sourceDays, target: targetDays))
    }

    /// The candidate pairs of weighted profiles with their cosines, best first.
    private func scored(sources: [WeightedProfile], targets: [WeightedProfile],
                        statistics: KeyStatistics, window: TimeWindow = TimeWindow()) -> [DocumentPair] {
        let candidates = candidatePairs(sources: sources, targets: targets, statistics: statistics, window: window)
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

    /// Candidate pairs: each document's top candidates by the partial cosine over rare keys, from both sides.
    /// Only pairs inside `window` are proposed.
    private func candidatePairs(sources: [WeightedProfile], targets: [WeightedProfile],
                                statistics: KeyStatistics, window: TimeWindow) -> [(Int, Int)] {
        let limit = options.candidatesPerDocument
        let sourceCap = postingCap(documents: sources.count)
        let targetCap = postingCap(documents: targets.count)
        // Inverted index over the target documents' rare keys: key -> (target, weight).
        var postings: [UInt64: [(target: Int32, weight: Float)]] = [:]
        for (index, profile) in targets.enumerated() {
            for (position, key) in profile.keys.enumerated() {
                guard Int(statistics.targetFrequency[key] ?? 0) <= targetCap,
                      Int(statistics.sourceFrequency[key] ?? 0) <= sourceCap else { continue }
                postings[key, default: []].append((Int32(index), profile.weights[position]))
            }
        }
        var accumulator = [Float](repeating: 0, count: targets.count)
        var touched: [Int] = []
        var targetBest = [TopList](repeating: TopList(), count: targets.count)
        var pairs: Set<PairKey> = []
        for (source, profile) in sources.enumerated() {
            for (position, key) in profile.keys.enumerated() {
                guard let list = postings[key] else { continue }
                let weight = profile.weights[position]
                for posting in list {
                    let target = Int(posting.target)
                    guard window.holds(source: source, target: target) else { continue }
                    if accumulator[target] == 0 { touched.append(target) }
                    accumulator[target] += weight * posting.weight
                }
            }
            var sourceBest = TopList()
            for target in touched {
                let partial = accumulator[target]
                sourceBest.insert(partial, index: target, limit: limit)
                targetBest[target].insert(partial, index: source, limit: limit)
                accumulator[target] = 0
            }
            touched.removeAll(keepingCapacity: true)
            for target in sourceBest.indices { pairs.insert(PairKey(source: Int32(source), target: Int32(target))) }
        }
        for (target, best) in targetBest.enumerated() {
            for source in best.indices { pairs.insert(PairKey(source: Int32(source), target: Int32(target))) }
        }
        return pairs.map { (Int($0.source), Int($0.target)) }
    }

    /// Most documents of one side a key may be found in and still propose candidates.
    private func postingCap(documents: Int) -> Int {
        min(options.maximumPostings, max(8, Int(options.maximumDocumentShare * Double(documents))))
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

/// Blocking by time: which (source, target) document pairs may be proposed as candidates.
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

    /// Whether the two documents may be candidates: always unless both are dated and further apart than `days`.
    /// - Complexity: O(1).
    func holds(source sourceIndex: Int, target targetIndex: Int) -> Bool {
        guard let days, sourceIndex < source.count, targetIndex < target.count,
              let a = source[sourceIndex], let b = target[targetIndex] else { return true }
        return abs(a - b) <= days
    }
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
