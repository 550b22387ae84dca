import Foundation
import TolkAlign

/// The decisions taken on scored candidate statements: which are kept, in translated and in independently written
/// document pairs. Every decision reads the two documents only (their sentences, positions and the statement
/// model's judgments), never the rest of the collection, and ties are broken by position.
extension StatementMatcher {
    /// The statement model's log-odds of a pair's single-sentence candidates, by [source, target] sentence.
    struct Judgments {
        let pairs: [(source: Int, target: Int, translation: Double)]
        let logOdds: [Double]
        let support: [[Int]: Double]

        init(pairs: [(source: Int, target: Int, translation: Double)], logOdds: [Double]) {
            self.pairs = pairs
            self.logOdds = logOdds
            support = StatementMatcher.support(pairs: pairs, logOdds: logOdds)
        }

        /// The log-odds of sentence pair (`s`, `t`), minus infinity when it is no candidate.
        func value(_ s: Int, _ t: Int) -> Double { support[[s, t]] ?? -.infinity }

        /// The best log-odds among the sentence pairs of a match (a merge is as good as its best sentence pair).
        func best(_ source: Range<Int>, _ target: Range<Int>) -> Double {
            var best = -Double.infinity
            for s in source { for t in target { best = max(best, value(s, t)) } }
            return best
        }
    }

    /// The statement model's judgments of the pair's candidates.
    /// With `wanted`, of only the pairs it picks (by source and target sentence).
    func judgments(source: [SentenceEvidence], target: [SentenceEvidence], wanted: ((Int, Int) -> Bool)? = nil)
        -> Judgments
    {
        let (pairs, logOdds) = judged(source: source, target: target, wanted: wanted)
        return Judgments(pairs: pairs, logOdds: logOdds)
    }

    /// In a translated pair, the sentence pairs the translation model left free on both sides that the statement
    /// model holds at least ``MatchOptions/minimumRecoveredProbability`` likely, one to one (a translated sentence
    /// has one counterpart), most probable first, ties by position. The translation model misses translations
    /// whose words the lexicon explains badly; the statement model, which weighs names, numbers and rare words,
    /// finds some of them. Further counterparts (``furtherCounterparts(_:judged:source:target:)``) are not looked
    /// for here: in translations with sentences left out on either side (NTREX comparable seeds 1-10) they were
    /// mostly wrong, statements F1 fell on every seed (by 0.001-0.006).
    /// - Complexity: O(c log c) for c candidates beside the model's cost.
    func recovered(_ kept: [Candidate], source: [SentenceEvidence], target: [SentenceEvidence]) -> [Candidate] {
        var sourceUsed = [Bool](repeating: false, count: source.count)
        var targetUsed = [Bool](repeating: false, count: target.count)
        for match in kept {
            for index in match.source { sourceUsed[index] = true }
            for index in match.target { targetUsed[index] = true }
        }
        guard sourceUsed.contains(false), targetUsed.contains(false) else { return [] }
        // Every candidate is judged (a pair's features compare it with its sentences' other candidates), the free
        // ones are kept.
        // Only the pairs of two free sentences are judged (their features still weigh every rival).
        let judged = judgments(source: source, target: target) { s, t in !sourceUsed[s] && !targetUsed[t] }
        return Self.oneToOne(judged, sourceUsed: sourceUsed, targetUsed: targetUsed,
                             floor: Self.logit(options.minimumRecoveredProbability))
    }

    /// The judged sentence pairs of at least `floor` log-odds among the sentences not used, one to one, most
    /// probable first, ties by source then target position.
    static func oneToOne(_ judged: Judgments, sourceUsed: [Bool], targetUsed: [Bool], floor: Double)
        -> [Candidate]
    {
        var sourceUsed = sourceUsed
        var targetUsed = targetUsed
        var scored: [(source: Int, target: Int, logOdds: Double, translation: Double)] = []
        for (pair, value) in zip(judged.pairs, judged.logOdds)
            where value >= floor && !sourceUsed[pair.source] && !targetUsed[pair.target] {
            scored.append((pair.source, pair.target, value, pair.translation))
        }
        scored.sort { a, b in
            if a.logOdds != b.logOdds { return a.logOdds > b.logOdds }
            return a.source != b.source ? a.source < b.source : a.target < b.target
        }
        var found: [Candidate] = []
        for pair in scored where !sourceUsed[pair.source] && !targetUsed[pair.target] {
            sourceUsed[pair.source] = true
            targetUsed[pair.target] = true
            found.append(Candidate(source: pair.source..<(pair.source + 1), target: pair.target..<(pair.target + 1),
                                   logOdds: pair.translation, posterior: pair.logOdds, paraphrase: true))
        }
        return found
    }

    /// Whether two sentences (or runs of sentences) stand at similar places in their documents: the distance of
    /// their relative positions (index over sentence count) is at most ``MatchOptions/maximumPositionGap``. Two
    /// reports of one event tell it in roughly the same order, so a statement the model is unsure of is
    /// likelier where the two sentences stand close.
    func positionsAgree(_ source: Range<Int>, _ target: Range<Int>, sourceCount: Int, targetCount: Int) -> Bool {
        guard sourceCount > 0, targetCount > 0 else { return false }
        let a = Double(source.lowerBound + source.upperBound - 1) / 2 / Double(sourceCount)
        let b = Double(target.lowerBound + target.upperBound - 1) / 2 / Double(targetCount)
        return abs(a - b) <= options.maximumPositionGap
    }

    /// Whether a statement of an independently written pair that the statement model gives `logOdds` is kept
    /// at `floor`: it must reach the floor, and below ``MatchOptions/confidentProbability`` its sentences must
    /// stand at similar places in their documents (``positionsAgree(_:_:sourceCount:targetCount:)``).
    func admits(_ logOdds: Double, floor: Double, source: Range<Int>, target: Range<Int>, sourceCount: Int,
                targetCount: Int) -> Bool {
        guard logOdds >= floor else { return false }
        return logOdds >= Self.logit(options.confidentProbability)
            || positionsAgree(source, target, sourceCount: sourceCount, targetCount: targetCount)
    }

    /// The statements between the leads of an independently written pair: its first
    /// ``MatchOptions/leadSentences`` sentences on each side that are not furniture (headline, standfirst, first
    /// sentence). News puts the main event first (the inverted pyramid), so two reports of one event open with
    /// the same fact; a candidate between their leads is kept when the statement model gives it at least
    /// ``MatchOptions/minimumLeadProbability``. A lead opens an article with a body after it: documents of at
    /// most twice the lead's length on either side (briefs, excerpts) have none singled out.
    func leadStatements(_ judged: Judgments, source: [SentenceEvidence], target: [SentenceEvidence])
        -> [Candidate]
    {
        let leads = options.leadSentences
        guard leads > 0 else { return [] }
        let sourceText = source.indices.filter { !source[$0].isFurniture }
        let targetText = target.indices.filter { !target[$0].isFurniture }
        guard sourceText.count > 2 * leads, targetText.count > 2 * leads else { return [] }
        let sourceLead = Set(sourceText.prefix(leads))
        let targetLead = Set(targetText.prefix(leads))
        let floor = Self.logit(options.minimumLeadProbability)
        var found: [Candidate] = []
        for (pair, value) in zip(judged.pairs, judged.logOdds)
            where value >= floor && sourceLead.contains(pair.source) && targetLead.contains(pair.target) {
            found.append(Candidate(source: pair.source..<(pair.source + 1), target: pair.target..<(pair.target + 1),
                                   logOdds: pair.translation, posterior: value, paraphrase: true))
        }
        return found
    }
}

extension StatementMatcher {
    /// The statements of an independently written pair. The one-to-one pass first: the translation model's
    /// matches (`translations`), kept when the statement model supports one of their sentence pairs
    /// (``MatchOptions/minimumSupportProbability``), and the statements said in other words among the sentences
    /// left (``ParaphraseMatcher``, ``MatchOptions/minimumParaphraseProbability``); then what each sentence
    /// shares with others (``classified(pairs:logOdds:sourceCount:targetCount:)``,
    /// ``MatchOptions/minimumStatementProbability``) and the statements between the two leads
    /// (``leadStatements(_:source:target:)``); last, the further counterparts of sentences that have one
    /// (``furtherCounterparts(_:judged:source:target:)``). Paraphrase-pass and statement-model statements below
    /// ``MatchOptions/confidentProbability`` need their sentences at similar places in the two documents.
    /// `leads` false: the sentences are a later part of longer documents, with no leads.
    /// - Complexity: O(n m k) for n and m sentences of at most k content keys.
    func independentStatements(_ translations: [Candidate], judged: Judgments, source: [SentenceEvidence],
                               target: [SentenceEvidence], scorer: StatementScorer, leads: Bool) -> [Candidate] {
        let n = source.count
        let m = target.count
        func admitted(_ s: Range<Int>, _ t: Range<Int>, _ value: Double, floor probability: Double) -> Bool {
            admits(value, floor: Self.logit(probability), source: s, target: t, sourceCount: n, targetCount: m)
        }
        let support = Self.logit(options.minimumSupportProbability)
        var kept = translations.filter { judged.best($0.source, $0.target) >= support }
        var sourceUsed = [Bool](repeating: false, count: n)
        var targetUsed = [Bool](repeating: false, count: m)
        for match in kept {
            for index in match.source { sourceUsed[index] = true }
            for index in match.target { targetUsed[index] = true }
        }
        let paraphrases = ParaphraseMatcher(source: source.map(\.content), target: target.map(\.content))
        for match in paraphrases.matches(sourceFree: sourceUsed.map { !$0 }, targetFree: targetUsed.map { !$0 }) {
            let s = match.source..<(match.source + 1)
            let t = match.target..<(match.target + 1)
            guard admitted(s, t, judged.value(match.source, match.target),
                           floor: options.minimumParaphraseProbability) else { continue }
            sourceUsed[match.source] = true
            targetUsed[match.target] = true
            kept.append(Candidate(source: s, target: t, logOdds: scorer.logOdds(source: s, target: t),
                                  posterior: match.logOdds, paraphrase: true))
        }
        var present = Set(kept.map { [$0.source.lowerBound, $0.source.upperBound,
                                      $0.target.lowerBound, $0.target.upperBound] })
        // Statements the model is unsure of and whose sentences stand far apart are no candidates at all, so that
        // they take none of a sentence's counterparts.
        let gated = zip(judged.pairs, judged.logOdds).map { pair, value in
            admitted(pair.source..<(pair.source + 1), pair.target..<(pair.target + 1), value,
                     floor: options.minimumStatementProbability) ? value : -.infinity
        }
        let shared = classified(pairs: judged.pairs, logOdds: gated, sourceCount: n, targetCount: m)
        let opening = leads ? leadStatements(judged, source: source, target: target) : []
        for candidate in shared + opening {
            let key = [candidate.source.lowerBound, candidate.source.upperBound,
                       candidate.target.lowerBound, candidate.target.upperBound]
            guard !present.contains(key) else { continue }
            present.insert(key)
            kept.append(candidate)
        }
        return kept + furtherCounterparts(kept, judged: judged, source: source, target: target)
    }
}

extension StatementMatcher {
    /// Further counterparts of sentences that already have one, in an independently written pair: news splits and
    /// joins facts differently on the two sides (one long sentence against two short ones, a quote cut in two,
    /// a lead that restates two facts), so a sentence may report what its counterpart and the sentence beside that
    /// counterpart report together. A sentence in no statement joins a statement sentence of the other side
    /// (as a further, single-sentence statement) when
    /// - it stands beside one of that sentence's counterparts (where the fact is told: the place stands in for the
    ///   position agreement unsure statements need, ``positionsAgree(_:_:sourceCount:targetCount:)``),
    /// - the statement model holds the pair at least ``MatchOptions/minimumFurtherProbability`` likely, and
    /// - that sentence explains at least ``MatchOptions/minimumFurtherCoverage`` of its content words (the shorter
    ///   sentence is a part of the longer one, not another fact of the story);
    /// or, wherever it stands, when that statement sentence is its most probable candidate (no pair of it is more
    /// probable), the statement model holds the pair at least ``MatchOptions/minimumJoinProbability`` likely, the
    /// two stand at similar places (``positionsAgree(_:_:sourceCount:targetCount:)``) and the joining sentence has
    /// no more content words than the one it joins (a part of the fact is not longer than the whole: a body
    /// sentence whose counterpart was left out does not join the other side's headline). The writers report a
    /// sentence joined either way in one statement group with the statements it shares sentences with
    /// (``StatementGroup``).
    /// A sentence joined this way can be the neighbour a further one joins through (a quote in three parts);
    /// no sentence takes part in more than ``MatchOptions/maximumCounterparts`` statements. Most probable first,
    /// ties by position. Sentences of a merged match count as counterparts of each other, so a merge is never
    /// reported again as its parts.
    /// - Returns: the further statements, in the order they were added.
    /// - Complexity: O(c (n + m) + c k log k) for c judged pairs of sentences of at most k content keys.
    func furtherCounterparts(_ kept: [Candidate], judged: Judgments, source: [SentenceEvidence],
                             target: [SentenceEvidence]) -> [Candidate] {
        let n = source.count, m = target.count
        var sourceCounterparts = [Set<Int>](repeating: [], count: n)
        var targetCounterparts = [Set<Int>](repeating: [], count: m)
        var sourceTaken = [Int](repeating: 0, count: n)
        var targetTaken = [Int](repeating: 0, count: m)
        for match in kept {
            for s in match.source {
                sourceCounterparts[s].formUnion(match.target)
                sourceTaken[s] += 1
            }
            for t in match.target {
                targetCounterparts[t].formUnion(match.source)
                targetTaken[t] += 1
            }
        }
        let floor = Self.logit(options.minimumFurtherProbability)
        let joinFloor = Self.logit(options.minimumJoinProbability)
        // Each sentence's most probable candidate (its best rival).
        var sourceBest = [Double](repeating: -.infinity, count: n)
        var targetBest = [Double](repeating: -.infinity, count: m)
        for (pair, value) in zip(judged.pairs, judged.logOdds) {
            sourceBest[pair.source] = max(sourceBest[pair.source], value)
            targetBest[pair.target] = max(targetBest[pair.target], value)
        }
        // The pairs of one sentence in a statement and one in none: probable enough and covering enough (they join
        // beside a counterpart), or the open sentence's most probable candidate, probable enough at places that
        // agree (they join wherever they stand).
        var open: [(source: Int, target: Int, logOdds: Double, translation: Double, beside: Bool, anywhere: Bool)] = []
        for (pair, value) in zip(judged.pairs, judged.logOdds) where value >= min(floor, joinFloor) {
            let sourceFree = sourceTaken[pair.source] == 0, targetFree = targetTaken[pair.target] == 0
            guard sourceFree != targetFree else { continue }
            let part = sourceFree ? source[pair.source] : target[pair.target]
            let whole = sourceFree ? target[pair.target] : source[pair.source]
            let anywhere = value >= joinFloor && n >= options.minimumPartialDocumentSentences
                && m >= options.minimumPartialDocumentSentences
                && Self.contentWords(part) <= Self.contentWords(whole)
                && value >= (sourceFree ? sourceBest[pair.source] : targetBest[pair.target])
                && positionsAgree(pair.source..<(pair.source + 1), pair.target..<(pair.target + 1), sourceCount: n,
                                  targetCount: m)
            let beside = value >= floor
                && TranslationCoverage.share(of: part, explainedBy: whole) >= options.minimumFurtherCoverage
            guard beside || anywhere else { continue }
            open.append((pair.source, pair.target, value, pair.translation, beside, anywhere))
        }
        open.sort { a, b in
            if a.logOdds != b.logOdds { return a.logOdds > b.logOdds }
            return a.source != b.source ? a.source < b.source : a.target < b.target
        }
        let cap = options.maximumCounterparts
        var found: [Candidate] = []
        var added = true
        // A sentence joined becomes a neighbour further sentences may join through: repeat until nothing joins.
        while added {
            added = false
            for pair in open {
                let s = pair.source, t = pair.target
                let sourceFree = sourceTaken[s] == 0, targetFree = targetTaken[t] == 0
                guard sourceFree != targetFree, sourceTaken[s] < cap, targetTaken[t] < cap else { continue }
                let beside = pair.beside && (sourceFree
                    ? targetCounterparts[t].contains { abs($0 - s) == 1 }
                    : sourceCounterparts[s].contains { abs($0 - t) == 1 })
                guard beside || pair.anywhere else { continue }
                sourceCounterparts[s].insert(t)
                targetCounterparts[t].insert(s)
                sourceTaken[s] += 1
                targetTaken[t] += 1
                var further = Candidate(source: s..<(s + 1), target: t..<(t + 1), logOdds: pair.translation,
                                        posterior: pair.logOdds, paraphrase: true)
                further.joinedAnywhere = !beside
                found.append(further)
                added = true
                break
            }
        }
        return found
    }
}
