import Foundation
import TolkAlign
import TolkText

/// Finds the statements two related documents share, in any order, and those only one of them has.
///
/// Candidate statement pairs are the sentence pairs that share at least one cross-language key (name, number,
/// cognate spelling, lexicon translation), plus their merges with an adjacent sentence on either side (a long
/// sentence can carry two). Each candidate gets the aligner's evidence log-odds (``BeadScorer``: shared keys
/// weighed by their rarity inside the pair, and length agreement), less the prior odds against it: a source
/// sentence has one counterpart among the target's sentences, so the prior odds of a given pair are about
/// 1 / (sentences on the larger side), and merged matches carry the bead-shape prior of Gale and Church.
/// Matches are kept greedily by posterior log-odds while they are positive (more likely than not), each
/// sentence used once. When that explains little of the smaller document (comparable coverage rather than a
/// translation), ``ParaphraseMatcher`` looks among the sentences left for statements said in other words.
/// Every other sentence is listed as only in its side.
///
/// ```swift
/// let matcher = try StatementMatcher(options: MatchOptions())
/// let matching = matcher.match(source: danishDocument, target: englishDocument)
/// matching.matches.map(\.sourceSentences)    // [[0], [2, 3], ...]
/// matching.onlyInTarget                       // [1, 5]
/// ```
public struct StatementMatcher: Sendable {
    /// The settings in use.
    public let options: MatchOptions
    private let sourceExtractor: EvidenceExtractor
    private let targetExtractor: EvidenceExtractor
    private let sourceContent: ContentExtractor
    private let targetContent: ContentExtractor
    /// Reads the features of a candidate statement as the probability that it is one.
    let model: StatementModel
    /// Recognises furniture (credits, read-more prompts, bylines), which is never matched.
    let furniture: ArticleFurniture
    /// The trained sentence encoder and the sides of it the source and target languages are (`nil` when the
    /// lexicon's languages are not the encoder's).
    let encoder: (encoder: SentenceEncoder, source: SentenceEncoder.Side, target: SentenceEncoder.Side)?

    /// A matcher with `options`.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when a setting is out of range,
    ///   ``AlignmentError/data(_:)`` when the shipped word lists are missing or malformed.
    public init(options: MatchOptions = MatchOptions()) throws(AlignmentError) {
        try options.validate()
        self.options = options
        if let given = options.statementModel { model = given } else { model = try StatementModel.shipped() }
        if let given = options.furniture { furniture = given } else { furniture = try ArticleFurniture.shipped() }
        sourceExtractor = EvidenceExtractor(side: .source, lexicon: options.lexicon)
        targetExtractor = EvidenceExtractor(side: .target, lexicon: options.lexicon)
        var places = PlaceConcepts()
        if let source = options.lexicon?.sourceLanguage, let target = options.lexicon?.targetLanguage {
            places = try PlaceConcepts(source: source, target: target)
        }
        sourceContent = try ContentExtractor(side: .source, lexicon: options.lexicon, places: places)
        targetContent = try ContentExtractor(side: .target, lexicon: options.lexicon, places: places)
        encoder = try Self.encoder(source: options.lexicon?.sourceLanguage, target: options.lexicon?.targetLanguage)
    }

    /// The shipped sentence encoder when it holds both languages (in either order), else `nil`.
    /// - Throws: ``AlignmentError`` when the encoder is needed and its file is missing or malformed.
    private static func encoder(source: LanguageCode?, target: LanguageCode?) throws(AlignmentError)
        -> (encoder: SentenceEncoder, source: SentenceEncoder.Side, target: SentenceEncoder.Side)?
    {
        guard let source, let target, source != target else { return nil }
        let encoder = try SentenceEncoder.shipped()
        guard let sourceSide = encoder.side(of: source), let targetSide = encoder.side(of: target) else { return nil }
        return (encoder, sourceSide, targetSide)
    }

    /// Matches the statements of two documents.
    /// - Returns: the matches in source order, with UTF-8 byte ranges into each document's text, and the
    ///   sentences only one side has.
    /// - Complexity: O(n + m + c) for n and m sentences and c candidate pairs (sentence pairs sharing a key;
    ///   at most n x m).
    public func match(source: ComparableDocument, target: ComparableDocument) -> StatementMatching {
        match(source: source, target: target, rates: nil)
    }

    /// Matches the statements of two documents of a collection whose key rates per side are `rates` (the
    /// chance background); `nil` takes the two documents as their own background.
    func match(source: ComparableDocument, target: ComparableDocument,
               rates: (source: KeyRates, target: KeyRates)?) -> StatementMatching {
        matching(match(source: source.sentences.map(\.text), target: target.sentences.map(\.text), rates: rates),
                 source: source, target: target)
    }

    /// The public form of a matching found over sentence indices, with byte ranges from the documents.
    func matching(_ found: Found,
                  source: ComparableDocument, target: ComparableDocument) -> StatementMatching {
        let matches = found.matches.map { match in
            StatementMatch(
                sourceSentences: Array(match.source), targetSentences: Array(match.target),
                score: 1 / (1 + exp(-match.posterior)), logOdds: match.logOdds, isParaphrase: match.paraphrase,
                sourceRange: Self.range(of: match.source, in: source.sentences),
                targetRange: Self.range(of: match.target, in: target.sentences))
        }
        let partial = found.partial.map { match in
            StatementMatch(
                sourceSentences: Array(match.source), targetSentences: Array(match.target),
                score: 1 / (1 + exp(-match.posterior)), logOdds: match.logOdds, isParaphrase: true,
                sourceRange: Self.range(of: match.source, in: source.sentences),
                targetRange: Self.range(of: match.target, in: target.sentences))
        }
        func labels(_ indices: [Int], _ sentences: [Sentence]) -> [Int: String] {
            var labels: [Int: String] = [:]
            for index in indices where sentences.indices.contains(index) {
                if let label = furniture.label(of: sentences[index].text) { labels[index] = label }
            }
            return labels
        }
        return StatementMatching(matches: matches, onlyInSource: found.onlyInSource, onlyInTarget: found.onlyInTarget,
                                 sourceFurniture: labels(found.onlyInSource, source.sentences),
                                 targetFurniture: labels(found.onlyInTarget, target.sentences), partial: partial,
                                 isIndependentlyWritten: found.independent, uncertainSource: found.uncertainSource,
                                 uncertainTarget: found.uncertainTarget)
    }

    /// Evidence of a source document's sentences (for key rates).
    /// - Parameter content: with the keys of the content words (``SentenceEvidence/content``) and the sentence's
    ///   vector (``SentenceEvidence/encoding``), which statement matching reads and pairing and the key rates do not.
    func sourceEvidence(_ sentences: [String], content: Bool = true) -> [SentenceEvidence] {
        evidence(sentences, extractor: sourceExtractor, content: content ? sourceContent : nil,
                 encoderSide: encoder?.source)
    }

    /// Evidence of a target document's sentences (for key rates), as ``sourceEvidence(_:content:)``.
    func targetEvidence(_ sentences: [String], content: Bool = true) -> [SentenceEvidence] {
        evidence(sentences, extractor: targetExtractor, content: content ? targetContent : nil,
                 encoderSide: encoder?.target)
    }

    /// Evidence of sentences by `extractor`, with the keys of their content words (and their vector from the
    /// sentence encoder on `encoderSide`, when there is one) when `content` is given.
    private func evidence(_ sentences: [String], extractor: EvidenceExtractor, content: ContentExtractor?,
                          encoderSide: SentenceEncoder.Side?) -> [SentenceEvidence]
    {
        sentences.map { text in
            if furniture.label(of: text) != nil {
                return SentenceEvidence(length: Double(text.unicodeScalars.count), keys: [], isFurniture: true)
            }
            var evidence = extractor.evidence(for: text)
            if let content {
                evidence.content = content.keys(for: text)
                if let encoder, let encoderSide { evidence.encoding = encoder.encoder.encode(text, side: encoderSide) }
            }
            return evidence.compacted()
        }
    }

    /// The matches found over sentence indices (source order) and the sentences only one side has.
    /// `translations` are the translation model's one-to-one matches, the evidence that two documents belong
    /// together (``ComparableMatcher``); `matches` are the statements reported.
    /// `partial` are the partial statements of an independently written pair
    /// (``partialStatements(_:judged:source:target:)``); `independent` says that the pair was written
    /// independently (by its own key rates and, in a collection, by the collection's too:
    /// ``StatementMatching/isIndependentlyWritten``). `uncertainSource` and `uncertainTarget` are the sentences in
    /// no statement whose best candidate is likely (``uncertain(onlySource:onlyTarget:judged:source:target:)``);
    /// they are not in `onlyInSource` and `onlyInTarget`.
    typealias Found = (matches: [Candidate], onlyInSource: [Int], onlyInTarget: [Int], translations: [Candidate],
                       partial: [Candidate], independent: Bool, uncertainSource: [UncertainSentence],
                       uncertainTarget: [UncertainSentence])

    /// A candidate or kept match over sentence index ranges.
    struct Candidate {
        let source: Range<Int>
        let target: Range<Int>
        /// Evidence log-odds of the bead.
        let logOdds: Double
        /// Log-odds after the prior.
        let posterior: Double
        /// Found by the paraphrase pass (``ParaphraseMatcher``), not the translation model.
        var paraphrase = false
        /// A further counterpart that joined as its sentence's most probable candidate, not beside a counterpart
        /// (``furtherCounterparts(_:judged:source:target:)``): a decision for independently written pairs only.
        var joinedAnywhere = false
    }

    /// Matches sentence texts.
    func match(source: [String], target: [String], rates: (source: KeyRates, target: KeyRates)? = nil)
        -> Found
    {
        match(sourceEvidence: sourceEvidence(source), targetEvidence: targetEvidence(target), rates: rates)
    }

    /// Matches sentences given as evidence part by part (``PairParts``: documents over
    /// ``MatchOptions/maximumPartSentences`` sentences), with indices into the whole documents.
    /// - Complexity: linear in the sentences for a fixed part size.
    /// With `complete` false only the translation model runs (``Found/translations``, the evidence that two
    /// documents belong together), as when a candidate document pair is verified.
    func matchInParts(sourceEvidence: [SentenceEvidence], targetEvidence: [SentenceEvidence],
                      rates: (source: KeyRates, target: KeyRates)?, complete: Bool = true)
        -> Found
    {
        matchInParts(source: DocumentEvidence(held: sourceEvidence), target: DocumentEvidence(held: targetEvidence),
                     rates: rates, complete: complete)
    }

    /// ``matchInParts(sourceEvidence:targetEvidence:rates:complete:)`` for evidence held or made part by part
    /// (``DocumentEvidence``).
    /// `known`: each part's translation-model matches under `rates` when they were found already (as
    /// ``forEachPart(source:target:rates:complete:known:_:)`` takes them).
    func matchInParts(source: DocumentEvidence, target: DocumentEvidence,
                      rates: (source: KeyRates, target: KeyRates)?, complete: Bool = true,
                      known: [[Candidate]]? = nil) -> Found {
        var result: Found = ([], [], [], [], [], false, [], [])
        forEachPart(source: source, target: target, rates: rates, complete: complete, known: known) {
            found, _, _, s, t in
            func moved(_ match: Candidate) -> Candidate {
                var moved = Candidate(source: (match.source.lowerBound + s)..<(match.source.upperBound + s),
                                      target: (match.target.lowerBound + t)..<(match.target.upperBound + t),
                                      logOdds: match.logOdds, posterior: match.posterior)
                moved.paraphrase = match.paraphrase
                moved.joinedAnywhere = match.joinedAnywhere
                return moved
            }
            result.matches += found.matches.map(moved)
            result.translations += found.translations.map(moved)
            result.partial += found.partial.map(moved)
            result.onlyInSource += found.onlyInSource.map { $0 + s }
            result.onlyInTarget += found.onlyInTarget.map { $0 + t }
            result.independent = result.independent || found.independent
            result.uncertainSource += found.uncertainSource.map { $0.shifted(sentence: s, counterpart: t) }
            result.uncertainTarget += found.uncertainTarget.map { $0.shifted(sentence: t, counterpart: s) }
        }
        return result
    }

    /// Matches the part pairs of two documents (``PairParts``; one part when neither is longer than
    /// ``MatchOptions/maximumPartSentences``) in order, handing `body` each part's matching (indices counted from
    /// the part's start), the part's evidence, and the part's first source and target sentence; a part's
    /// evidence, when not held, is made for it and dropped after it. `known`: the translation model's matches of
    /// each part under `rates` (``Found/translations`` of an earlier call with the same evidence and rates), when
    /// they were found already; `nil` finds them.
    func forEachPart(source: DocumentEvidence, target: DocumentEvidence,
                     rates: (source: KeyRates, target: KeyRates)?, complete: Bool, known: [[Candidate]]? = nil,
                     _ body: (_ found: Found, _ source: [SentenceEvidence], _ target: [SentenceEvidence],
                              _ sourceStart: Int, _ targetStart: Int) -> Void) {
        let bounds = PairParts.bounds(sourceCount: source.count, targetCount: target.count,
                                      limit: options.maximumPartSentences)
        for (index, part) in bounds.enumerated() {
            let sourcePart = source.evidence(part.source), targetPart = target.evidence(part.target)
            let given = known.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            let found = match(sourceEvidence: sourcePart, targetEvidence: targetPart, rates: rates, complete: complete,
                              opensDocuments: part.source.lowerBound == 0 && part.target.lowerBound == 0,
                              known: given)
            body(found, sourcePart, targetPart, part.source.lowerBound, part.target.lowerBound)
        }
    }

    /// Matches sentences given as evidence.
    /// With `recovers` false, a translated pair keeps the translation model's matches only (no
    /// ``recovered(_:source:target:)``), as when its own-rates matching is only consulted. `opensDocuments` false
    /// says that the sentences are a later part of longer documents (``PairParts``), whose first sentences are
    /// no leads. With `reportsPartial` false no partial statements are looked for (``Found/partial`` stays
    /// empty), as when the own-rates matching is only consulted. `known`: the translation model's matches under
    /// `rates`, when they were found already (a candidate pair's verification, ``Found/translations``); they are
    /// not looked for again.
    func match(sourceEvidence: [SentenceEvidence], targetEvidence: [SentenceEvidence],
               rates: (source: KeyRates, target: KeyRates)?, complete: Bool = true, recovers: Bool = true,
               opensDocuments: Bool = true, reportsPartial: Bool = true, known: [Candidate]? = nil)
        -> Found
    {
        guard !sourceEvidence.isEmpty, !targetEvidence.isEmpty else {
            return ([], Array(sourceEvidence.indices), Array(targetEvidence.indices), [], [], false, [], [])
        }
        let source = sourceEvidence
        let target = targetEvidence
        // Without collection rates the pair is its own background (the scorer reads it from its key counts).
        func makeScorer() -> StatementScorer {
            StatementScorer(source: sourceEvidence, target: targetEvidence, background: rates,
                            lengthWeight: options.lengthWeight)
        }
        var madeScorer: StatementScorer?
        var kept: [Candidate]
        if let known {
            kept = known
        } else {
            let scorer = makeScorer()
            madeScorer = scorer
            kept = translationMatches(scorer: scorer, sourceCount: source.count, targetCount: target.count)
        }
        // Comparable coverage: when the translation model explains little of the smaller document, the two were
        // written independently. Every candidate sentence pair is then judged on its own by the statement model
        // (``StatementFeatures``, ``StatementModel``), so that a sentence may report what several of the other
        // side's sentences report (many-to-many). Documents it explains well are translations (or copies), whose
        // remaining sentences are one-sided.
        let translations = kept
        var partial: [Candidate] = []
        var independent = false
        // An independently written pair's judgments, which its one-sided sentences' best candidates are read from
        // (``uncertain(onlySource:onlyTarget:judged:source:target:)``).
        var judgedOpen: Judgments?
        if !complete {
            // Verification needs the translation model's matches only.
        } else if options.matchesParaphrases && rates != nil {
            // Whether the two were written independently is decided on the pair's own key rates, and so is
            // everything matched in them: no other document of the collection changes how such a pair is matched.
            // The collection's key rates may only add to that: the translation model's matches under them (a short
            // pair's own rates can be too few to tell a translation) join the pair's own statements.
            let own = match(sourceEvidence: source, targetEvidence: target, rates: nil, recovers: false,
                            opensDocuments: opensDocuments, reportsPartial: false)
            if !isTranslated(own.translations, source: source, target: target) {
                let present = Set(own.matches.map { [$0.source.lowerBound, $0.source.upperBound,
                                                     $0.target.lowerBound, $0.target.upperBound] })
                // A match joins only when the statement model supports one of its sentence pairs.
                let judged = judgments(source: source, target: target)
                judgedOpen = judged
                let floor = Self.logit(options.minimumSupportProbability)
                kept = own.matches + translations.filter { match in
                    !present.contains([match.source.lowerBound, match.source.upperBound,
                                       match.target.lowerBound, match.target.upperBound])
                        && judged.best(match.source, match.target) >= floor
                }
                // Partial statements only where the collection's key rates find no translation either: a short
                // pair of translations cut short (NTREX comparable seeds) looks independent by its own rates.
                // Where they do find one (translations cut short), no sentence joins a statement as its most
                // probable candidate: a translated sentence has one counterpart.
                if !isTranslated(translations, source: source, target: target) {
                    independent = true
                    if reportsPartial {
                        partial = partialStatements(kept, judged: judged, source: source, target: target)
                    }
                } else {
                    kept.removeAll(where: \.joinedAnywhere)
                }
            } else {
                kept += recovered(kept, source: source, target: target)
            }
        } else if options.matchesParaphrases
                    && !isTranslated(kept, source: source, target: target) {
            let judged = judgments(source: source, target: target)
            judgedOpen = judged
            independent = true
            kept = independentStatements(kept, judged: judged, source: source, target: target,
                                         scorer: madeScorer ?? makeScorer(),
                                         leads: opensDocuments)
            if reportsPartial {
                partial = partialStatements(kept, judged: judged, source: source, target: target)
            }
        } else if options.matchesParaphrases && recovers {
            kept += recovered(kept, source: source, target: target)
        }
        kept.sort { a, b in
            a.source.lowerBound != b.source.lowerBound ? a.source.lowerBound < b.source.lowerBound
                : a.target.lowerBound < b.target.lowerBound
        }
        var sourceMatched = [Bool](repeating: false, count: source.count)
        var targetMatched = [Bool](repeating: false, count: target.count)
        for match in kept + partial {
            for index in match.source { sourceMatched[index] = true }
            for index in match.target { targetMatched[index] = true }
        }
        let onlySource = sourceMatched.indices.filter { !sourceMatched[$0] }
        let onlyTarget = targetMatched.indices.filter { !targetMatched[$0] }
        // Sentences whose counterpart is likely are listed as uncertain, in independently written pairs only: in
        // translations the one-sided sentences are left out on one side (``uncertain``).
        let open = reportsPartial && independent
            ? uncertain(onlySource: onlySource, onlyTarget: onlyTarget, judged: judgedOpen, source: source,
                        target: target)
            : (source: [], target: [])
        let sourceUncertain = Set(open.source.map(\.sentence)), targetUncertain = Set(open.target.map(\.sentence))
        return (kept, onlySource.filter { !sourceUncertain.contains($0) },
                onlyTarget.filter { !targetUncertain.contains($0) }, translations, partial, independent,
                open.source, open.target)
    }

    /// The translation model's matches: every sentence pair sharing a key and its merges with an adjacent
    /// sentence, scored by `scorer` less the prior odds, kept greedily while more likely than not, each sentence
    /// once.
    private func translationMatches(scorer: StatementScorer, sourceCount: Int, targetCount: Int) -> [Candidate] {
        let prior = -log(Double(max(sourceCount, targetCount)))
        let mergePrior = log(BeadScorer.shapePrior[3] / BeadScorer.shapePrior[0])

        var candidates: [Candidate] = []
        func consider(_ s: Range<Int>, _ t: Range<Int>) {
            let logOdds = scorer.logOdds(source: s, target: t)
            let shapePrior = s.count + t.count > 2 ? mergePrior : 0
            candidates.append(Candidate(source: s, target: t, logOdds: logOdds,
                                        posterior: logOdds + prior + shapePrior))
        }
        for (s, targets) in scorer.sharingPairs() {
            for t in targets {
                consider(s..<(s + 1), t..<(t + 1))
                guard options.mergesAdjacentSentences else { continue }
                if s + 1 < sourceCount { consider(s..<(s + 2), t..<(t + 1)) }
                if t + 1 < targetCount { consider(s..<(s + 1), t..<(t + 2)) }
            }
        }
        // Only candidates above the margin can be kept (the loop below stops at the first that is not), and most
        // are not: they are left out before the sort, which keeps the others in the same order.
        candidates.removeAll { !($0.posterior > options.statementMargin) }
        candidates.sort { a, b in
            if a.posterior != b.posterior { return a.posterior > b.posterior }
            if a.source.lowerBound != b.source.lowerBound { return a.source.lowerBound < b.source.lowerBound }
            if a.target.lowerBound != b.target.lowerBound { return a.target.lowerBound < b.target.lowerBound }
            return a.source.count + a.target.count < b.source.count + b.target.count
        }
        var sourceUsed = [Bool](repeating: false, count: sourceCount)
        var targetUsed = [Bool](repeating: false, count: targetCount)
        var kept: [Candidate] = []
        for candidate in candidates {
            guard candidate.source.allSatisfy({ !sourceUsed[$0] }),
                  candidate.target.allSatisfy({ !targetUsed[$0] }) else { continue }
            for index in candidate.source { sourceUsed[index] = true }
            for index in candidate.target { targetUsed[index] = true }
            kept.append(candidate)
        }
        return kept
    }

    /// The share of the smaller document's sentences that `matches` (the translation model's) match as
    /// translations: those of at least ``MatchOptions/translatedCoverage``.
    func translatedShare(_ matches: [Candidate], source: [SentenceEvidence], target: [SentenceEvidence]) -> Double {
        let smaller = Double(max(min(source.count, target.count), 1))
        guard options.translatedCoverage > 0 else { return Double(matches.count) / smaller }
        let counted = matches.filter { match in
            TranslationCoverage.of(source: source[match.source], target: target[match.target])
                >= options.translatedCoverage
        }
        return Double(counted.count) / smaller
    }

    /// Whether `matches` (the translation model's, over a pair's own key rates) make the pair translations: they
    /// match at least ``MatchOptions/translatedShare`` of the smaller document's sentences, and either keep their
    /// order in both documents (at least ``MatchOptions/translatedOrder`` of them in one increasing run) or match
    /// at least ``MatchOptions/unorderedTranslatedShare``. Independently written coverage of the same story shares
    /// a few sentences in another order; a translation keeps its order, or matches most of its sentences when
    /// its sentences were reordered.
    func isTranslated(_ matches: [Candidate], source: [SentenceEvidence], target: [SentenceEvidence]) -> Bool {
        let share = translatedShare(matches, source: source, target: target)
        guard share >= options.translatedShare else { return false }
        return share >= options.unorderedTranslatedShare || Self.orderKept(matches) >= options.translatedOrder
    }

    /// The share of `matches` in the longest run that keeps increasing in both documents (1 when there are none).
    static func orderKept(_ matches: [Candidate]) -> Double {
        guard !matches.isEmpty else { return 1 }
        let targets = matches.sorted { a, b in
            a.source.lowerBound != b.source.lowerBound ? a.source.lowerBound < b.source.lowerBound
                : a.target.lowerBound < b.target.lowerBound
        }.map(\.target.lowerBound)
        var tails: [Int] = []
        for target in targets {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if tails[middle] < target { low = middle + 1 } else { high = middle }
            }
            if low == tails.count { tails.append(target) } else { tails[low] = target }
        }
        return Double(tails.count) / Double(targets.count)
    }

    /// The byte range from the first to the last of `indices`' sentences (empty at 0 when there are none).
    private static func range(of indices: Range<Int>, in sentences: [Sentence]) -> Range<Int> {
        guard let first = indices.first, let last = indices.last, sentences.indices.contains(first),
              sentences.indices.contains(last) else { return 0..<0 }
        return sentences[first].range.lowerBound..<sentences[last].range.upperBound
    }
}
