import TolkAlign
import TolkEntities
import TolkMatch
import TolkText

/// Turns an ``EventDraft`` into a ``PairedEvent``: texts and ranges, entities, dates, numbers, summaries, weight.
struct EventBuilder {
    /// The grouper whose events this builds: the pair, its entity links and each side's sentence keys.
    let grouper: EventGrouper
    let weights: KeyWeights
    let ids: SentenceKeyIDs
    /// Start offsets of the dates of each side (told from numbers by the events' quantities).
    private let sourceDates: Set<Int>
    private let targetDates: Set<Int>

    init(_ grouper: EventGrouper, weights: KeyWeights, ids: SentenceKeyIDs) {
        self.grouper = grouper
        self.weights = weights
        self.ids = ids
        sourceDates = Set(grouper.sourceKeys.quantities.joined().filter { $0.kind == .date }.map(\.range.lowerBound))
        targetDates = Set(grouper.targetKeys.quantities.joined().filter { $0.kind == .date }.map(\.range.lowerBound))
    }

    /// The statement of `sentences` on `side`, with its text and byte range.
    func statement(_ sentences: [Int], side: PairSide) -> EventStatement {
        EventStatement(sentences, of: side == .source ? grouper.pair.source : grouper.pair.target)
    }

    /// The finished event (numbered 0 until the events are sorted).
    func event(from draft: EventDraft) -> PairedEvent {
        let statements = draft.nodes.map { node in
            EventStatementPair(source: statement(node.source, side: .source), target: statement(node.target, side: .target),
                               score: node.score, matched: node.matched)
        }.sorted { ($0.source.sentences.first ?? 0) < ($1.source.sentences.first ?? 0) }
        let sourceSentences = draft.sourceSentences, targetSentences = draft.targetSentences
        let keys = grouper.sourceKeys.keys(of: sourceSentences).union(grouper.targetKeys.keys(of: targetSentences))
        var quantities: [EventQuantity] = []
        var seen: Set<[Int]> = []
        for (side, sentences, table) in [(PairSide.source, sourceSentences.sorted(), grouper.sourceKeys),
                                         (PairSide.target, targetSentences.sorted(), grouper.targetKeys)] {
            for index in sentences where table.quantities.indices.contains(index) {
                for quantity in table.quantities[index] where seen.insert([side == .source ? 0 : 1, quantity.range.lowerBound]).inserted {
                    quantities.append(EventQuantity(side: side, text: quantity.text,
                                                    range: [quantity.range.lowerBound, quantity.range.upperBound]))
                }
            }
        }
        let dateTexts = sourceDates
        let weight = draft.nodes.reduce(0) { $0 + ($1.matched ? $1.score : $1.score / 2) }
            + 0.25 * Double(draft.onlyInSource.count + draft.onlyInTarget.count)
        return PairedEvent(
            number: 0, weight: (weight * 1000).rounded() / 1000,
            sourceSummary: central(draft, side: .source), targetSummary: central(draft, side: .target),
            statements: statements,
            entities: grouper.links.filter { keys.contains($0.key) }.map { EventEntity(key: $0.key, source: $0.source, target: $0.target) },
            dates: quantities.filter { ($0.side == .source ? dateTexts : targetDates).contains($0.range[0]) },
            numbers: quantities.filter { !($0.side == .source ? dateTexts : targetDates).contains($0.range[0]) },
            onlyInSource: draft.onlyInSource.sorted().map { statement([$0], side: .source) },
            onlyInTarget: draft.onlyInTarget.sorted().map { statement([$0], side: .target) })
    }

    /// The most central statement of `side` in the event: the one sharing most weight with the event's other
    /// statements (both sides), matched statements counted with their score; ties go to the earlier one.
    private func central(_ draft: EventDraft, side: PairSide) -> String {
        var candidates: [(sentences: [Int], bonus: Double)] = draft.nodes.map {
            (side == .source ? $0.source : $0.target, $0.matched ? $0.score : 0)
        }
        candidates += (side == .source ? draft.onlyInSource : draft.onlyInTarget).map { ([$0], 0) }
        let others = (draft.nodes.map { ids.keys(of: $0.source, side: .source) }
            + draft.nodes.map { ids.keys(of: $0.target, side: .target) })
            + draft.onlyInSource.map { ids.keys(of: [$0], side: .source) }
            + draft.onlyInTarget.map { ids.keys(of: [$0], side: .target) }
        var best: (score: Double, first: Int, sentences: [Int])?
        for candidate in candidates {
            let keys = ids.keys(of: candidate.sentences, side: side)
            let score = others.reduce(candidate.bonus) { $0 + weights.overlap(keys, $1) }
            let first = candidate.sentences.min() ?? 0
            if best == nil || score > best?.score ?? 0 || (score == best?.score && first < best?.first ?? 0) {
                best = (score, first, candidate.sentences)
            }
        }
        return best.map { statement($0.sentences, side: side).text } ?? ""
    }

    /// One line per language for the whole pair: the most central statement pair over all nodes.
    func pairLines(nodes: [EventGrouper.Node]) -> (String, String) {
        guard !nodes.isEmpty else {
            return (grouper.pair.source.sentences.first?.text ?? "", grouper.pair.target.sentences.first?.text ?? "")
        }
        let all = ids.source + ids.target
        var best: (score: Double, node: EventGrouper.Node)?
        for node in nodes {
            let keys = KeyWeights.union([ids.keys(of: node.source, side: .source),
                                         ids.keys(of: node.target, side: .target)])
            let score = all.reduce(node.matched ? node.score : 0) { $0 + weights.overlap(keys, $1) }
            if best == nil || score > best?.score ?? 0 { best = (score, node) }
        }
        guard let node = best?.node else { return ("", "") }
        return (statement(node.source, side: .source).text, statement(node.target, side: .target).text)
    }
}
