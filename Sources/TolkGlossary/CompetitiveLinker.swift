/// One-to-one word links inside aligned units by competitive linking (Melamed 2000): in each unit the pair
/// with the strongest association is linked first, then the strongest among the words still free, and so on.
/// Association is the log-likelihood ratio over units; a second round re-scores pairs by how often they were
/// linked (not merely co-occurred), which removes the indirect associations of frequent neighbours. Pairs the
/// lexicon translates (``LexiconPrior``) are linked before the others, when they associate at all.
struct CompetitiveLinker {
    /// Per unit, the distinct source and target term ids.
    let sourceTypes: [[Int32]]
    let targetTypes: [[Int32]]
    let sourceUnitCounts: [Int]
    let targetUnitCounts: [Int]
    /// Pairs to link first.
    var prior = LexiconPrior()

    /// The result: for each linked pair, its number of links and the units it was linked in.
    struct Links {
        var counts: [UInt64: Int] = [:]
        /// Per unit, the links made there as (source id, target id).
        var perUnit: [[(Int32, Int32)]] = []
    }

    /// Links every unit; `rounds` >= 1.
    /// - Complexity: O(Σ |S|·|T|·log(|S|·|T|)) over units: linear in the input for bounded unit lengths.
    func link(rounds: Int = 2) -> Links {
        let units = sourceTypes.count
        var cooccurrence: [UInt64: Int] = [:]
        for unit in 0..<units {
            for source in sourceTypes[unit] {
                for target in targetTypes[unit] { cooccurrence[pairKey(source, target), default: 0] += 1 }
            }
        }
        var joint = cooccurrence
        var links = Links()
        for _ in 0..<max(1, rounds) {
            links = linkOnce(joint: joint, units: units)
            joint = links.counts
        }
        return links
    }

    private func linkOnce(joint: [UInt64: Int], units: Int) -> Links {
        var scoreCache: [UInt64: Double] = [:]
        func score(_ source: Int32, _ target: Int32) -> Double {
            let key = pairKey(source, target)
            if let cached = scoreCache[key] { return cached }
            let value = Association.logLikelihood(
                joint: joint[key] ?? 0, source: sourceUnitCounts[Int(source)],
                target: targetUnitCounts[Int(target)], units: units)
            scoreCache[key] = value
            return value
        }
        var result = Links()
        result.perUnit.reserveCapacity(units)
        var candidates: [(known: Bool, score: Double, source: Int32, target: Int32)] = []
        for unit in 0..<units {
            candidates.removeAll(keepingCapacity: true)
            for source in sourceTypes[unit] {
                for target in targetTypes[unit] {
                    let value = score(source, target)
                    if value > 0 { candidates.append((prior.contains(source, target), value, source, target)) }
                }
            }
            candidates.sort { lhs, rhs in
                if lhs.known != rhs.known { return lhs.known }
                if lhs.score != rhs.score { return lhs.score > rhs.score }
                if lhs.source != rhs.source { return lhs.source < rhs.source }
                return lhs.target < rhs.target
            }
            var usedSource: Set<Int32> = []
            var usedTarget: Set<Int32> = []
            var made: [(Int32, Int32)] = []
            for candidate in candidates
            where !usedSource.contains(candidate.source) && !usedTarget.contains(candidate.target) {
                usedSource.insert(candidate.source)
                usedTarget.insert(candidate.target)
                made.append((candidate.source, candidate.target))
                result.counts[pairKey(candidate.source, candidate.target), default: 0] += 1
            }
            result.perUnit.append(made)
        }
        return result
    }
}
