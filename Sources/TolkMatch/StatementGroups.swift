/// Statement groups: the matched statements of a pair that share a sentence, taken together.
///
/// Independently written reports split and join facts differently: one side's sentence may report what two or
/// three of the other side's sentences report (a quote cut into short sentences, a lead that restates two facts),
/// so the statement matcher may put a sentence into several matches. A reader wants each such fact once, with all
/// the sentences that tell it: the matches joined by a shared sentence (source or target), directly or through
/// other matches, make one group, whose sentences on each side report together what the other side's report.
/// A match that shares no sentence with another is a group of its own; in translated pairs (one counterpart per
/// sentence) every match is a group of its own (``StatementMatching/groups``).
///
/// ```swift
/// // matches s0-t0, s0-t1, s2-t3
/// matching.groups.map(\.sourceSentences)    // [[0], [2]]
/// matching.groups.map(\.targetSentences)    // [[0, 1], [3]]
/// ```
public struct StatementGroup: Sendable, Equatable {
    /// The group as one statement: every source and target sentence of its matches (ascending), the best
    /// match's score and log-odds, a paraphrase when any of its matches is one, and byte ranges from the first
    /// sentence's start to the last one's end on each side (a group's sentences need not be adjacent).
    public let statement: StatementMatch
    /// The matches that make the group, in source reading order (one for a match that shares no sentence).
    public let members: [StatementMatch]

    /// A group from its matches (at least one).
    init(members: [StatementMatch]) {
        self.members = members
        let sources = Set(members.flatMap(\.sourceSentences)).sorted()
        let targets = Set(members.flatMap(\.targetSentences)).sorted()
        let best = members.max { a, b in a.score != b.score ? a.score < b.score : a.logOdds < b.logOdds }
        func span(_ ranges: [Range<Int>]) -> Range<Int> {
            let real = ranges.filter { !$0.isEmpty }
            guard let low = real.map(\.lowerBound).min(), let high = real.map(\.upperBound).max() else { return 0..<0 }
            return low..<high
        }
        statement = StatementMatch(sourceSentences: sources, targetSentences: targets, score: best?.score ?? 0,
                                   logOdds: best?.logOdds ?? 0, isParaphrase: members.contains(where: \.isParaphrase),
                                   sourceRange: span(members.map(\.sourceRange)),
                                   targetRange: span(members.map(\.targetRange)))
    }

    /// The groups of `matches`: connected by shared source or target sentences, in order of their first source
    /// sentence, then first target sentence; members keep the order they have in `matches`.
    /// - Complexity: O(k α(k)) for k sentence memberships, plus sorting the groups.
    static func groups(of matches: [StatementMatch]) -> [StatementGroup] {
        var parent = Array(matches.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var sourceOwner: [Int: Int] = [:], targetOwner: [Int: Int] = [:]
        // A translation (the translation model's match) stands alone: its sentences say the same in full, so
        // another match of one of them is another statement.
        for (index, match) in matches.enumerated() where match.isParaphrase {
            for sentence in match.sourceSentences {
                if let owner = sourceOwner[sentence] {
                    parent[root(index)] = root(owner)
                } else {
                    sourceOwner[sentence] = index
                }
            }
            for sentence in match.targetSentences {
                if let owner = targetOwner[sentence] {
                    parent[root(index)] = root(owner)
                } else {
                    targetOwner[sentence] = index
                }
            }
        }
        var members: [Int: [StatementMatch]] = [:]
        var order: [Int] = []
        for (index, match) in matches.enumerated() {
            let group = root(index)
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(match)
        }
        // Groups in the order of their first match: the last tie-break.
        let groups = order.enumerated().compactMap { position, group in
            members[group].map { (position, StatementGroup(members: $0)) }
        }
        return groups.sorted { a, b in
            let x = a.1.statement, y = b.1.statement
            if x.sourceSentences.first != y.sourceSentences.first {
                return (x.sourceSentences.first ?? -1) < (y.sourceSentences.first ?? -1)
            }
            if x.targetSentences.first != y.targetSentences.first {
                return (x.targetSentences.first ?? -1) < (y.targetSentences.first ?? -1)
            }
            return a.0 < b.0
        }.map(\.1)
    }
}

extension StatementMatching {
    /// The matched statements as the writers report them (``StatementGroup``): in an independently written pair
    /// (``isIndependentlyWritten``) matches that share a sentence, directly or through other matches, are one
    /// group, written as one statement; in translations (and translations cut short) each match is a statement of
    /// its own, as a translated sentence has one counterpart. ``matches`` keeps the single decisions (event
    /// grouping, leads and figures read those).
    public var groups: [StatementGroup] {
        isIndependentlyWritten ? StatementGroup.groups(of: matches)
            : matches.map { StatementGroup(members: [$0]) }
    }
}
