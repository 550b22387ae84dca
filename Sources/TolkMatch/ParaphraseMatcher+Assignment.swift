import Foundation

extension ParaphraseMatcher {
    /// One-to-one choice among candidate pairs that keeps the most expected correct matches: the sum of the
    /// kept pairs' probabilities (the logistic of their log-odds), not the strongest pairs first. Greedy by
    /// log-odds, then exchanges that raise the sum: a candidate whose sentence on one side is taken, by a
    /// pair whose other sentence has a free alternative, replaces that pair when the two new pairs are
    /// worth more (a sentence that two statements fit goes to the one that has no other counterpart).
    ///
    /// - Parameter candidates: (source, target, log-odds) triples, strongest first, each pair once.
    /// - Returns: the kept pairs, in the order they were kept or exchanged in.
    /// - Complexity: O(r c) for c candidates and r exchanges (each raises the sum; at most c rounds).
    static func assign(_ candidates: [(Int, Int, Double)]) -> [(source: Int, target: Int, logOdds: Double)] {
        func probability(_ logOdds: Double) -> Double { 1 / (1 + exp(-logOdds)) }
        var bySource: [Int: Int] = [:]  // source sentence -> index of its kept candidate
        var byTarget: [Int: Int] = [:]
        var kept: [Int] = []
        func keep(_ index: Int) {
            bySource[candidates[index].0] = index
            byTarget[candidates[index].1] = index
            kept.append(index)
        }
        func drop(_ index: Int) {
            bySource[candidates[index].0] = nil
            byTarget[candidates[index].1] = nil
            kept.removeAll { $0 == index }
        }
        for (index, candidate) in candidates.enumerated()
        where bySource[candidate.0] == nil && byTarget[candidate.1] == nil {
            keep(index)
        }
        // The best candidate of a sentence whose counterpart would be free.
        func bestFree(source: Int?, target: Int?) -> Int? {
            candidates.indices.first { index in
                let (i, j, _) = candidates[index]
                if let source { return i == source && byTarget[j] == nil }
                if let target { return j == target && bySource[i] == nil }
                return false
            }
        }
        var improved = true
        var rounds = 0
        while improved && rounds < candidates.count {
            improved = false
            rounds += 1
            for (index, (i, j, logOdds)) in candidates.enumerated() where bySource[i] != index {
                // One side taken: its holder moves to a free counterpart on the other side, if that is worth it.
                let holder: Int
                let alternative: Int?
                switch (bySource[i], byTarget[j]) {
                case (nil, nil):
                    keep(index)
                    improved = true
                    continue
                case (nil, let taken?):
                    holder = taken
                    alternative = bestFree(source: candidates[taken].0, target: nil)
                case (let taken?, nil):
                    holder = taken
                    alternative = bestFree(source: nil, target: candidates[taken].1)
                default:
                    continue
                }
                guard let alternative,
                      probability(logOdds) + probability(candidates[alternative].2)
                        > probability(candidates[holder].2) else { continue }
                drop(holder)
                keep(alternative)
                keep(index)
                improved = true
            }
        }
        return kept.map { (candidates[$0].0, candidates[$0].1, candidates[$0].2) }
    }
}
