import TolkAlign
import TolkEntities
import TolkMatch
import TolkText

/// Groups the statements of one document pair into events and summarises each side by side.
///
/// Nodes are the statement matches of the pair, plus "related pairs": unmatched statements of the two sides
/// that are each other's best partner by shared linked entities, dates and numbers. Nodes join into one event
/// (the connected components of a graph) when they are adjacent on both sides or share enough weighted keys.
/// Every statement only one side has then joins the event it shares most with, as what that side adds.
struct EventGrouper {
    let pair: MatchedPair
    let links: [EntityLink]
    let sourceKeys: SentenceKeys
    let targetKeys: SentenceKeys
    let options: EventOptions

    /// A node of the event graph: statements of both sides that report the same thing.
    struct Node {
        var source: [Int]
        var target: [Int]
        var score: Double
        var matched: Bool
    }

    /// The pair's summary and its events, heaviest first.
    /// - Complexity: O(s · t) for s and t one-sided statements (best partners), plus O(n²) over the n nodes,
    ///   each comparison a merge of two short sorted id arrays (``KeyWeights``). ``ComparableMatcher`` hands
    ///   over long documents as part pairs of at most ``MatchOptions/maximumPartSentences`` sentences, so
    ///   this stays bounded per pair.
    func summarize() -> PairSummary {
        let weights = KeyWeights(sourceKeys.keys + targetKeys.keys)
        let ids = SentenceKeyIDs(source: sourceKeys, target: targetKeys, weights: weights)
        var nodes = pair.statements.matches.map {
            Node(source: $0.sourceSentences, target: $0.targetSentences, score: $0.score, matched: true)
        }
        let related = relatedPairs(weights, ids)
        nodes += related
        let pairedSource = Set(related.flatMap { $0.source }), pairedTarget = Set(related.flatMap { $0.target })
        let groups = groupNodes(nodes, weights, ids)
        var events = groups.map { group in EventDraft(nodes: group.map { nodes[$0] }) }
        attach(pair.statements.unmatchedSource.filter { !pairedSource.contains($0) }, side: .source, to: &events,
               weights, ids)
        attach(pair.statements.unmatchedTarget.filter { !pairedTarget.contains($0) }, side: .target, to: &events,
               weights, ids)
        let builder = EventBuilder(self, weights: weights, ids: ids)
        var built: [PairedEvent] = events.map { builder.event(from: $0) }
        built.sort { left, right in
            let leftStart = left.statements.first?.source.range.first ?? 0
            let rightStart = right.statements.first?.source.range.first ?? 0
            return left.weight != right.weight ? left.weight > right.weight : leftStart < rightStart
        }
        for index in built.indices { built[index].number = index + 1 }
        let attachedSource = Set(events.flatMap { $0.onlyInSource }).union(pairedSource)
        let attachedTarget = Set(events.flatMap { $0.onlyInTarget }).union(pairedTarget)
        let (sourceLine, targetLine) = builder.pairLines(nodes: nodes)
        let unattachedSource = pair.statements.unmatchedSource.filter { !attachedSource.contains($0) }
        let unattachedTarget = pair.statements.unmatchedTarget.filter { !attachedTarget.contains($0) }
        return PairSummary(
            sourceSummary: sourceLine, targetSummary: targetLine, events: built,
            unattachedSource: unattachedSource.map { builder.statement([$0], side: .source) },
            unattachedTarget: unattachedTarget.map { builder.statement([$0], side: .target) })
    }

    /// Mutual best partners among the one-sided statements, above ``EventOptions/relatedPairWeight``.
    private func relatedPairs(_ weights: KeyWeights, _ ids: SentenceKeyIDs) -> [Node] {
        let sources = pair.statements.unmatchedSource, targets = pair.statements.unmatchedTarget
        let sourceTotals = ids.source.map(weights.total), targetTotals = ids.target.map(weights.total)
        func score(_ source: Int, _ target: Int) -> Double {
            guard ids.source.indices.contains(source), ids.target.indices.contains(target) else { return 0 }
            let left = ids.source[source], right = ids.target[target]
            // Content words alone are too weak: a related pair must share two entities, dates or numbers.
            guard weights.sharedNonWords(left, right) >= 2 else { return 0 }
            return weights.similarity(left, sourceTotals[source], right, targetTotals[target])
        }
        var bestForTarget: [Int: (source: Int, score: Double)] = [:]
        var bestForSource: [Int: (target: Int, score: Double)] = [:]
        for source in sources {
            for target in targets {
                let value = score(source, target)
                guard value >= options.relatedPairSimilarity else { continue }
                if value > bestForSource[source]?.score ?? 0 { bestForSource[source] = (target, value) }
                if value > bestForTarget[target]?.score ?? 0 { bestForTarget[target] = (source, value) }
            }
        }
        return sources.compactMap { source in
            guard let best = bestForSource[source], bestForTarget[best.target]?.source == source else { return nil }
            return Node(source: [source], target: [best.target], score: best.score, matched: false)
        }
    }

    /// Groups of node indices: adjacent on both sides, or sharing ``EventOptions/mergeWeight``.
    private func groupNodes(_ nodes: [Node], _ weights: KeyWeights, _ ids: SentenceKeyIDs) -> [[Int]] {
        var sets = UnionFind(count: nodes.count)
        let keys = nodes.map { (ids.keys(of: $0.source, side: .source), ids.keys(of: $0.target, side: .target)) }
        let totals = keys.map { (weights.total($0.0), weights.total($0.1)) }
        for left in nodes.indices {
            for right in nodes.indices where right > left {
                let adjacent = Self.near(nodes[left].source, nodes[right].source)
                    && Self.near(nodes[left].target, nodes[right].target)
                let shared = (weights.similarity(keys[left].0, totals[left].0, keys[right].0, totals[right].0)
                    + weights.similarity(keys[left].1, totals[left].1, keys[right].1, totals[right].1)) / 2
                if adjacent || shared >= options.mergeSimilarity { sets.union(left, right) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in nodes.indices { groups[sets.root(index), default: []].append(index) }
        return groups.keys.sorted().compactMap { groups[$0] }
    }

    /// Attaches each statement of `indices` (one side) to the event it shares most weight with.
    private func attach(_ indices: [Int], side: PairSide, to events: inout [EventDraft], _ weights: KeyWeights,
                        _ ids: SentenceKeyIDs) {
        // Each event's core: the keys of its statement pairs on both sides (keys are cross-language), so that
        // attached statements do not snowball.
        let cores = events.map { event in
            KeyWeights.union([ids.keys(of: event.nodes.flatMap(\.source), side: .source),
                              ids.keys(of: event.nodes.flatMap(\.target), side: .target)])
        }
        let eventSentences = events.map { side == .source ? $0.nodes.flatMap(\.source) : $0.nodes.flatMap(\.target) }
        for index in indices {
            let keys = ids.keys(of: [index], side: side)
            let total = weights.total(keys)
            var best: (event: Int, score: Double)?
            for number in events.indices {
                // The share of the statement's key weight the event also carries, plus a little for a neighbour.
                let sentences = eventSentences[number]
                var score = total > 0 ? weights.overlap(keys, cores[number]) / total : 0
                if score > 0, sentences.contains(where: { abs($0 - index) == 1 }) { score += 0.1 }
                if score > best?.score ?? 0 { best = (number, score) }
            }
            guard let best, best.score >= options.attachShare else { continue }
            if side == .source { events[best.event].onlyInSource.append(index) } else {
                events[best.event].onlyInTarget.append(index)
            }
        }
    }

    private static func near(_ left: [Int], _ right: [Int]) -> Bool {
        left.contains { l in right.contains { abs($0 - l) <= 1 } }
    }
}

/// An event while it is being assembled: its nodes and the one-sided statements attached to it.
struct EventDraft {
    var nodes: [EventGrouper.Node]
    var onlyInSource: [Int] = []
    var onlyInTarget: [Int] = []

    var sourceSentences: [Int] { nodes.flatMap(\.source) + onlyInSource }
    var targetSentences: [Int] { nodes.flatMap(\.target) + onlyInTarget }
}
