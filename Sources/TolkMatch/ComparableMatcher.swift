import Foundation
import TolkAlign
import TolkText

/// Pairs the source and target documents that cover the same story and matches the statements inside each
/// pair: the entry point of `tolk match`.
///
/// Document candidates come from ``DocumentPairer`` (inverted index, weighted cosine). The few best candidates
/// of every document are then verified by matching their statements: two documents cover the same story when
/// they share translated statements, not only names. A pair's evidence is the expected number of statements it
/// shares as translations (``TranslationAgreement``, which also counts the names, numbers and words that
/// contradict a match, so two articles about the same event do not pass for one); pairs with enough of it are
/// kept greedily by that number (one-to-one unless clusters are asked for), then the others by cosine and margin
/// (see ``assign(verified:candidates:sourceCount:targetCount:)``).
///
/// ```swift
/// let matcher = try ComparableMatcher(options: MatchOptions())
/// let result = matcher.match(source: danishDocuments, target: englishDocuments)
/// for pair in result.pairs {
///     print(pair.source.id, pair.target.id, pair.pair.score, pair.statements.matches.count)
/// }
/// ```
public struct ComparableMatcher: Sendable {
    /// The settings in use.
    public let options: MatchOptions
    /// The document pairer.
    public let pairer: DocumentPairer
    /// The statement matcher used inside each pair.
    public let statementMatcher: StatementMatcher

    /// A matcher with `options`.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when a setting is out of range.
    public init(options: MatchOptions = MatchOptions()) throws(AlignmentError) {
        self.options = options
        pairer = try DocumentPairer(options: options)
        statementMatcher = try StatementMatcher(options: options)
    }

    /// Pairs `source` with `target` documents, then matches statements inside every pair.
    /// - Parameter progress: called with (candidate pairs verified, candidate pairs to verify).
    /// - Returns: pairs best first, and the documents without counterpart in input order.
    /// - Complexity: O(k) to index the k keys of all documents, then one statement matching per verified
    ///   candidate (at most ``MatchOptions/verifiedCandidates`` per document on each side).
    public func match(source: [ComparableDocument], target: [ComparableDocument],
                      progress: ((Int, Int) -> Void)? = nil) -> ComparableMatch {
        // One pass over every document: its keys for pairing and for the per-side chance rates. Documents and
        // candidate pairs are spread over the cores, results in input order. A document's evidence is held while
        // its side's budget lasts (``DocumentEvidence``); the others' is made again part by part when matched.
        let matcher = statementMatcher
        let limit = options.maximumPartSentences, budget = options.heldEvidenceSentences
        let sourceEvidence = Self.evidence(source, limit: limit, budget: budget) { sentences, content in
            matcher.sourceEvidence(sentences.map(\.text), content: content)
        }
        let targetEvidence = Self.evidence(target, limit: limit, budget: budget) { sentences, content in
            matcher.targetEvidence(sentences.map(\.text), content: content)
        }
        var sourceRates = KeyRates()
        var targetRates = KeyRates()
        for evidence in sourceEvidence { evidence.add(to: &sourceRates) }
        for evidence in targetEvidence { evidence.add(to: &targetRates) }
        let candidates = pairer.candidates(source: sourceEvidence, target: targetEvidence,
                                           sourceDays: source.map(\.publicationDay),
                                           targetDays: target.map(\.publicationDay))
        let rates = (source: sourceRates, target: targetRates)

        // Verify each document's best candidates by their shared statements.
        var sourceTried = [Int](repeating: 0, count: source.count)
        var targetTried = [Int](repeating: 0, count: target.count)
        var toVerify: [DocumentPair] = []
        for candidate in candidates where candidate.score >= options.minimumDocumentScore {
            guard sourceTried[candidate.source] < options.verifiedCandidates
                    || targetTried[candidate.target] < options.verifiedCandidates else { continue }
            sourceTried[candidate.source] += 1
            targetTried[candidate.target] += 1
            toVerify.append(candidate)
        }
        let agreement = TranslationAgreement(sourceRates: sourceRates, targetRates: targetRates,
                                             ratio: KeyRates.lengthRatio(source: sourceRates, target: targetRates) ?? 1)
        // Costliest pairs (most sentence pairs) first, so that the last ones handed out are small.
        let costs = toVerify.map { sourceEvidence[$0.source].count * targetEvidence[$0.target].count }
        // A pair with enough evidence to be kept on it keeps its translation model's matches for the statement
        // matching below, which would find the same ones again (same evidence, same rates).
        let minimum = options.minimumSharedTranslations
        // The candidates of one source document are verified together, with its key counts made once.
        var groupOf = [Int](repeating: -1, count: source.count)
        var groups: [[Int]] = []
        for (index, candidate) in toVerify.enumerated() {
            if groupOf[candidate.source] < 0 {
                groupOf[candidate.source] = groups.count
                groups.append([])
            }
            groups[groupOf[candidate.source]].append(index)
        }
        let groupCosts = groups.map { members in members.reduce(0) { $0 + costs[$1] } }
        let grouped = groups.map { members in members.map { toVerify[$0] } }
        let groupFound = Parallel.map(grouped, costs: groupCosts, state: {}) { _, members in
            let sourceCounts = sourceEvidence[members[0].source].keyCounts()
            return members.map { candidate in
                let (evidence, translations) = Self.sharedTranslations(
                    matcher: matcher, source: sourceEvidence[candidate.source],
                    target: targetEvidence[candidate.target], rates: rates, agreement: agreement,
                    sourceCounts: sourceCounts)
                return (evidence, evidence >= minimum ? translations : nil)
            }
        }
        var allFound = [(Double, [[StatementMatcher.Candidate]]?)](repeating: (0, nil), count: toVerify.count)
        for (members, found) in zip(groups, groupFound) {
            for (index, result) in zip(members, found) { allFound[index] = result }
        }
        var foundTranslations: [PairIndex: [[StatementMatcher.Candidate]]] = [:]
        var verified: [DocumentPair] = []
        for (done, candidate) in toVerify.enumerated() {
            let (evidence, translations) = allFound[done]
            if let translations { foundTranslations[PairIndex(candidate)] = translations }
            let pair = DocumentPair(source: candidate.source, target: candidate.target, score: candidate.score,
                                    evidence: evidence)
            verified.append(pair)
            progress?(done + 1, toVerify.count)
        }
        let pairing = assign(verified: verified, candidates: candidates, sourceDays: source.map(\.publicationDay),
                             targetDays: target.map(\.publicationDay))
        // The kept pairs' statements with their byte ranges. A pair kept on its cosine alone may not have been
        // among the verified candidates (both of its documents had their share of tries): it is matched here, so
        // that none of its sentences goes missing.
        // Verification ran the translation model only: the kept pairs are matched completely here (a pair kept on
        // its cosine alone may not have been verified at all), so that none of their sentences goes missing.
        let known = foundTranslations
        let statements = Parallel.map(pairing.pairs, state: {}) { _, pair in
            matcher.matching(matcher.matchInParts(source: sourceEvidence[pair.source],
                                                  target: targetEvidence[pair.target], rates: rates,
                                                  known: known[PairIndex(pair)]),
                             source: source[pair.source], target: target[pair.target])
        }
        let pairs = zip(pairing.pairs, statements).flatMap { pair, statements in
            PairParts.split(MatchedPair(pair: pair, source: source[pair.source], target: target[pair.target],
                                        statements: statements),
                            limit: options.maximumPartSentences)
        }
        return ComparableMatch(pairs: pairs, unmatchedSources: pairing.unmatchedSources.map { source[$0] },
                               unmatchedTargets: pairing.unmatchedTargets.map { target[$0] })
    }
}

extension ComparableMatcher {
    /// Matches the statements of two documents taken as a pair whatever their pairing score (their own key
    /// rates as the chance background), as part pairs when they are longer than
    /// ``MatchOptions/maximumPartSentences`` (``PairParts``).
    /// - Returns: one matched pair, or its part pairs in order.
    /// - Complexity: linear in the sentences for a fixed part size.
    public func matchPair(source: ComparableDocument, target: ComparableDocument) -> [MatchedPair] {
        let found = statementMatcher.matchInParts(
            sourceEvidence: statementMatcher.sourceEvidence(source.sentences.map(\.text)),
            targetEvidence: statementMatcher.targetEvidence(target.sentences.map(\.text)), rates: nil)
        let pair = MatchedPair(pair: DocumentPair(source: 0, target: 0, score: 0), source: source, target: target,
                               statements: statementMatcher.matching(found, source: source, target: target))
        return PairParts.split(pair, limit: options.maximumPartSentences)
    }

    /// The expected number of statements two documents share as translations: over the translation model's
    /// matches, the probability that each is a translation by ``TranslationAgreement`` and by how much of its
    /// words the other side explains (``TranslationCoverage``: below its floor a match does not count, above it
    /// adds its log-likelihood ratio), against prior odds of one in (sentences on the larger side), as a source
    /// sentence has one counterpart among them. The coverage test is what tells a translated statement from a
    /// sentence of another article on the same event that shares its names (three of them for "Christine
    /// Blasey Ford", each counted by the agreement) and leaves most of its other words unexplained.
    /// Content-similarity matches do not count: they are tested against the pair's own chance level and say
    /// nothing about whether the two documents belong together.
    static func sharedTranslations(_ matches: [StatementMatcher.Candidate], source: [SentenceEvidence],
                                   target: [SentenceEvidence], agreement: TranslationAgreement) -> Double {
        var expected = 0.0
        add(matches, source: source, target: target,
            counts: DocumentCounts(source: KeyCounts(source), target: KeyCounts(target)),
            prior: -log(Double(max(source.count, target.count, 2))), agreement: agreement, to: &expected)
        return expected
    }

    /// ``sharedTranslations(_:source:target:agreement:)`` of two documents whose translation-model matches are
    /// found part by part (``StatementMatcher/forEachPart(source:target:rates:complete:known:_:)``), each part's
    /// evidence dropped after it: the same sum, in the same order.
    /// `sourceCounts`: the source document's key counts when they were made already.
    /// - Returns: the sum, and each part's translation-model matches.
    static func sharedTranslations(matcher: StatementMatcher, source: DocumentEvidence, target: DocumentEvidence,
                                   rates: (source: KeyRates, target: KeyRates), agreement: TranslationAgreement,
                                   sourceCounts: KeyCounts? = nil)
        -> (expected: Double, translations: [[StatementMatcher.Candidate]])
    {
        let counts = DocumentCounts(source: sourceCounts ?? source.keyCounts(), target: target.keyCounts())
        let prior = -log(Double(max(source.count, target.count, 2)))
        var expected = 0.0
        var translations: [[StatementMatcher.Candidate]] = []
        matcher.forEachPart(source: source, target: target, rates: rates, complete: false) {
            found, sourcePart, targetPart, _, _ in
            add(found.translations, source: sourcePart, target: targetPart, counts: counts, prior: prior,
                agreement: agreement, to: &expected)
            translations.append(found.translations)
        }
        return (expected, translations)
    }

    /// Adds to `expected` the probability that each of `matches` (indices into `source` and `target`) is a
    /// translation.
    private static func add(_ matches: [StatementMatcher.Candidate], source: [SentenceEvidence],
                            target: [SentenceEvidence], counts: DocumentCounts, prior: Double,
                            agreement: TranslationAgreement, to expected: inout Double) {
        for match in matches where !match.paraphrase {
            let coverage = TranslationCoverage.of(source: source[match.source], target: target[match.target])
            guard coverage >= TranslationCoverage.floor else { continue }
            let logOdds = agreement.logOdds(source: source[match.source], target: target[match.target],
                                            pair: counts) + TranslationCoverage.logRatio(coverage) + prior
            expected += 1 / (1 + exp(-logOdds))
        }
    }

    /// Each document's evidence (``DocumentEvidence``): held for the documents of at most `limit` sentences while
    /// they add up to at most `budget` sentences, else made `limit` sentences at a time by `make` (`make(sentences,
    /// content)`: with the content words' keys or without them).
    static func evidence(_ documents: [ComparableDocument], limit: Int, budget: Int,
                         make: @escaping @Sendable (ArraySlice<Sentence>, Bool) -> [SentenceEvidence])
        -> [DocumentEvidence]
    {
        let holds = DocumentEvidence.holding(documents.map(\.sentences.count), limit: limit, budget: budget)
        return Parallel.map(Array(zip(documents, holds)), state: {}) { _, item in
            let (document, holds) = item
            let sentences = document.sentences
            if holds { return DocumentEvidence(held: make(sentences[...], true)) }
            return DocumentEvidence(count: sentences.count, chunk: limit,
                                    keys: { range in make(sentences[range], false) },
                                    make: { range in make(sentences[range], true) })
        }
    }

    /// Keeps pairs in two rounds. First the pairs with shared statements: verified pairs whose expected number
    /// of shared translated statements is at least ``MatchOptions/minimumSharedTranslations``, most first (ties
    /// by cosine). Then, among the documents still free, by
    /// the document cosine alone (related coverage need not share a sentence): a pair is kept when its cosine
    /// is at least ``MatchOptions/minimumDocumentScore`` and at least ``MatchOptions/minimumMargin`` times the
    /// mean cosine of the two documents' other candidates (the ratio margin of Artetxe and Schwenk, 2019), so a
    /// document whose best candidate is no better than its others stays without counterpart. The margin is taken
    /// over the side(s) with other candidates; two documents that are each other's only candidate (one document
    /// given on each side) are paired when their cosine reaches ``MatchOptions/minimumDocumentScore``.
    /// Documents published more than ``MatchOptions/sameEventDays`` apart (both dated) do not take part in the
    /// first round, and in the second they come after the pairs published close together.
    func assign(verified: [DocumentPair], candidates: [DocumentPair], sourceDays: [Int?], targetDays: [Int?])
        -> DocumentPairing
    {
        let sourceCount = sourceDays.count
        let targetCount = targetDays.count
        func farApart(_ pair: DocumentPair) -> Bool {
            guard let a = sourceDays[pair.source], let b = targetDays[pair.target] else { return false }
            return abs(a - b) > options.sameEventDays
        }
        let clusters = options.allowsClusters
        var sourceUsed = [Bool](repeating: false, count: sourceCount)
        var targetUsed = [Bool](repeating: false, count: targetCount)
        var kept: [DocumentPair] = []
        var keptSet: Set<PairIndex> = []
        let byEvidence = verified.sorted { a, b in
            a.evidence != b.evidence ? a.evidence > b.evidence : DocumentPairer.isBetter(a, b)
        }
        for pair in byEvidence where pair.evidence >= options.minimumSharedTranslations && !farApart(pair) {
            if !clusters && (sourceUsed[pair.source] || targetUsed[pair.target]) { continue }
            sourceUsed[pair.source] = true
            targetUsed[pair.target] = true
            kept.append(pair)
            keptSet.insert(PairIndex(pair))
        }
        // Mean cosine of each document's best few candidates, for the margin.
        let neighbours = options.verifiedCandidates + 1
        var sourceTop = [TopList](repeating: TopList(), count: sourceCount)
        var targetTop = [TopList](repeating: TopList(), count: targetCount)
        for candidate in candidates {
            sourceTop[candidate.source].insert(Float(candidate.score), index: candidate.target, limit: neighbours)
            targetTop[candidate.target].insert(Float(candidate.score), index: candidate.source, limit: neighbours)
        }
        func meanOfOthers(_ list: TopList, excluding index: Int, counting: (Int) -> Bool) -> Double? {
            var total = 0.0
            var count = 0
            for (position, other) in list.indices.enumerated() where other != index && counting(other) {
                total += Double(list.scores[position])
                count += 1
            }
            return count > 0 ? total / Double(count) : nil
        }
        let evidenceByPair = Dictionary(verified.map { (PairIndex($0), $0.evidence) }, uniquingKeysWith: max)
        // Pairs published close together (or undated) first, each group by cosine as the candidates come.
        let byTime = candidates.filter { !farApart($0) } + candidates.filter(farApart)
        for candidate in byTime where candidate.score >= options.minimumDocumentScore {
            guard !keptSet.contains(PairIndex(candidate)) else { continue }
            if !clusters && (sourceUsed[candidate.source] || targetUsed[candidate.target]) { continue }
            // The margin is measured against the sides that have other candidates; two documents that are each
            // other's only candidate have nothing to stand out from, and the smallest score is their only test.
            // A pair published close together competes only with rivals published close to it too: coverage
            // of another moment of the story is no rival for the report of this one.
            let close = !farApart(candidate)
            let others = [
                meanOfOthers(sourceTop[candidate.source], excluding: candidate.target) { other in
                    !close || !farApart(DocumentPair(source: candidate.source, target: other, score: 0))
                },
                meanOfOthers(targetTop[candidate.target], excluding: candidate.source) { other in
                    !close || !farApart(DocumentPair(source: other, target: candidate.target, score: 0))
                },
            ].compactMap { $0 }
            guard others.isEmpty
                    || candidate.score >= options.minimumMargin * others.reduce(0, +) / Double(others.count)
            else { continue }
            sourceUsed[candidate.source] = true
            targetUsed[candidate.target] = true
            let pair = DocumentPair(source: candidate.source, target: candidate.target, score: candidate.score,
                                    evidence: evidenceByPair[PairIndex(candidate)] ?? 0)
            kept.append(pair)
            keptSet.insert(PairIndex(pair))
        }
        kept.sort(by: DocumentPairer.isBetter)
        return DocumentPairing(pairs: kept, unmatchedSources: sourceUsed.indices.filter { !sourceUsed[$0] },
                               unmatchedTargets: targetUsed.indices.filter { !targetUsed[$0] })
    }
}

/// A pair's two indices, hashable.
private struct PairIndex: Hashable {
    let source: Int
    let target: Int
    init(_ pair: DocumentPair) {
        source = pair.source
        target = pair.target
    }
}
